import { groupLoader, hydrate, isUuid, loaderByKey, prepared, type Identity } from '@mentor/common';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { consentScope, enrollmentScope, mayUseRelation, noRelations, youthGuideScope, type YouthRelations } from './access/index.js';
import { AttendanceConcern } from './entities/AttendanceConcern.js';
import { Consent } from './entities/Consent.js';
import { Enrollment } from './entities/Enrollment.js';
import { Institution } from './entities/Institution.js';
import { Organisation } from './entities/Organisation.js';
import { YouthGuideAssignment } from './entities/YouthGuideAssignment.js';
import { YouthLink } from './entities/YouthLink.js';
import { danishToday } from './rules/dates.js';
import { positional } from './sql.js';

export interface Loaders {
  organisation: DataLoader<string, Organisation | null>;
  /** Institutions with their organisation row. */
  institution: DataLoader<string, Institution | null>;
  youthLink: DataLoader<string, YouthLink | null>;
  /** The enrollments of a youth the caller may see, newest first. */
  enrollmentsByYouth: DataLoader<string, Enrollment[]>;
  /** With the enrollment each concern belongs to, so the field rules know whose it is. */
  attendanceConcernsByEnrollment: DataLoader<string, AttendanceConcern[]>;
  /** The assignment in force today, if the caller may see it. */
  youthGuideByYouth: DataLoader<string, YouthGuideAssignment | null>;
  /** The consents of a youth the caller may see, newest first. */
  consentsByYouth: DataLoader<string, Consent[]>;
  /** The caseworker units of an order's youth (one, or none when orders has not told us of the order); never returned to a client. */
  unitsByOrder: DataLoader<string, string[]>;
  /** The relation facts the field rules decide from; not scoped, never returned to a client. */
  youthRelations: DataLoader<string, YouthRelations>;
  /** A youth's relation facts once `youthRelations` has read them in this request, without a promise; only ever under an id (a UUID). */
  knownYouthRelations(youthId: string): YouthRelations | undefined;
}

/** The ids of a relation come as one comma-separated text (null for none): splitting it is cheaper than parsing an array literal. */
interface RelationsRow {
  youth_id: string;
  caseworker_unit_id: string | null;
  provider_ids: string | null;
  mentor_ids: string | null;
  guide_user_id: string | null;
  institution_ids: string | null;
  consent_body_ids: string | null;
}

/** A list of ids sent as `array_to_string(ids, ',')`; no id contains a comma. */
function idList(text: string | null): string[] {
  return text ? text.split(',') : [];
}

/** Keys that are not UUIDs match nothing; leaving them out keeps a malformed id from reaching SQL. */
function uuids(keys: readonly string[]): string[] {
  return keys.filter(isUuid);
}

