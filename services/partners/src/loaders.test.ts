import { demoUsers, demoYouth } from '@mentor/common';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startPartners, type PartnersHarness } from './testing/harness.js';

const YOUTHS = 20;

const query = `#graphql
  query Youths($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Youth {
        enrollments { institution { name } attendanceConcerns { description } }
        youthGuide { guideName }
        consents { body { name } }
      }
    }
  }
`;

describe('partners loaders', () => {
  let partners: PartnersHarness;

  beforeAll(async () => {
    partners = await startPartners('partners_loaders', { youths: YOUTHS });
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await partners?.stop();
  });

  it('resolves the lists of many youths with one SQL statement per relation', async () => {
    const statements: string[] = [];
    const original = PostgresQueryRunner.prototype.query;
    vi.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
      statements.push(args[0]);
      return original.apply(this, args);
    });

    const response = await partners.call<{ _entities: { enrollments: unknown[] }[] }>(demoUsers.caseworker!, query, {
      representations: Array.from({ length: YOUTHS }, (_, index) => ({ __typename: 'Youth', id: demoYouth(index).id })),
    });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!._entities.filter((youth) => youth.enrollments.length > 0).length).toBe(18);

    const from = (table: string) => statements.filter((sql) => new RegExp(`FROM "${table}"`).test(sql)).length;
    expect(from('enrollment')).toBe(1);
    expect(from('institution')).toBe(1);
    expect(from('attendance_concern')).toBe(1);
    expect(from('youth_guide_assignment')).toBe(1);
    expect(from('consent')).toBe(1);
    expect(from('organisation')).toBe(1);
    expect(statements.length).toBe(6);
  });
});
