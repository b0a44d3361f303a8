import { type Identity } from '@mentor/common';
import { demoId, demoMentors, demoProviders, demoUsers } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInDenmark } from '../rules/dates.js';
import { firstError, startTestSubgraph, type TestSubgraph } from '../testing/harness.js';

// The mentors subgraph's part of the federated due list: the orders subgraph resolves Query.dueList to
// { id: <caller's org> } and the gateway asks here for the provider's items by that key.

const coordinatorOf = (index: number): Identity => ({
  sub: demoId('user', `coordinator-${index}`),
  roles: ['PROVIDER_COORDINATOR'],
  org: demoProviders[index]!.id,
  name: 'Koordinator',
});
const today = todayInDenmark();
const lastYear = Number(today.slice(0, 4)) - 1;
const unknownId = '00000000-0000-4000-8000-000000000000';

const dueListQuery = `#graphql
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on DueList {
        id
        expiringCertifications { id validUntil status mentor { id } }
        screeningsDue { id kind renewalDue mentor { id } }
        experienceReportsDue { providerId year dueOn }
      }
    }
  }`;

interface DueListView {
  id: string;
  expiringCertifications: { id: string; validUntil: string; status: string; mentor: { id: string } }[];
  screeningsDue: { id: string; kind: string; renewalDue: string; mentor: { id: string } }[];
  experienceReportsDue: { providerId: string; year: number; dueOn: string }[];
}

const empty = (id: string): DueListView => ({ id, expiringCertifications: [], screeningsDue: [], experienceReportsDue: [] });

