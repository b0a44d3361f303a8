import { demoId, demoInstitutions, demoOrder, demoOrganisations, demoProviders, demoSocialServicesConsentScope, demoToday, demoUnits, demoUsers, demoYouth, demoYouthGuides, orderableInstitutions, random, type DemoYouth } from '@mentor/testkit';
import type { DataSource, EntityManager } from 'typeorm';
import { addDays } from './rules/dates.js';

/**
 * The partners part of the shared demo world: every id comes from the plan in @mentor/common, so
 * youth i, its order and its institution line up with the other subgraphs. Synthetic data only.
 */

const vocationalProgrammes = [
  'Grundforløb 1 – Teknologi, byggeri og transport',
  'Grundforløb 2 – Data- og kommunikationsuddannelsen',
  'Grundforløb 2 – Tømrer',
  'Grundforløb 2 – Frisør',
  'Kontoruddannelse med specialer',
  'Social- og sundhedshjælper',
  'Elektriker',
  'Ernæringsassistent',
];

const adultEducationProgrammes = [
  'Almen voksenuddannelse (avu) – dansk og matematik',
  'Almen voksenuddannelse (avu) – engelsk',
  'HF-enkeltfag',
  'Forberedende voksenundervisning (FVU) – læsning',
  'Ordblindeundervisning og avu-dansk',
];

const concernDescriptions = [
  'Fravær på 4 ud af de sidste 10 undervisningsdage. Har ikke svaret på sms fra kontaktlæreren.',
  'Kommer ofte for sent til første modul og går tidligt. Virker træt og uengageret.',
  'Har ikke afleveret de sidste tre opgaver og var ikke til stede ved prøven i dansk.',
  'Ulovligt fravær i hele sidste uge. Kontaktlæreren har ringet uden at få fat i eleven.',
  'Fraværet er steget til 18 % i dette halvår; eleven er indkaldt til fraværssamtale.',
  'Deltager sjældent i praktisk undervisning i værkstedet; siger selv at det skyldes uro hjemme.',
];

const staffNames = ['Tina Krogh', 'Morten Vestergaard', 'Susanne Bak', 'Jesper Holm', 'Lone Kjær', 'Henrik Dam', 'Anja Lindberg'];

const psychiatryScope = 'Samarbejde med Psykiatrisk Center Nordvest om udskrivning og opfølgning på behandling';

const feedbackComments: Record<number, string[]> = {
  5: [
    'Rigtig godt samarbejde. Mentor holdt os orienteret hele vejen, og overgangen til næste forløb var velforberedt.',
    'Tæt og konstruktiv dialog; den unge har fået et stabilt fremmøde.',
  ],
  4: ['Godt samarbejde med hurtige svar. Skemaerne kunne være kommet lidt tidligere.', 'Mentor var synlig på skolen og tog initiativ til fælles møder.'],
  3: ['Samarbejdet fungerede, men vi manglede information om den unges fravær undervejs.', 'Okay forløb; aftalerne blev ikke altid fulgt op skriftligt.'],
  2: ['Svært at få fat i mentor, og vi hørte først om frafaldsrisikoen sent.'],
  1: ['Ingen reel koordinering med skolen i forløbet.'],
};

