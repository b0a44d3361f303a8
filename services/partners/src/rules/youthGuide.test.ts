import { describe, expect, it } from 'vitest';
import { youthGuideRules, youthGuideSuccessionRules } from './youthGuide.js';

const youthId = '0b9d5a52-8a43-4a5e-9c1f-1f7e6a6a2b11';
const guideUserId = '7a1e2b3c-4d5e-4f60-8172-93a4b5c6d7e8';
const otherGuide = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

function broken(violations: { field: string; rule: string }[]) {
  return violations.map(({ field, rule }) => `${field}:${rule}`);
}

describe('youth guide rules', () => {
  it('accepts a valid assignment', () => {
    expect(youthGuideRules({ youthId, guideUserId, guideName: 'Line Bach', fromDate: '2026-02-01' })).toEqual([]);
  });

  it('needs ids and a guide name', () => {
    expect(broken(youthGuideRules({ youthId, guideUserId: 'guide-1', guideName: '', fromDate: '2026-02-01' }))).toEqual(['guideUserId:id', 'guideName:required']);
  });

  it('starts a new assignment after the open one, with another guide', () => {
    const open = { fromDate: '2026-01-10', guideUserId };
    expect(youthGuideSuccessionRules({ fromDate: '2026-02-01', guideUserId: otherGuide }, open)).toEqual([]);
    expect(youthGuideSuccessionRules({ fromDate: '2026-02-01', guideUserId: otherGuide }, null)).toEqual([]);
    expect(broken(youthGuideSuccessionRules({ fromDate: '2026-01-10', guideUserId }, open))).toEqual(['fromDate:afterCurrentAssignment', 'guideUserId:alreadyAssigned']);
  });
});
