import { describe, expect, test } from 'vitest';
import { copenhagenBridgeBuilding, gribskovMentorSupport } from '../service-standards.js';
import { checkCompletion, checkExtension, checkPlaceOrder, serviceLevelFor, type PlaceOrderInput } from './order.js';

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

  test('weekly hours from ½ to 2, weeks from 2 to 13', () => {
    expect(checkPlaceOrder({ ...input, weeklyHours: 0.5, weeks: 2 }, copenhagen, today)).toEqual([]);
    expect(checkPlaceOrder({ ...input, weeklyHours: 2, weeks: 13 }, copenhagen, today)).toEqual([]);
    expect(rules(checkPlaceOrder({ ...input, weeklyHours: 0.4 }, copenhagen, today))).toEqual(['weeklyHours:weeklyHoursRange']);
    expect(rules(checkPlaceOrder({ ...input, weeklyHours: 2.5 }, copenhagen, today))).toEqual(['weeklyHours:weeklyHoursRange']);
    expect(rules(checkPlaceOrder({ ...input, weeks: 1 }, copenhagen, today))).toEqual(['weeks:weeksRange']);
    expect(rules(checkPlaceOrder({ ...input, weeks: 13.5 }, copenhagen, today))).toEqual(['weeks:weeksRange']);
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

describe('the Gribskov standard', () => {
  test('places hours per week in levels 1–4', () => {
    expect([1, 2, 2.5, 3, 3.5, 4, 4.5, 8].map((hours) => serviceLevelFor(hours, gribskov)?.level)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(serviceLevelFor(1, copenhagen)).toBeNull();
  });

  test('grants 6 months at a time, but level 4 only 3 months before reassessment', () => {
    expect(checkPlaceOrder({ ...input, weeklyHours: 3, weeks: 26, deliveryMunicipalityCode: '270' }, gribskov, today)).toEqual([]);
    expect(checkPlaceOrder({ ...input, weeklyHours: 5, weeks: 13, deliveryMunicipalityCode: '270' }, gribskov, today)).toEqual([]);
    expect(rules(checkPlaceOrder({ ...input, weeklyHours: 5, weeks: 14, deliveryMunicipalityCode: '270' }, gribskov, today))).toEqual(['weeks:serviceLevelWeeks']);
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
    expect(checkCompletion({ spsClarification: 'Afklaret' }, { outcome: 'COMPLETED_EDUCATION', youthSatisfaction: 4 })).toEqual([]);
    expect(rules(checkCompletion({ spsClarification: null }, { outcome: 'DROPPED_OUT' }))).toEqual(['spsClarification:spsClarificationRequired']);
    expect(rules(checkCompletion({ spsClarification: 'Afklaret' }, { outcome: 'OTHER', youthSatisfaction: 0 }))).toEqual(['youthSatisfaction:satisfactionScale']);
    expect(rules(checkCompletion({ spsClarification: 'Afklaret' }, { outcome: 'OTHER', youthSatisfaction: 4.5 }))).toEqual(['youthSatisfaction:satisfactionScale']);
  });
});
