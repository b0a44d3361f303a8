import { describe, expect, test } from 'vitest';
import { copenhagenBridgeBuilding, gribskovMentorSupport } from './service-standards.js';
import { totalHoursOf } from './hours.js';
import {
  activitiesOutsideCatalogue,
  catalogueViolations,
  checkCompletion,
  checkExtension,
  checkPlaceOrder,
  institutionViolation,
  orderingMunicipalityViolation,
  overlappingSupportViolation,
  periodsOverlap,
  providerAgreementViolation,
  serviceLevelFor,
  type PlaceOrderInput,
} from './order.js';

const copenhagen = copenhagenBridgeBuilding.rules;
const gribskov = gribskovMentorSupport.rules;
const today = '2026-11-23';
const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
const input: PlaceOrderInput = {
  youthId: id,
  providerId: id,
  institutionId: id,
  goalKind: 'EDUCATION',
  goal: 'Gennemføre grundforløbet',
  tasks: ['Støtte fremmøde'],
  requestedActivities: ['Lektie- og studieteknik'],
  weeklyHours: 1,
  weeks: 13,
  startDate: today,
  deliveryMunicipalityCode: '101',
};

const rules = (violations: { field: string; rule: string }[]) => violations.map((violation) => `${violation.field}:${violation.rule}`);

describe('placing an order under the Copenhagen standard', () => {
  test('accepts the typical order: 1 hour a week for 13 weeks', () => {
    expect(checkPlaceOrder(input, copenhagen, today)).toEqual([]);
  });

  test('weekly hours from ½ to 2 (rule 1): 0.49 and 2.01 are refused, 0.5 and 2 accepted', () => {
    expect(rules(checkPlaceOrder({ ...input, weeklyHours: 0.49 }, copenhagen, today))).toEqual(['weeklyHours:weeklyHoursRange']);
    expect(checkPlaceOrder({ ...input, weeklyHours: 0.5 }, copenhagen, today)).toEqual([]);
    expect(checkPlaceOrder({ ...input, weeklyHours: 2 }, copenhagen, today)).toEqual([]);
    expect(rules(checkPlaceOrder({ ...input, weeklyHours: 2.01 }, copenhagen, today))).toEqual(['weeklyHours:weeklyHoursRange']);
    expect(rules(checkPlaceOrder({ ...input, weeklyHours: Number.NaN }, copenhagen, today))).toEqual(['weeklyHours:weeklyHoursRange']);
  });

  test('weeks from 2 to 13 (rule 1): 1 and 14 are refused, 2 and 13 accepted, whole weeks only', () => {
    expect(rules(checkPlaceOrder({ ...input, weeks: 1 }, copenhagen, today))).toEqual(['weeks:weeksRange']);
    expect(checkPlaceOrder({ ...input, weeks: 2 }, copenhagen, today)).toEqual([]);
    expect(checkPlaceOrder({ ...input, weeks: 13 }, copenhagen, today)).toEqual([]);
    expect(rules(checkPlaceOrder({ ...input, weeks: 14 }, copenhagen, today))).toEqual(['weeks:weeksRange']);
    expect(rules(checkPlaceOrder({ ...input, weeks: 12.5 }, copenhagen, today))).toEqual(['weeks:weeksRange']);
  });

  test('total hours are weekly hours × weeks (rule 2)', () => {
    expect(totalHoursOf({ weeklyHours: 1, weeks: 13 })).toBe(13);
    expect(totalHoursOf({ weeklyHours: 0.5, weeks: 2 })).toBe(1);
    expect(totalHoursOf({ weeklyHours: 1.75, weeks: 3 })).toBe(5.25);
  });

  test('delivery only in the 19 municipalities of the contract', () => {
    expect(copenhagen.deliveryMunicipalityCodes).toHaveLength(19);
    expect(checkPlaceOrder({ ...input, deliveryMunicipalityCode: '187' }, copenhagen, today)).toEqual([]);
    expect(rules(checkPlaceOrder({ ...input, deliveryMunicipalityCode: '751' }, copenhagen, today))).toEqual(['deliveryMunicipalityCode:deliveryMunicipality']);
    expect(rules(checkPlaceOrder({ ...input, deliveryMunicipalityCode: 'KBH' }, copenhagen, today))).toEqual(['deliveryMunicipalityCode:municipalityCode']);
  });

  test('refuses a start in the past, missing tasks, duplicate activities and bad ids', () => {
    expect(rules(checkPlaceOrder({ ...input, startDate: '2026-11-22' }, copenhagen, today))).toEqual(['startDate:startDateNotPast']);
    expect(rules(checkPlaceOrder({ ...input, tasks: [] }, copenhagen, today))).toEqual(['tasks:required']);
    expect(rules(checkPlaceOrder({ ...input, requestedActivities: ['A', 'a'] }, copenhagen, today))).toEqual(['requestedActivities:unique']);
    expect(rules(checkPlaceOrder({ ...input, providerId: 'x' }, copenhagen, today))).toEqual(['providerId:id']);
  });
});