describe('the due list', () => {
  let subgraph: TestSubgraph;
  const dueList = async (identity: Identity, id: string, extra: Record<string, unknown> = {}) =>
    subgraph.query<{ _entities: (DueListView | null)[] }>(identity, dueListQuery, { representations: [{ __typename: 'DueList', id, ...extra }] });

  beforeAll(async () => {
    subgraph = await startTestSubgraph('mentors_due_list');
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  it("gives a provider's coordinator the certifications expiring within 30 days and the checks due for renewal", async () => {
    const response = await dueList(coordinatorOf(0), demoProviders[0]!.id);
    expect(response.body.errors).toBeUndefined();
    const list = response.body.data!._entities[0]!;
    const own = demoMentors.filter((mentor) => mentor.providerId === demoProviders[0]!.id);
    // The demo's EXPIRING certifications end in 14 days; VALID ones in a year, EXPIRED ones 10 days ago.
    expect(list.expiringCertifications.map((certification) => certification.mentor.id)).toEqual(
      own.filter((mentor) => mentor.certification === 'EXPIRING').map((mentor) => mentor.id),
    );
    expect(list.expiringCertifications.every((certification) => certification.status === 'EXPIRING' && certification.validUntil === addDays(today, 14))).toBe(true);
    // Every screened mentor's straffeattest falls due within 20 to 29 days; the børneattest checks are recent.
    expect(new Set(list.screeningsDue.map((screening) => screening.mentor.id))).toEqual(new Set(own.filter((mentor) => mentor.screened).map((mentor) => mentor.id)));
    expect(list.screeningsDue.every((screening) => screening.kind === 'CRIMINAL_RECORD' && screening.renewalDue > today && screening.renewalDue <= addDays(today, 30))).toBe(true);
    const dueDates = list.screeningsDue.map((screening) => screening.renewalDue);
    expect(dueDates).toEqual([...dueDates].sort());
    // Brobyg has submitted every report its agreement owes so far.
    expect(list.experienceReportsDue).toEqual([]);
  });

  it("lists a report saved only as a draft as still due", async () => {
    const list = (await dueList(coordinatorOf(1), demoProviders[1]!.id)).body.data!._entities[0]!;
    expect(list.experienceReportsDue).toEqual([{ providerId: demoProviders[1]!.id, year: lastYear, dueOn: `${lastYear + 1}-09-30` }]);
  });

  it('lists the report for the last year of an agreement that has ended', async () => {
    const [provider] = (await subgraph.db.query('SELECT agreement_end_date::text AS "end" FROM provider WHERE id = $1', [demoProviders[2]!.id])) as { end: string }[];
    expect(provider!.end < today).toBe(true);
    const list = (await dueList(coordinatorOf(2), demoProviders[2]!.id)).body.data!._entities[0]!;
    expect(list.experienceReportsDue).toEqual([{ providerId: demoProviders[2]!.id, year: lastYear, dueOn: `${lastYear + 1}-09-30` }]);
  });

  it('drops a certification once it is renewed and a mentor once inactive', async () => {
    const expiring = demoMentors.find((mentor) => mentor.providerId === demoProviders[1]!.id && mentor.certification === 'EXPIRING')!;
    const before = (await dueList(coordinatorOf(1), demoProviders[1]!.id)).body.data!._entities[0]!;
    expect(before.expiringCertifications.map((certification) => certification.mentor.id)).toContain(expiring.id);
    const renewal = await subgraph.query(coordinatorOf(1), `#graphql
      mutation ($input: CertifyMentorInput!) { certifyMentor(input: $input) { id } }`, {
      input: {
        mentorId: expiring.id,
        kind: expiring.kind,
        issuedBy: 'Peter Munk, daglig leder',
        issuedOn: today,
        validUntil: addDays(today, 730),
        taskDescription: 'Møder før løsladelse og koordinering med Kriminalforsorgen.',
      },
    });
    expect(renewal.body.errors).toBeUndefined();
    const after = (await dueList(coordinatorOf(1), demoProviders[1]!.id)).body.data!._entities[0]!;
    expect(after.expiringCertifications.map((certification) => certification.mentor.id)).not.toContain(expiring.id);

    const screened = before.screeningsDue[0]!.mentor.id;
    await subgraph.db.query(`UPDATE mentor SET status = 'INACTIVE' WHERE id = $1`, [screened]);
    const inactive = (await dueList(coordinatorOf(1), demoProviders[1]!.id)).body.data!._entities[0]!;
    expect(inactive.screeningsDue.map((screening) => screening.mentor.id)).not.toContain(screened);
    expect(inactive.screeningsDue).toHaveLength(before.screeningsDue.length - 1);
  });

  it("gives every other caller empty lists, never another provider's items", async () => {
    const provider0 = demoProviders[0]!.id;
    // Another provider's coordinator naming provider 0's list, a caseworker and a mentor of provider 0 get nothing.
    for (const identity of [coordinatorOf(1), demoUsers.caseworker!, demoUsers.mentor!, demoUsers['youth-guide']!]) {
      const response = await dueList(identity, provider0);
      expect(response.body).toEqual({ data: { _entities: [empty(provider0)] } });
    }
    // Their own organisation's list is empty too: only providers have items here.
    const caseworker = demoUsers.caseworker!;
    expect((await dueList(caseworker, caseworker.org)).body).toEqual({ data: { _entities: [empty(caseworker.org)] } });
  });

  it('reads only the id of a representation: forged fields give nothing more', async () => {
    const response = await dueList(coordinatorOf(1), demoProviders[0]!.id, { org: demoProviders[1]!.id, providerId: demoProviders[1]!.id });
    expect(response.body).toEqual({ data: { _entities: [empty(demoProviders[0]!.id)] } });
  });

  it('answers empty lists for an unknown or malformed id', async () => {
    expect((await dueList(coordinatorOf(0), unknownId)).body).toEqual({ data: { _entities: [empty(unknownId)] } });
    const malformed: Identity = { ...coordinatorOf(0), org: 'brobyg' };
    expect((await dueList(malformed, 'brobyg')).body).toEqual({ data: { _entities: [empty('brobyg')] } });
  });

  it('refuses the auditor, to whom the orders subgraph gives no due list', async () => {
    const response = await dueList(demoUsers.auditor!, demoProviders[0]!.id);
    expect(response.body.data?._entities ?? [null]).toEqual([null]);
    expect(firstError(response)?.code).toBe('FORBIDDEN');
  });
});
