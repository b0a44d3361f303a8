import { isUuid } from '@mentor/common';
import { describe, expect, it } from 'vitest';
import { auditSearchCpr, unknownCprId } from './audit-search.js';

describe('auditSearchCpr', () => {
  it('takes a CPR number with or without its dash, and stores it as youths do', () => {
    expect(auditSearchCpr(' 1203064119 ')).toEqual({ cpr: '120306-4119', violation: null });
    expect(auditSearchCpr('120306-4119')).toEqual({ cpr: '120306-4119', violation: null });
  });

  it('refuses what is not a CPR number, naming the field and rule', () => {
    expect(auditSearchCpr('Rasmus').violation).toMatchObject({ field: 'cpr', rule: 'cprFormat' });
    expect(auditSearchCpr('320306-4119').violation).toMatchObject({ field: 'cpr', rule: 'cprDate' });
  });
});

describe('unknownCprId', () => {
  const key = 'a-test-key-of-at-least-32-characters-long';

  it('is a version 4 UUID, the same for the same number and key', () => {
    const id = unknownCprId('120306-4119', key);
    expect(isUuid(id)).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(unknownCprId('120306-4119', key)).toBe(id);
  });

  it('differs by number and by key, and never holds the number', () => {
    const id = unknownCprId('120306-4119', key);
    expect(unknownCprId('120306-4127', key)).not.toBe(id);
    expect(unknownCprId('120306-4119', `${key}-other`)).not.toBe(id);
    expect(id.replace(/-/g, '')).not.toContain('1203064119');
  });
});