describe('what the other subgraphs know (rules 3–5)', () => {
  const catalogue = { activities: ['Lektie- og studieteknik', 'Støtte til studiestart'], municipalityCodes: ['101', '147'] };

  test('requested activities come from the provider’s catalogue, compared without case or spaces', () => {
    expect(catalogueViolations(input, catalogue)).toEqual([]);
    expect(catalogueViolations({ ...input, requestedActivities: [' lektie- og studieteknik'] }, catalogue)).toEqual([]);
    expect(rules(catalogueViolations({ ...input, requestedActivities: ['Lektie- og studieteknik', 'Bokseklub'] }, catalogue))).toEqual([
      'requestedActivities:activitiesInCatalogue',
    ]);
    expect(catalogueViolations({ ...input, requestedActivities: [] }, catalogue)).toEqual([]);
  });

  test('the delivery municipality is one the provider delivers in, as well as in the standard', () => {
    expect(catalogueViolations({ ...input, deliveryMunicipalityCode: '147' }, catalogue)).toEqual([]);
    expect(rules(catalogueViolations({ ...input, deliveryMunicipalityCode: '187' }, catalogue))).toEqual(['deliveryMunicipalityCode:providerDeliversInMunicipality']);
    expect(checkPlaceOrder({ ...input, deliveryMunicipalityCode: '187' }, copenhagen, today)).toEqual([]);
  });

  test('an unknown provider is refused on providerId', () => {
    expect(rules(catalogueViolations(input, null))).toEqual(['providerId:knownProvider']);
  });

  test('the institution is orderable: approved, and a vocational school or adult education centre', () => {
    const school = { orderable: true, type: 'VOCATIONAL', approved: true, municipalityCode: '101' };
    expect(institutionViolation(school, copenhagen)).toBeNull();
    expect(institutionViolation({ ...school, type: 'ADULT_EDUCATION' }, copenhagen)).toBeNull();
    expect(institutionViolation({ ...school, orderable: false, approved: false }, copenhagen)).toMatchObject({ field: 'institutionId', rule: 'institutionOrderable' });
    expect(institutionViolation(null, copenhagen)).toMatchObject({ field: 'institutionId', rule: 'institutionOrderable' });
    // A standard may narrow the types further.
    expect(institutionViolation({ ...school, type: 'ADULT_EDUCATION' }, { ...copenhagen, institutionTypes: ['VOCATIONAL'] })).toMatchObject({ field: 'institutionId', rule: 'institutionType' });
    expect(institutionViolation({ ...school, type: 'OTHER' }, gribskov)).toBeNull();
  });
});

describe('the Gribskov standard', () => {
  test('places hours per week in levels 1–4; level 4 is over 4 hours', () => {
    expect([1, 2, 2.5, 3, 3.5, 4, 4.01, 4.5, 8].map((hours) => serviceLevelFor(hours, gribskov)?.level)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 4]);
    expect(serviceLevelFor(1, copenhagen)).toBeNull();
  });

  test('grants 6 months at a time, but level 4 only 3 months before reassessment', () => {
    expect(checkPlaceOrder({ ...input, weeklyHours: 3, weeks: 26, deliveryMunicipalityCode: '270' }, gribskov, today)).toEqual([]);
    expect(checkPlaceOrder({ ...input, weeklyHours: 5, weeks: 13, deliveryMunicipalityCode: '270' }, gribskov, today)).toEqual([]);
    expect(rules(checkPlaceOrder({ ...input, weeklyHours: 5, weeks: 14, deliveryMunicipalityCode: '270' }, gribskov, today))).toEqual(['weeks:serviceLevelWeeks']);
    expect(checkPlaceOrder({ ...input, weeklyHours: 4, weeks: 26, deliveryMunicipalityCode: '270' }, gribskov, today)).toEqual([]);
    expect(rules(checkPlaceOrder({ ...input, weeklyHours: 4.01, weeks: 26, deliveryMunicipalityCode: '270' }, gribskov, today))).toEqual(['weeks:serviceLevelWeeks']);
    expect(rules(checkPlaceOrder({ ...input, weeks: 27, deliveryMunicipalityCode: '270' }, gribskov, today))).toEqual(['weeks:weeksRange']);
  });
});

