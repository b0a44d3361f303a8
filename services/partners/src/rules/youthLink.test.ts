import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { youthLinkRules } from './youthLink.js';

const valid = { youthId: randomUUID(), caseworkerUnitId: randomUUID(), providerIds: [randomUUID()], mentorIds: [] };

describe('youthLinkRules', () => {
  it('accepts ids and empty lists', () => {
    expect(youthLinkRules(valid)).toEqual([]);
  });

  it('names the field of a malformed id, in a list too, and a list too long', () => {
    expect(youthLinkRules({ ...valid, youthId: 'x' }).map((violation) => [violation.field, violation.rule])).toEqual([['youthId', 'id']]);
    expect(youthLinkRules({ ...valid, mentorIds: [randomUUID(), 'nope'] }).map((violation) => [violation.field, violation.rule, violation.message])).toEqual([
      ['mentorIds', 'id', 'mentorIds: item 1 is not a valid id'],
    ]);
    expect(youthLinkRules({ ...valid, providerIds: Array.from({ length: 101 }, () => randomUUID()) }).map((violation) => violation.rule)).toEqual(['maxItems']);
  });
});
