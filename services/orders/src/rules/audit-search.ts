import { createHmac } from 'node:crypto';
import { checkCpr, formatCpr, type RuleViolation } from '@mentor/common';

/** What an auditor's search by CPR number is recorded as: the kind of its term, never the number. */
export const AUDIT_CPR_SEARCH = 'Query.auditLogByCpr(search: CPR)';

/** The CPR number of a data-subject access request as youths store it (DDMMYY-SSSS), or why it is not one. */
export function auditSearchCpr(cpr: string): { cpr: string; violation: null } | { cpr: null; violation: RuleViolation } {
  const trimmed = cpr.trim();
  const { violation } = checkCpr('cpr', trimmed);
  return violation ? { cpr: null, violation } : { cpr: formatCpr(trimmed), violation: null };
}

/**
 * The id an unknown CPR number's access history is kept under: a keyed hash of the number, shaped as
 * a random (version 4) UUID like every youth's id. The same number gives the same id, so a CPR number
 * that belongs to no youth answers exactly as a youth with an empty history does, asked once or again,
 * and the number itself can be found from the id only with the key.
 */
export function unknownCprId(cpr: string, key: string): string {
  const pseudonymKey = createHmac('sha256', key).update('audit-log-cpr-pseudonym').digest();
  const bytes = createHmac('sha256', pseudonymKey).update(cpr).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