describe('grants (rule 12): 6 months without, 12 months with a special justification, never more', () => {
  test('Copenhagen: 13 + 13 weeks (2×3 months) freely; the 27th week needs a justification', () => {
    expect(checkExtension({ weeks: 13, weeklyHours: 1 }, { weeks: 13 }, copenhagen)).toEqual([]);
    expect(rules(checkExtension({ weeks: 13, weeklyHours: 1 }, { weeks: 14 }, copenhagen))).toEqual(['weeks:weeksRange']);
    expect(rules(checkExtension({ weeks: 26, weeklyHours: 1 }, { weeks: 1 }, copenhagen))).toEqual(['weeks:weeksRange']);
    expect(rules(checkExtension({ weeks: 26, weeklyHours: 1 }, { weeks: 2 }, copenhagen))).toEqual(['specialJustification:specialJustificationRequired']);
    expect(rules(checkExtension({ weeks: 26, weeklyHours: 1 }, { weeks: 2, specialJustification: '  ' }, copenhagen))).toEqual(['specialJustification:specialJustificationRequired']);
  });

  test('Copenhagen: up to 52 weeks (12 months) with a justification; week 53 never', () => {
    expect(checkExtension({ weeks: 39, weeklyHours: 1 }, { weeks: 13, specialJustification: 'Eksamen' }, copenhagen)).toEqual([]);
    expect(rules(checkExtension({ weeks: 40, weeklyHours: 1 }, { weeks: 13, specialJustification: 'Eksamen' }, copenhagen))).toEqual(['weeks:maxTotalWeeks']);
  });

  test('Gribskov: 26 + 26 weeks (6 + 6 months), no more; level 4 only 13 weeks at a time', () => {
    expect(checkExtension({ weeks: 26, weeklyHours: 2 }, { weeks: 26 }, gribskov)).toEqual([]);
    expect(rules(checkExtension({ weeks: 27, weeklyHours: 2 }, { weeks: 26 }, gribskov))).toEqual(['weeks:maxTotalWeeks']);
    expect(checkExtension({ weeks: 13, weeklyHours: 5 }, { weeks: 13 }, gribskov)).toEqual([]);
    expect(rules(checkExtension({ weeks: 13, weeklyHours: 5 }, { weeks: 14 }, gribskov))).toEqual(['weeks:serviceLevelWeeks']);
  });
});

describe('extending an order', () => {
  test('up to 2×3 months without, then with a special justification, never beyond 12 months', () => {
    expect(checkExtension({ weeks: 13, weeklyHours: 1 }, { weeks: 13 }, copenhagen)).toEqual([]);
    expect(rules(checkExtension({ weeks: 26, weeklyHours: 1 }, { weeks: 13 }, copenhagen))).toEqual(['specialJustification:specialJustificationRequired']);
    expect(checkExtension({ weeks: 26, weeklyHours: 1 }, { weeks: 13, specialJustification: 'Eksamen' }, copenhagen)).toEqual([]);
    expect(rules(checkExtension({ weeks: 52, weeklyHours: 1 }, { weeks: 2, specialJustification: 'Eksamen' }, copenhagen))).toEqual(['weeks:maxTotalWeeks']);
    expect(rules(checkExtension({ weeks: 13, weeklyHours: 1 }, { weeks: 14 }, copenhagen))).toEqual(['weeks:weeksRange']);
  });

  test('Gribskov: 6 months plus 6 without a special justification', () => {
    expect(checkExtension({ weeks: 26, weeklyHours: 2 }, { weeks: 26 }, gribskov)).toEqual([]);
    expect(rules(checkExtension({ weeks: 26, weeklyHours: 2 }, { weeks: 27 }, gribskov))).toEqual(['weeks:weeksRange']);
  });
});

