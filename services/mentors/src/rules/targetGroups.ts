import { RuleViolation, isTargetGroup, targetGroupFit, type TargetGroup } from '@mentor/common';
import type { MentorKind } from '../entities/columns.js';

export { isTargetGroup, kindFit, targetGroupFit, type KindFit, type TargetGroup } from '@mentor/common';

/** Whether a mentor's free-text list of known target groups names the group, by code or by its Danish name. */
export function knowsTargetGroup(knownTargetGroups: readonly string[], targetGroup: TargetGroup): boolean {
  const names = [targetGroup, targetGroupFit[targetGroup].label].map((name) => name.toLocaleLowerCase('da'));
  return knownTargetGroups.some((known) => names.includes(known.trim().toLocaleLowerCase('da')));
}

export function targetGroupViolation(field: string, value: string | null | undefined): RuleViolation | null {
  if (value === null || value === undefined || isTargetGroup(value)) return null;
  return new RuleViolation(field, 'targetGroup', `${field}: ${value} is not a target group (one of ${Object.keys(targetGroupFit).join(', ')})`);
}

/** How users name each mentor kind, for the ranking's reasons. */
export const mentorKindNames: Record<MentorKind, string> = {
  SOCIAL: 'social mentor',
  PROFESSIONAL: 'professional mentor (faglig mentor)',
  DISCHARGE_COORDINATOR: 'discharge coordinator (udskrivningskoordinator)',
  RELEASE_COORDINATOR: 'release coordinator (udslusningskoordinator)',
  STUDY_START_COORDINATOR: 'study-start coordinator',
  COMPANY: 'company mentor (virksomhedsmentor)',
  VOLUNTEER: 'volunteer mentor',
};
