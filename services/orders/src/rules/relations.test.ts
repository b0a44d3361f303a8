import { demoId } from '@mentor/testkit';
import { describe, expect, test } from 'vitest';
import { checkYouthRelations, MAX_ENROLLED_INSTITUTIONS } from './relations.js';

const youthId = demoId('youth', 0);
const none = { consents: [], enrolledInstitutionIds: [] };
const rulesOf = (input: Parameters<typeof checkYouthRelations>[0]) => checkYouthRelations(input).map((violation) => `${violation.field}:${violation.rule}`);

describe('checkYouthRelations', () => {
  test('accepts the whole state, empty or not, with or without a youth guide', () => {
    expect(rulesOf({ youthId, ...none })).toEqual([]);
    expect(rulesOf({ youthId, ...none, youthGuideId: null })).toEqual([]);
    expect(rulesOf({ youthId, consents: [], youthGuideId: demoId('user', 'guide-1'), enrolledInstitutionIds: [demoId('institution', 1)] })).toEqual([]);
  });

  test('names the field that is not an id', () => {
    expect(rulesOf({ youthId: 'x', ...none })).toEqual(['youthId:id']);
    expect(rulesOf({ youthId, ...none, youthGuideId: 'guide' })).toEqual(['youthGuideId:id']);
    expect(rulesOf({ youthId, consents: [], enrolledInstitutionIds: [demoId('institution', 1), 'nope'] })).toEqual(['enrolledInstitutionIds[1]:id']);
  });

  test('refuses an absurd number of institutions', () => {
    const many = Array.from({ length: MAX_ENROLLED_INSTITUTIONS + 1 }, (_, index) => demoId('institution', index));
    expect(rulesOf({ youthId, consents: [], enrolledInstitutionIds: many })).toEqual(['enrolledInstitutionIds:maxItems']);
  });
});