interface Rows {
  enrollments: unknown[][];
  concerns: unknown[][];
  guides: unknown[][];
  consents: unknown[][];
  feedback: unknown[][];
  links: unknown[][];
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

function between(next: () => number, low: number, high: number): number {
  return low + Math.floor(next() * (high - low + 1));
}

function rating(next: () => number): number {
  const draw = next();
  return draw < 0.35 ? 5 : draw < 0.75 ? 4 : draw < 0.9 ? 3 : draw < 0.97 ? 2 : 1;
}

const institutionTypeById = new Map(demoInstitutions.map((institution) => [institution.id, institution.type]));
const orderableIndexById = new Map(orderableInstitutions.map((institution, index) => [institution.id, index]));
const caseworkerByUnit = new Map(Object.values(demoUsers).filter((user) => user.roles.includes('CASEWORKER')).map((user) => [user.org, user.sub]));

function programmeFor(institutionId: string, next: () => number): string {
  return pick(institutionTypeById.get(institutionId) === 'ADULT_EDUCATION' ? adultEducationProgrammes : vocationalProgrammes, next);
}

/** The staff member of an orderable institution: staff-0 is the demo institution user. */
function staffOf(institutionId: string): { sub: string; name: string } {
  const index = orderableIndexById.get(institutionId) ?? 0;
  return { sub: demoId('user', `staff-${index}`), name: staffNames[index % staffNames.length]! };
}

function addYouth(rows: Rows, youth: DemoYouth, today: string): void {
  const next = random(7_000_000 + youth.index);
  const order = demoOrder(youth);
  const caseworker = caseworkerByUnit.get(youth.caseworkerUnitId) ?? demoUsers.caseworker!.sub;

  const startDate = addDays(today, -between(next, 30, 420));
  const years = institutionTypeById.get(youth.institutionId) === 'ADULT_EDUCATION' ? between(next, 180, 540) : between(next, 540, 1460);
  const expectedEndDate = [addDays(startDate, years), addDays(today, 30)].sort().at(-1)!;
  const enrollmentId = demoId('enrollment', youth.index);
  const staff = staffOf(youth.institutionId);
  rows.enrollments.push([enrollmentId, youth.id, youth.institutionId, programmeFor(youth.institutionId, next), startDate, expectedEndDate, 'ACTIVE', null, staff.sub]);

  // A quarter arrive from an earlier enrollment that ended: dropped out, transferred or completed.
  if (youth.index % 4 === 1) {
    const earlierInstitution = orderableInstitutions[(youth.index + 3) % orderableInstitutions.length]!.id;
    const status = (['DROPPED_OUT', 'TRANSFERRED', 'COMPLETED'] as const)[Math.floor(youth.index / 4) % 3]!;
    const endedOn = addDays(startDate, -between(next, 7, 60));
    const earlierStart = addDays(endedOn, -between(next, 150, 600));
    rows.enrollments.push([
      demoId('enrollment', `${youth.index}-earlier`),
      youth.id,
      earlierInstitution,
      programmeFor(earlierInstitution, next),
      earlierStart,
      addDays(earlierStart, 730),
      status,
      endedOn,
      staffOf(earlierInstitution).sub,
    ]);
  }

  if (youth.index % 7 === 2) {
    const days = Math.max(0, Math.min(90, Math.round((Date.parse(today) - Date.parse(startDate)) / 86_400_000)));
    for (let concern = 0; concern <= youth.index % 3; concern++) {
      rows.concerns.push([
        demoId('attendance-concern', `${youth.index}-${concern}`),
        enrollmentId,
        addDays(today, -between(next, 0, days)),
        pick(concernDescriptions, next),
        staff.name,
        staff.sub,
      ]);
    }
  }

  if (youth.youthGuideId) {
    const guideIndex = demoYouthGuides.findIndex((guide) => guide.id === youth.youthGuideId);
    const fromDate = addDays(today, -between(next, 20, 300));
    rows.guides.push([demoId('youth-guide-assignment', youth.index), youth.id, youth.youthGuideId, demoYouthGuides[guideIndex]!.name, demoUnits.kui, fromDate, null]);
    // Some youths changed guide: the earlier assignment ended the day before the current one.
    if (youth.index % 8 === 0) {
      const earlier = demoYouthGuides[(guideIndex + 1) % demoYouthGuides.length]!;
      rows.guides.push([demoId('youth-guide-assignment', `${youth.index}-earlier`), youth.id, earlier.id, earlier.name, demoUnits.kui, addDays(fromDate, -between(next, 60, 240)), addDays(fromDate, -1)]);
    }
  }

  if (youth.consentToSocialServices) {
    rows.consents.push([demoId('consent', youth.index), youth.id, demoUnits.socialServices, 'SOCIAL_SERVICES', demoSocialServicesConsentScope, addDays(today, -between(next, 10, 200)), null, caseworker]);
  }
  if (youth.index % 20 === 11) {
    const psychiatry = demoOrganisations.find((organisation) => organisation.kind === 'PSYCHIATRY')!;
    const givenOn = addDays(today, -between(next, 120, 300));
    rows.consents.push([demoId('consent', `${youth.index}-psychiatry`), youth.id, psychiatry.id, 'PSYCHIATRY', psychiatryScope, givenOn, addDays(givenOn, between(next, 30, 100)), caseworker]);
  }

  if (order.status === 'COMPLETED') {
    const providerIndex = demoProviders.findIndex((provider) => provider.id === order.providerId);
    const raters = [
      { organisationId: order.institutionId, by: staffOf(order.institutionId).sub },
      { organisationId: order.providerId, by: demoId('user', `coordinator-${providerIndex}`) },
      ...(youth.youthGuideId ? [{ organisationId: demoUnits.kui, by: youth.youthGuideId }] : []),
    ];
    for (const rater of raters) {
      const score = rating(next);
      rows.feedback.push([
        demoId('collaboration-feedback', `${youth.index}-${rater.organisationId}`),
        order.id,
        rater.organisationId,
        score,
        next() < 0.8 ? pick(feedbackComments[score]!, next) : null,
        addDays(today, -between(next, 1, 60)),
        rater.by,
      ]);
    }
  }

  // As orders replicates it: a DRAFT is not placed with its provider yet.
  const placed = !['DRAFT', 'REJECTED', 'CANCELLED'].includes(order.status);
  rows.links.push([youth.id, youth.caseworkerUnitId, order.status === 'DRAFT' ? [] : [order.providerId], order.mentorId ? [order.mentorId] : [], [order.id], placed ? [order.institutionId] : []]);
}

/** PostgreSQL takes at most 65535 parameters per statement. */
const MAX_PARAMETERS = 60_000;

async function insertRows(manager: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const chunkSize = Math.min(2_000, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const values = chunk.map((_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(', ')})`);
    await manager.query(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES ${values.join(', ')}`, chunk.flat());
  }
}

