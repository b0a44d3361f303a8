import { stableId } from '@mentor/common';
import { copenhagenAreaMunicipalities, type ServiceStandardRules } from '../domain.js';

export interface ServiceStandardDefinition {
  id: string;
  municipalityCode: string;
  name: string;
  version: number;
  effectiveFrom: string;
  rules: ServiceStandardRules;
}

const complaintGuidance =
  'Du kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til jobcentret senest 4 uger efter, at du har modtaget afgørelsen. ' +
  'Jobcentret genvurderer sagen, og hvis afgørelsen fastholdes, sendes klagen videre til Ankestyrelsen.';

/** Copenhagen's bridge-building to education through mentor support at an institution (seed 000; grants per seed 004). */
export const copenhagenBridgeBuilding: ServiceStandardDefinition = {
  id: stableId('service-standard', 'kbh-brobygning-1'),
  municipalityCode: '101',
  name: 'Brobygning til uddannelse gennem mentorstøtte på en uddannelsesinstitution',
  version: 1,
  effectiveFrom: '2023-01-01',
  rules: {
    summary: 'Mentorstøtte på eller nær den unges uddannelsesinstitution: ½–2 timer om ugen (gennemsnit) i 2–13 uger ad gangen; typisk 1 time om ugen i 13 uger.',
    source: 'Københavns Kommune, BIF: kravspecifikation for brobygning til uddannelse gennem mentorstøtte (seed 000); Udsatterådet (seed 004)',
    weeklyHours: { min: 0.5, max: 2 },
    weeksPerGrant: { min: 2, max: 13 },
    // Caseworkers grant up to 2×3 months; a further 2×3 months only with a special justification.
    weeksWithoutSpecialJustification: 26,
    maxTotalWeeks: 52,
    deliveryMunicipalityCodes: Object.keys(copenhagenAreaMunicipalities),
    institutionTypes: ['VOCATIONAL', 'ADULT_EDUCATION'],
    followUpEveryWeeks: 13,
    effectAssessmentDaysBeforeEnd: 14,
    weeklyContactTargetGroups: ['ACTIVITY_READY_CASH_BENEFIT'],
    complaintGuidance,
  },
};

/** Gribskov's service standard for mentor support: levels 1–4 by hours per week, 6 + 6 months (seed 003). */
export const gribskovMentorSupport: ServiceStandardDefinition = {
  id: stableId('service-standard', 'gribskov-mentor-1'),
  municipalityCode: '270',
  name: 'Servicestandard for mentorstøtte, Center for Arbejdsmarked',
  version: 1,
  effectiveFrom: '2014-06-01',
  rules: {
    summary: 'Mentorstøtte i op til 6 måneder med mulighed for forlængelse i op til 6 måneder; niveau 4 (over 4 timer om ugen) højst 3 måneder før revurdering.',
    source: 'Gribskov Kommune, Center for Arbejdsmarked: servicestandard for mentorstøtte (seed 003)',
    weeklyHours: { min: 0.5, max: null },
    weeksPerGrant: { min: 2, max: 26 },
    weeksWithoutSpecialJustification: 52,
    maxTotalWeeks: 52,
    levels: [
      { level: 1, description: 'Borgeren er den aktive part: 0–2 timers støtte om ugen.', minWeeklyHours: 0, maxWeeklyHours: 2, maxWeeksBeforeReassessment: null },
      { level: 2, description: 'Mere støtte i en periode for at opbygge eller fastholde færdigheder: 2–3 timer om ugen.', minWeeklyHours: 2, maxWeeklyHours: 3, maxWeeksBeforeReassessment: null },
      { level: 3, description: 'Borgeren kan ikke være den aktive part og har brug for hjælp til basale daglige aktiviteter: 3–4 timer om ugen.', minWeeklyHours: 3, maxWeeklyHours: 4, maxWeeksBeforeReassessment: null },
      { level: 4, description: 'Helt særlige indsatser i en afgrænset periode: over 4 timer om ugen.', minWeeklyHours: 4, maxWeeklyHours: null, maxWeeksBeforeReassessment: 13 },
    ],
    followUpEveryWeeks: 13,
    effectAssessmentDaysBeforeEnd: 14,
    weeklyContactTargetGroups: ['ACTIVITY_READY_CASH_BENEFIT'],
    complaintGuidance,
  },
};

export const serviceStandardDefinitions = [copenhagenBridgeBuilding, gribskovMentorSupport];
