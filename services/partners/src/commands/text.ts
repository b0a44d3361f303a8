import type { Identity } from '@mentor/common';

/** What the commands store of the caller's free text: trimmed. */
export function trimmed(value: string): string {
  return value.trim();
}

/** Null for a blank optional text. */
export function optionalTrimmed(value: string | null | undefined): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : value.trim();
}

/** The name partners see for who did something: the caller's name, or their id when the token has none. */
export function callerName(identity: Identity): string {
  return identity.name.trim() || identity.sub;
}