/** Loads the demo data once, in one transaction; a second call finds it and returns `{ seeded: false }`. */
export async function seed(db: DataSource, options: { youths: number }): Promise<{ seeded: boolean }> {
  return db.transaction(async (manager) => {
    // Two processes seeding at once: the second waits here and then finds the data.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('partners-seed'))`);
    const present: unknown[] = await manager.query(`SELECT 1 FROM organisation WHERE id = $1`, [demoOrganisations[0]!.id]);
    if (present.length) return { seeded: false };

    const today = demoToday().toISOString().slice(0, 10);
    const organisations = [...demoOrganisations, ...demoInstitutions];
    await insertRows(
      manager,
      'organisation',
      ['id', 'kind', 'name', 'cvr', 'municipality_code'],
      organisations.map((organisation) => [organisation.id, organisation.kind, organisation.name, organisation.cvr, organisation.municipalityCode]),
    );
    await insertRows(
      manager,
      'institution',
      ['id', 'institution_number', 'type', 'approved', 'address'],
      demoInstitutions.map((institution) => [institution.id, institution.institutionNumber, institution.type, institution.approved, institution.address]),
    );

    const rows: Rows = { enrollments: [], concerns: [], guides: [], consents: [], feedback: [], links: [] };
    for (let index = 0; index < options.youths; index++) addYouth(rows, demoYouth(index), today);

    await insertRows(manager, 'youth_link', ['youth_id', 'caseworker_unit_id', 'provider_ids', 'mentor_ids', 'order_ids', 'placed_institution_ids'], rows.links);
    await insertRows(
      manager,
      'enrollment',
      ['id', 'youth_id', 'institution_id', 'programme', 'start_date', 'expected_end_date', 'status', 'ended_on', 'created_by'],
      rows.enrollments,
    );
    await insertRows(manager, 'attendance_concern', ['id', 'enrollment_id', 'reported_on', 'description', 'reported_by', 'reported_by_user_id'], rows.concerns);
    await insertRows(manager, 'youth_guide_assignment', ['id', 'youth_id', 'guide_user_id', 'guide_name', 'kui_organisation_id', 'from_date', 'to_date'], rows.guides);
    await insertRows(manager, 'consent', ['id', 'youth_id', 'body_id', 'body_kind', 'scope', 'given_on', 'withdrawn_on', 'recorded_by'], rows.consents);
    await insertRows(manager, 'collaboration_feedback', ['id', 'order_id', 'organisation_id', 'rating', 'comment', 'given_on', 'given_by'], rows.feedback);
    return { seeded: true };
  });
}
