import { describe, expect, it } from 'vitest';
import { mentorKinds } from '../entities/columns.js';
import { isTargetGroup, kindFit, knowsTargetGroup, targetGroupFit, targetGroupViolation } from './targetGroups.js';

describe('the target-group fit table', () => {
  it('gives every target group at least one kind made for it, and no kind twice', () => {
    for (const [group, fit] of Object.entries(targetGroupFit)) {
      expect(fit.made.length, group).toBeGreaterThan(0);
      const kinds: string[] = [...fit.made, ...fit.suits];
      expect(new Set(kinds).size, group).toBe(kinds.length);
      for (const kind of kinds) expect(mentorKinds as readonly string[]).toContain(kind);
    }
  });

  it('reserves psychiatric discharge and prison release for their coordinators (seeds 001, 003)', () => {
    for (const kind of mentorKinds) {
      expect(kindFit(kind, 'PSYCHIATRIC_DISCHARGE')).toBe(kind === 'DISCHARGE_COORDINATOR' ? 'MADE' : 'NONE');
      expect(kindFit(kind, 'PRISON_RELEASE')).toBe(kind === 'RELEASE_COORDINATOR' ? 'MADE' : 'NONE');
    }
  });

  it('makes the social mentor for activity-ready recipients, which a volunteer can also take on (seed 001)', () => {
    expect(kindFit('SOCIAL', 'ACTIVITY_READY_CASH_BENEFIT')).toBe('MADE');
    expect(kindFit('VOLUNTEER', 'ACTIVITY_READY_CASH_BENEFIT')).toBe('SUITS');
    expect(kindFit('COMPANY', 'ACTIVITY_READY_CASH_BENEFIT')).toBe('NONE');
  });

  it('makes the company mentor for flex-jobbers and sickness benefit (seed 003)', () => {
    expect(kindFit('COMPANY', 'FLEX_JOB')).toBe('MADE');
    expect(kindFit('COMPANY', 'SICKNESS_BENEFIT')).toBe('MADE');
    expect(kindFit('VOLUNTEER', 'FLEX_JOB')).toBe('NONE');
  });

  it('recognises a known target group by code or Danish name, whatever the case', () => {
    expect(knowsTargetGroup(['aktivitetsparate kontanthjælpsmodtagere '], 'ACTIVITY_READY_CASH_BENEFIT')).toBe(true);
    expect(knowsTargetGroup(['FLEX_JOB'], 'FLEX_JOB')).toBe(true);
    expect(knowsTargetGroup(['Uddannelsesparate unge'], 'ACTIVITY_READY_CASH_BENEFIT')).toBe(false);
  });

  it('accepts the orders subgraph’s codes only', () => {
    expect(isTargetGroup('FLEX_JOB')).toBe(true);
    expect(isTargetGroup('toString')).toBe(false);
    expect(targetGroupViolation('targetGroup', null)).toBeNull();
    expect(targetGroupViolation('targetGroup', 'PRISON_RELEASE')).toBeNull();
    expect(targetGroupViolation('targetGroup', 'prison_release')).toMatchObject({ field: 'targetGroup', rule: 'targetGroup' });
  });
});
