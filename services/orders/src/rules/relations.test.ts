import { demoId } from '@mentor/testkit';
import { describe, expect, test } from 'vitest';
import { checkYouthRelations, MAX_ENROLLED_INSTITUTIONS } from './relations.js';

const youthId = demoId('youth', 0);
const rulesOf = (input: Parameters<typeof checkYouthRelations>[0]) => checkYouthRelations(input).map((violation) => `${violation.field}:${violation.rule}`);

describe('checkYouthRelations', () => {
  test('accepts any subset of the relations', () => {
    expect(rulesOf({ youthId })).toEqual([]);
    expect(rulesOf({ youthId, consents: [], enrolledInstitutionIds: [], clearYouthGuide: true })).toEqual([]);
    expect(rulesOf({ youthId, youthGuideId: demoId('user', 'guide-1'), enrolledInstitutionIds: [demoId('institution', 1)] })).toEqual([]);
  });

  test('names the field that is not an id', () => {
    expect(rulesOf({ youthId: 'x' })).toEqual(['youthId:id']);
    expect(rulesOf({ youthId, youthGuideId: 'guide' })).toEqual(['youthGuideId:id']);
    expect(rulesOf({ youthId, enrolledInstitutionIds: [demoId('institution', 1), 'nope'] })).toEqual(['enrolledInstitutionIds[1]:id']);
  });

  test('refuses setting and clearing the youth guide at once, and an absurd number of institutions', () => {
    expect(rulesOf({ youthId, youthGuideId: demoId('user', 'guide-1'), clearYouthGuide: true })).toEqual(['clearYouthGuide:exclusive']);
    const many = Array.from({ length: MAX_ENROLLED_INSTITUTIONS + 1 }, (_, index) => demoId('institution', index));
    expect(rulesOf({ youthId, enrolledInstitutionIds: many })).toEqual(['enrolledInstitutionIds:maxItems']);
  });
});