/** One SQL statement per batch for every loader; scoped ones carry the caller's relation in the WHERE. */
export function createLoaders(db: DataSource, identity: Identity): Loaders {
  const today = danishToday();
  const enrollments = enrollmentScope(identity, today);
  const consents = consentScope(identity);
  const guides = youthGuideScope(identity);
  const knownRelations = new Map<string, YouthRelations>();
  const enrolledOnly = enrollments !== null && decidesByEnrollmentAlone(identity);

  /** Each key's relations as read (none for a youth not read), remembered under the ids among them. */
  const answerRelations = (keys: readonly string[], ids: readonly string[], byYouth: ReadonlyMap<string, YouthRelations | Error>): (YouthRelations | Error)[] => {
    const valid = new Set(ids);
    return keys.map((key) => {
      const relations = byYouth.get(key) ?? noRelations(key);
      // Known at once from now on only under an id (the rules skip their id check for a known youth).
      if (valid.has(key) && !(relations instanceof Error)) knownRelations.set(key, relations);
      return relations;
    });
  };

  /**
   * The relations of a caller who relates to youths by `enrolled` alone, from the enrollments they
   * may see: the enrollments read once for the rules and the fields alike (see `decidesByEnrollmentAlone`).
   */
  const relationsFromEnrollments = (ids: readonly string[], seen: readonly (Enrollment[] | Error)[]): Map<string, YouthRelations | Error> =>
    new Map(
      ids.map((id, index) => {
        const rows = seen[index]!;
        return [id, rows instanceof Error ? rows : { ...noRelations(id), institutionIds: [...new Set(rows.map((row) => row.institutionId))] }];
      }),
    );

  const loaders: Loaders = {
    knownYouthRelations: (youthId) => knownRelations.get(youthId),
    organisation: loaderByKey(async (keys) => {
      const ids = uuids(keys);
      if (!ids.length) return [];
      return db.getRepository(Organisation).createQueryBuilder('o').where('o.id = ANY(:ids)', { ids }).getMany();
    }, (row) => row.id),

    // Fixed SQL text, not the query builder: every order on the dashboard names its institution.
    institution: loaderByKey(async (keys) => {
      const ids = uuids(keys);
      if (!ids.length) return [];
      const rows: Record<string, unknown>[] = await db.query(prepared('SELECT i.*, to_jsonb(o) AS organisation FROM "institution" i JOIN "organisation" o ON o.id = i.id WHERE i.id = ANY($1::uuid[])'), [ids]);
      const organisations = hydrate(db, Organisation, rows.map((row) => row.organisation as Record<string, unknown>));
      return hydrate(db, Institution, rows).map((institution, index) => Object.assign(institution, { organisation: organisations[index]! }));
    }, (row) => row.id),

    youthLink: loaderByKey(async (keys) => {
      const ids = uuids(keys);
      if (!ids.length) return [];
      return db.getRepository(YouthLink).createQueryBuilder('l').where('l.youth_id = ANY(:ids)', { ids }).getMany();
    }, (row) => row.youthId),

    enrollmentsByYouth: groupLoader(async (keys) => {
      const ids = uuids(keys);
      if (!ids.length || !enrollments) return [];
      const values: unknown[] = [ids];
      const scope = positional(enrollments.sql, enrollments.params, values);
      return hydrate(
        db,
        Enrollment,
        await db.query(
          prepared(`SELECT e.* FROM "enrollment" e LEFT JOIN "youth_link" l ON l.youth_id = e.youth_id WHERE e.youth_id = ANY($1::uuid[]) AND ${scope} ORDER BY e.start_date DESC, e.id`),
          values,
        ),
      );
    }, (row) => row.youthId),

    attendanceConcernsByEnrollment: groupLoader(async (keys) => {
      const ids = uuids(keys);
      if (!ids.length) return [];
      return db
        .getRepository(AttendanceConcern)
        .createQueryBuilder('a')
        .innerJoinAndSelect('a.enrollment', 'e')
        .where('a.enrollment_id = ANY(:ids)', { ids })
        .orderBy('a.reported_on', 'DESC')
        .addOrderBy('a.created_at', 'DESC')
        .getMany();
    }, (row) => row.enrollmentId),

    youthGuideByYouth: loaderByKey(async (keys) => {
      const ids = uuids(keys);
      if (!ids.length || !guides) return [];
      return db
        .getRepository(YouthGuideAssignment)
        .createQueryBuilder('g')
        .leftJoin(YouthLink, 'l', 'l.youth_id = g.youth_id')
        .where('g.youth_id = ANY(:ids)', { ids })
        .andWhere('g.from_date <= :today AND (g.to_date IS NULL OR g.to_date >= :today)', { today })
        .andWhere(guides.sql, guides.params)
        // Ascending, so the Map keeps the latest should two ever overlap.
        .orderBy('g.from_date', 'ASC')
        .getMany();
    }, (row) => row.youthId),

    consentsByYouth: groupLoader(async (keys) => {
      const ids = uuids(keys);
      if (!ids.length || !consents) return [];
      return db
        .getRepository(Consent)
        .createQueryBuilder('c')
        .leftJoin(YouthLink, 'l', 'l.youth_id = c.youth_id')
        .where('c.youth_id = ANY(:ids)', { ids })
        .andWhere(consents.sql, consents.params)
        .orderBy('c.given_on', 'DESC')
        .addOrderBy('c.id')
        .getMany();
    }, (row) => row.youthId),

    unitsByOrder: new DataLoader<string, string[]>(async (keys) => {
      const ids = uuids(keys);
      const rows: { order_id: string; unit_ids: string[] }[] = ids.length
        ? await db.query(
            prepared(`SELECT o.id AS order_id, ARRAY(SELECT DISTINCT l.caseworker_unit_id FROM youth_link l WHERE o.id = ANY(l.order_ids)) AS unit_ids
             FROM unnest($1::uuid[]) AS o(id)`),
            [ids],
          )
        : [];
      const byOrder = new Map(rows.map((row) => [row.order_id, row.unit_ids]));
      return keys.map((key) => byOrder.get(key) ?? []);
    }),

    youthRelations: new DataLoader<string, YouthRelations>(async (keys) => {
      const ids = uuids(keys);
      if (enrolledOnly) return answerRelations(keys, ids, relationsFromEnrollments(ids, await loaders.enrollmentsByYouth.loadMany(ids)));
      // The relation facts only a grant the caller could use needs: the rest are not read for them.
      const [needsGuide, needsEnrollments, needsConsents] = (['guided', 'enrolled', 'consented'] as const).map((relation) => mayUseRelation(identity, relation));
      const rows: RelationsRow[] = ids.length
        ? await db.query(
            prepared(`SELECT y.id AS youth_id, l.caseworker_unit_id, array_to_string(l.provider_ids, ',') AS provider_ids, array_to_string(l.mentor_ids, ',') AS mentor_ids,
               CASE WHEN $3 THEN (SELECT g.guide_user_id FROM youth_guide_assignment g
                 WHERE g.youth_id = y.id AND g.from_date <= $2 AND (g.to_date IS NULL OR g.to_date >= $2)
                 ORDER BY g.from_date DESC LIMIT 1) END AS guide_user_id,
               CASE WHEN $4 THEN (SELECT string_agg(DISTINCT e.institution_id::text, ',') FROM enrollment e WHERE e.youth_id = y.id) END AS institution_ids,
               CASE WHEN $5 THEN (SELECT string_agg(DISTINCT c.body_id::text, ',') FROM consent c WHERE c.youth_id = y.id) END AS consent_body_ids
             FROM unnest($1::uuid[]) AS y(id) LEFT JOIN youth_link l ON l.youth_id = y.id`),
            [ids, today, needsGuide, needsEnrollments, needsConsents],
          )
        : [];
      const byYouth = new Map(
        rows.map((row): [string, YouthRelations] => [
          row.youth_id,
          {
            youthId: row.youth_id,
            caseworkerUnitId: row.caseworker_unit_id,
            providerIds: idList(row.provider_ids),
            mentorIds: idList(row.mentor_ids),
            guideUserId: row.guide_user_id,
            institutionIds: idList(row.institution_ids),
            consentBodyIds: idList(row.consent_body_ids),
          },
        ]),
      );
      return answerRelations(keys, ids, byYouth);
    }),
  };
  return loaders;
}

/** The relations a youth's facts decide (`YouthRelations`), but for `enrolled`. */
const otherYouthRelations = ['ownUnit', 'assigned', 'providers', 'guided', 'consented'] as const;

/**
 * Whether the only relation to a youth any rule could let the caller in by is `enrolled` (a youth
 * enrolled at the caller's institution, ended enrollments included): institution staff. Their
 * relations are then worked out from the enrollments they may see, with no statement of their own.
 * Those rows are the youth's own enrollments, so no relation is made up; and every enrollment at
 * the caller's institution is among them (their `ownInstitution` grant on enrollments, ended ones
 * included), so none is missed. Were that grant ever narrowed, the rules would only refuse more.
 */
function decidesByEnrollmentAlone(identity: Identity): boolean {
  return mayUseRelation(identity, 'enrolled') && !otherYouthRelations.some((relation) => mayUseRelation(identity, relation));
}
