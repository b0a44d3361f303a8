import DataLoader from 'dataloader';
import { groupLoader, hydrate, loaderByKey, prepared, type Identity } from '@mentor/common';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { draftReportProviderIds, mentorScope, mentorScopeSql } from './access/index.js';
import { Certification, ExperienceReport, Mentor, Provider, Screening, Supervision, Training } from './entities/index.js';

export interface MentorPageKey {
  providerId: string;
  offset: number;
  limit: number;
}

/** One page of a provider's mentors, as far as the caller may see them. */
export interface MentorPage {
  mentorIds: string[];
  totalCount: number;
}

function byIds<T extends ObjectLiteral>(db: DataSource, entity: new () => T, column: string, order: [string, 'ASC' | 'DESC'][]) {
  return (ids: readonly string[]): Promise<T[]> => {
    const query = db.getRepository(entity).createQueryBuilder('row').where(`row.${column} = ANY(:ids)`, { ids: [...ids] });
    for (const [field, direction] of order) query.addOrderBy(`row.${field}`, direction);
    return query.getMany();
  };
}

/** Rows by id with a fixed statement: the hot lookups (every order's mentor and provider) skip the query builder. */
function byId<T extends ObjectLiteral>(db: DataSource, entity: new () => T, table: string) {
  const sql = prepared(`SELECT * FROM "${table}" WHERE id = ANY($1::uuid[])`);
  return async (ids: readonly string[]): Promise<T[]> => hydrate(db, entity, await db.query(sql, [ids]));
}

/** A new set per request: nothing cached crosses callers. Every batch is one SQL statement. */
export function createLoaders(db: DataSource, identity: Identity) {
  const scope = mentorScope(identity);
  const draftProviders = draftReportProviderIds(identity);

  return {
    providerById: loaderByKey(byId(db, Provider, 'provider'), (provider) => provider.id),
    /**
     * Unscoped: a mentor's name appears on orders others may see; lookups that must be scoped check
     * canSeeMentor, and the field rules read the mentor's provider from here.
     */
    mentorById: loaderByKey(byId(db, Mentor, 'mentor'), (mentor) => mentor.id),
    /** Unscoped: the field rules read the report's provider and published flag from here, not from the parent they are given. */
    experienceReportById: loaderByKey(byIds(db, ExperienceReport, 'id', []), (report) => report.id),
    certificationsByMentor: groupLoader(byIds(db, Certification, 'mentorId', [['validUntil', 'DESC'], ['id', 'ASC']]), (row) => row.mentorId),
    screeningsByMentor: groupLoader(byIds(db, Screening, 'mentorId', [['checkedOn', 'DESC'], ['id', 'ASC']]), (row) => row.mentorId),
    trainingsByMentor: groupLoader(byIds(db, Training, 'mentorId', [['heldOn', 'DESC'], ['id', 'ASC']]), (row) => row.mentorId),
    supervisionsByMentor: groupLoader(byIds(db, Supervision, 'mentorId', [['heldOn', 'DESC'], ['id', 'ASC']]), (row) => row.mentorId),
    experienceReportsByProvider: groupLoader(
      (providerIds: readonly string[]) =>
        db
          .getRepository(ExperienceReport)
          .createQueryBuilder('report')
          .where('report.providerId = ANY(:providerIds)', { providerIds: [...providerIds] })
          .andWhere('(report.published OR report.providerId = ANY(:draftProviders))', { draftProviders })
          .orderBy('report.year', 'DESC')
          .getMany(),
      (report) => report.providerId,
    ),
    mentorPageByProvider: new DataLoader<MentorPageKey, MentorPage, string>(
      async (keys) => {
        const pages = new Map<string, MentorPage>();
        const windows = new Map<string, { offset: number; limit: number; providerIds: string[] }>();
        for (const key of keys) {
          const window = windows.get(`${key.offset}:${key.limit}`) ?? { offset: key.offset, limit: key.limit, providerIds: [] };
          window.providerIds.push(key.providerId);
          windows.set(`${key.offset}:${key.limit}`, window);
        }
        // One statement per page window; a request asks for one window almost always.
        for (const window of windows.values()) {
          const params: unknown[] = [window.providerIds, window.offset, window.limit];
          const rows: { provider_id: string; total: number; ids: string[] }[] = await db.query(
            `SELECT provider_id, count(*)::int AS total,
                    coalesce(array_agg(id::text ORDER BY position) FILTER (WHERE position > $2 AND position <= $2 + $3), '{}') AS ids
               FROM (SELECT m.id, m.provider_id,
                            row_number() OVER (PARTITION BY m.provider_id ORDER BY m.last_name, m.first_name, m.id) AS position
                       FROM mentor m
                      WHERE m.provider_id = ANY($1::uuid[]) AND ${mentorScopeSql(scope, 'm', params)}) AS visible
              GROUP BY provider_id`,
            params,
          );
          const byProvider = new Map(rows.map((row) => [row.provider_id, row] as const));
          for (const providerId of window.providerIds) {
            const row = byProvider.get(providerId);
            pages.set(`${providerId}:${window.offset}:${window.limit}`, { mentorIds: row?.ids ?? [], totalCount: row?.total ?? 0 });
          }
        }
        return keys.map((key) => pages.get(`${key.providerId}:${key.offset}:${key.limit}`)!);
      },
      { cacheKeyFn: (key) => `${key.providerId}:${key.offset}:${key.limit}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads many keys, keeping key order, dropping keys that match nothing and rethrowing a failed batch. */
export async function loadExisting<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  const results = await loader.loadMany(keys);
  const failure = results.find((result): result is Error => result instanceof Error);
  if (failure) throw failure;
  return results.filter((result): result is V => result !== null && !(result instanceof Error));
}

/** Loads many keys in one batch, one value per key in key order, rethrowing a failed batch. */
export async function loadAll<K, V>(loader: DataLoader<K, V>, keys: readonly K[]): Promise<V[]> {
  const results = await loader.loadMany(keys);
  const failure = results.find((result): result is Error => result instanceof Error);
  if (failure) throw failure;
  return results as V[];
}

/**
 * Loads a row another row refers to (a record's mentor, a report's provider). The foreign key keeps it
 * there, and the field rules have read it before the field resolves; a missing one is a server fault.
 */
export async function loadReferenced<V>(loader: DataLoader<string, V | null>, id: string, what: string): Promise<V> {
  const row = await loader.load(id);
  if (row === null) throw new Error(`${what} ${id} is referred to but missing`);
  return row;
}
