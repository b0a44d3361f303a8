import { describe, expect, it } from 'vitest';
import { youthGuideEndInputRules, youthGuideEndRules, youthGuideOrganisationRules, youthGuideRules, youthGuideSuccessionRules } from './youthGuide.js';

const youthId = '0b9d5a52-8a43-4a5e-9c1f-1f7e6a6a2b11';
const kuiOrganisationId = '3c2b1a09-8f7e-4d6c-9b5a-4a3b2c1d0e0f';
const guideUserId = '7a1e2b3c-4d5e-4f60-8172-93a4b5c6d7e8';
const otherGuide = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
const today = '2026-03-10';

function broken(violations: { field: string; rule: string }[]) {
  return violations.map(({ field, rule }) => `${field}:${rule}`);
}

describe('youth guide rules', () => {
  it('accepts a valid assignment starting today or earlier', () => {
    expect(youthGuideRules({ youthId, kuiOrganisationId, guideUserId, guideName: 'Line Bach', fromDate: today }, today)).toEqual([]);
    expect(youthGuideRules({ youthId, kuiOrganisationId, guideUserId, guideName: 'Line Bach', fromDate: '2026-02-01' }, today)).toEqual([]);
  });

  it('needs ids and a guide name', () => {
    expect(broken(youthGuideRules({ youthId, kuiOrganisationId: 'kui', guideUserId: 'guide-1', guideName: '', fromDate: '2026-02-01' }, today))).toEqual([
      'kuiOrganisationId:id',
      'guideUserId:id',
      'guideName:required',
    ]);
  });

  it('refuses a start after today', () => {
    expect(broken(youthGuideRules({ youthId, kuiOrganisationId, guideUserId, guideName: 'Line Bach', fromDate: '2026-03-11' }, today))).toEqual(['fromDate:notInFuture']);
  });

  it('names a guide of a KUI organisation in the municipality of the youth\'s unit', () => {
    const kui = { kind: 'KUI', municipalityCode: '101' };
    expect(youthGuideOrganisationRules(kui, { municipalityCode: '101' })).toEqual([]);
    expect(broken(youthGuideOrganisationRules(kui, { municipalityCode: '147' }))).toEqual(['kuiOrganisationId:youthMunicipality']);
    expect(broken(youthGuideOrganisationRules(kui, null))).toEqual(['kuiOrganisationId:youthMunicipality']);
    expect(broken(youthGuideOrganisationRules({ kind: 'SOCIAL_SERVICES', municipalityCode: '101' }, { municipalityCode: '101' }))).toEqual(['kuiOrganisationId:kuiOrganisation']);
    expect(broken(youthGuideOrganisationRules(null, { municipalityCode: '101' }))).toEqual(['kuiOrganisationId:kuiOrganisation']);
  });

  it('starts a new assignment after the open one, with another guide', () => {
    const open = { fromDate: '2026-01-10', guideUserId };
    expect(youthGuideSuccessionRules({ fromDate: '2026-02-01', guideUserId: otherGuide }, open)).toEqual([]);
    expect(youthGuideSuccessionRules({ fromDate: '2026-01-11', guideUserId: otherGuide }, open)).toEqual([]);
    expect(youthGuideSuccessionRules({ fromDate: '2026-02-01', guideUserId: otherGuide }, null)).toEqual([]);
    expect(broken(youthGuideSuccessionRules({ fromDate: '2026-01-10', guideUserId }, open))).toEqual(['fromDate:afterCurrentAssignment', 'guideUserId:alreadyAssigned']);
  });
});

describe('ending a youth guide assignment', () => {
  const assignmentId = youthId;

  it('ends today or earlier, with a valid id and version', () => {
    expect(youthGuideEndInputRules({ assignmentId, toDate: today, expectedVersion: 1 }, today)).toEqual([]);
    expect(broken(youthGuideEndInputRules({ assignmentId: 'x', toDate: '2026-03-11', expectedVersion: 0 }, today))).toEqual([
      'assignmentId:id',
      'toDate:notInFuture',
      'expectedVersion:positive',
    ]);
  });

  it('ends the open assignment once, on or after its first day', () => {
    const open = { fromDate: '2026-02-01', toDate: null };
    expect(youthGuideEndRules({ toDate: '2026-02-01' }, open)).toEqual([]);
    expect(broken(youthGuideEndRules({ toDate: '2026-01-31' }, open))).toEqual(['toDate:notBeforeFromDate']);
    expect(broken(youthGuideEndRules({ toDate: '2026-03-01' }, { fromDate: '2026-02-01', toDate: '2026-02-20' }))).toEqual(['assignmentId:alreadyEnded']);
  });
});