describe('completing an order', () => {
  test('needs the SPS clarification and a satisfaction from 1 to 5', () => {
    const ended = { spsClarification: 'Afklaret', startDate: '2026-08-01', endDate: '2026-10-30' };
    const facts = { today, deliveredMinutes: 600 };
    expect(checkCompletion(ended, { outcome: 'COMPLETED_EDUCATION', youthSatisfaction: 4 }, facts)).toEqual([]);
    expect(rules(checkCompletion({ ...ended, spsClarification: null }, { outcome: 'DROPPED_OUT' }, facts))).toEqual(['spsClarification:spsClarificationRequired']);
    expect(rules(checkCompletion(ended, { outcome: 'OTHER', youthSatisfaction: 0 }, facts))).toEqual(['youthSatisfaction:satisfactionScale']);
    expect(rules(checkCompletion(ended, { outcome: 'OTHER', youthSatisfaction: 4.5 }, facts))).toEqual(['youthSatisfaction:satisfactionScale']);
  });

  test('an order cannot end before it began: on its first day it can, the day before it cannot', () => {
    const order = { spsClarification: 'Afklaret', startDate: today, endDate: '2027-02-21' };
    const input = { outcome: 'DROPPED_OUT' as const, note: 'Den unge er flyttet.' };
    expect(checkCompletion(order, input, { today, deliveredMinutes: 0 })).toEqual([]);
    expect(rules(checkCompletion({ ...order, startDate: '2026-11-24' }, input, { today, deliveredMinutes: 0 }))).toEqual(['orderId:completionAfterStart']);
  });

  test('completing before the last day needs the reason in the note; on the last day it does not', () => {
    const order = { spsClarification: 'Afklaret', startDate: '2026-09-01', endDate: today };
    const facts = { today, deliveredMinutes: 60 };
    expect(checkCompletion(order, { outcome: 'DROPPED_OUT' }, facts)).toEqual([]);
    expect(rules(checkCompletion({ ...order, endDate: '2026-11-24' }, { outcome: 'DROPPED_OUT', note: '  ' }, facts))).toEqual(['note:earlyCompletionReason']);
    expect(checkCompletion({ ...order, endDate: '2026-11-24' }, { outcome: 'DROPPED_OUT', note: 'Afbrudt uddannelsen.' }, facts)).toEqual([]);
  });

  test('"completed education" needs support delivered: one minute is enough, none is refused; other outcomes need none', () => {
    const order = { spsClarification: 'Afklaret', startDate: '2026-09-01', endDate: today };
    expect(rules(checkCompletion(order, { outcome: 'COMPLETED_EDUCATION' }, { today, deliveredMinutes: 0 }))).toEqual(['outcome:outcomeNeedsDelivery']);
    expect(checkCompletion(order, { outcome: 'COMPLETED_EDUCATION' }, { today, deliveredMinutes: 1 })).toEqual([]);
    expect(checkCompletion(order, { outcome: 'TRANSFERRED_TO_OTHER_PLAN' }, { today, deliveredMinutes: 0 })).toEqual([]);
  });
});

describe('rules that cannot be sidestepped', () => {
  test("rules 1 and 12: the ordering municipality is the caseworker's unit's; naming it again is fine, another one is refused", () => {
    expect(orderingMunicipalityViolation(null, '101')).toBeNull();
    expect(orderingMunicipalityViolation('101', '101')).toBeNull();
    expect(orderingMunicipalityViolation('270', '101')).toMatchObject({ field: 'orderingMunicipalityCode', rule: 'unitMunicipality' });
    expect(orderingMunicipalityViolation(undefined, null)).toMatchObject({ field: 'orderingMunicipalityCode', rule: 'unitMunicipality' });
  });

  test("an order starting on the agreement's last day is placed; one starting the day after is refused", () => {
    expect(providerAgreementViolation({ agreementEndDate: null }, today)).toBeNull();
    expect(providerAgreementViolation({ agreementEndDate: today }, today)).toBeNull();
    expect(providerAgreementViolation({ agreementEndDate: '2026-11-22' }, today)).toMatchObject({ field: 'providerId', rule: 'providerAgreementInForce' });
  });

  test('rule 5: planned and delivered activities come from the catalogue, compared without case and spaces', () => {
    const catalogue = { activities: ['Lektie- og studieteknik', 'Ledsagelse til møder'] };
    expect(activitiesOutsideCatalogue((index) => `activities[${index}]`, [' lektie- og studieteknik '], catalogue)).toEqual([]);
    expect(rules(activitiesOutsideCatalogue((index) => `entries[${index}].activity`, ['Ledsagelse til møder', 'Fodbold'], catalogue))).toEqual(['entries[1].activity:activitiesInCatalogue']);
  });

  test('one support at a time: periods sharing their first or last day overlap; a second order needs a recorded reason', () => {
    const order = { startDate: '2026-12-01', endDate: '2027-02-28' };
    expect(periodsOverlap(order, { startDate: '2027-02-28', endDate: '2027-05-01' })).toBe(true);
    expect(periodsOverlap(order, { startDate: '2027-03-01', endDate: '2027-05-01' })).toBe(false);
    expect(periodsOverlap(order, { startDate: '2026-09-01', endDate: '2026-12-01' })).toBe(true);
    expect(periodsOverlap(order, { startDate: '2026-09-01', endDate: '2026-11-30' })).toBe(false);
    const open = [{ reference: 'ORD-2026-000001', ...order }];
    expect(overlappingSupportViolation([], null)).toBeNull();
    expect(overlappingSupportViolation(open, ' ')).toMatchObject({ field: 'overlapJustification', rule: 'oneSupportAtATime' });
    expect(overlappingSupportViolation(open, 'Den unge skifter skole og har brug for overlap i overdragelsen.')).toBeNull();
  });
});
