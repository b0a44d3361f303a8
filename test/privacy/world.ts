import { type Role } from '@mentor/common';
import { assignableMentors, demoOrder, demoUsers, demoYouth, type DemoOrder, type DemoUser, type DemoYouth } from '@mentor/testkit';
import type { TestStack } from '../support/stack.js';
import { columns, type RoleColumn } from './matrix.js';

/**
 * Which demo youths each role's tests read, chosen from the demo plan (never hard-coded ids), and
 * the few facts the tests need that the plan leaves to chance, put in place in the test's own
 * databases.
 */

export const YOUTHS = 40;

export interface Subject {
  youth: DemoYouth;
  order: DemoOrder;
}

export interface World {
  /** A youth the role relates to, with an ACTIVE order (agreement, schedule and sessions exist); null for the auditor. */
  related: Record<Role, Subject | null>;
  /** A youth with an ACTIVE order the role has no relation to whatsoever (for the auditor, any youth); null when every youth is the role's. */
  unrelated: Record<Role, Subject | null>;
}

export const plan: Subject[] = Array.from({ length: YOUTHS }, (_, index) => {
  const youth = demoYouth(index);
  return { youth, order: demoOrder(youth) };
});

export function userOf(column: RoleColumn): DemoUser {
  return demoUsers[column.user]!;
}

/** The youths (with ACTIVE orders) the column relates to by the demo plan. */
export function relatedSubjects(column: RoleColumn): Subject[] {
  const user = userOf(column);
  return plan.filter(({ youth, order }) => order.status === 'ACTIVE' && column.relatesTo(youth, order, user));
}

/**
 * Chooses each role's youths. The institution's enrolled youth is one that also has an enrollment at
 * another institution, so "own institution" has something to leave out; the unrelated youth of a
 * school has no enrollment there at all (the partners seed adds earlier enrollments the plan does
 * not describe).
 */
export async function chooseWorld(system: TestStack): Promise<World> {
  const institution = demoUsers.institution!.org;
  const enrolledHere = new Set<string>(
    (await system.databases.partners.query(`SELECT DISTINCT youth_id FROM enrollment WHERE institution_id = $1`, [institution])).map((row: { youth_id: string }) => row.youth_id),
  );
  const enrolledElsewhereToo = new Set<string>(
    (
      await system.databases.partners.query(
        `SELECT youth_id FROM enrollment GROUP BY youth_id HAVING bool_or(institution_id = $1) AND bool_or(institution_id <> $1)`,
        [institution],
      )
    ).map((row: { youth_id: string }) => row.youth_id),
  );

  const related = {} as Record<Role, Subject | null>;
  const unrelated = {} as Record<Role, Subject | null>;
  for (const column of columns) {
    const user = userOf(column);
    const candidates = relatedSubjects(column);
    related[column.role] =
      (column.role === 'INSTITUTION_STAFF' ? candidates.find(({ youth }) => enrolledElsewhereToo.has(youth.id)) : undefined) ?? candidates[0] ?? null;
    unrelated[column.role] =
      plan.find(
        ({ youth, order }) =>
          order.status === 'ACTIVE' &&
          !column.relatesTo(youth, order, user) &&
          !(column.role === 'MENTOR' && order.mentorId === user.sub) &&
          !(column.role === 'INSTITUTION_STAFF' && enrolledHere.has(youth.id)),
      ) ?? null;
  }
  return { related, unrelated };
}

/**
 * Puts in place what the plan leaves to chance, on the chosen youths: every personal field filled
 * in (the seed leaves some empty), an entry outside teaching hours in the schedule, and a session an
 * earlier mentor logged on the mentor's order, so each narrowed ✓ has something to leave out.
 */
export async function prepareWorld(system: TestStack, world: World): Promise<void> {
  const subjects = Object.values(world.related).filter((subject): subject is Subject => subject !== null);
  await system.databases.orders.query(
    `UPDATE youth SET
       phone = COALESCE(phone, '3' || substr(translate(id::text, 'abcdef-', '123456'), 1, 7)),
       email = COALESCE(email, 'ung' || substr(id::text, 1, 8) || '@example.dk'),
       special_needs = COALESCE(special_needs, 'Har brug for korte pauser og en fast mødeplan.'),
       health_notes = COALESCE(health_notes, 'Angst; går til samtaler hos egen læge.'),
       case_notes = COALESCE(case_notes, 'Ønsker at starte på grundforløb efter sommerferien.')
     WHERE id = ANY($1)`,
    [subjects.map(({ youth }) => youth.id)],
  );
  await system.databases.orders.query(
    `INSERT INTO schedule_entry (id, schedule_id, date, start_time, end_time, hours, place, activity)
     SELECT gen_random_uuid(), schedule.id, schedule.valid_from, '17:00', '18:00', 1, 'Hovedbiblioteket', 'Lektie- og studieteknik'
     FROM schedule WHERE schedule.order_id = ANY($1)`,
    [subjects.map(({ order }) => order.id)],
  );
  const mentorCase = world.related.MENTOR;
  if (mentorCase) {
    const earlierMentor = assignableMentors.find((mentor) => mentor.providerId === mentorCase.order.providerId && mentor.id !== mentorCase.order.mentorId)!;
    await system.databases.orders.query(
      `INSERT INTO mentor_session (id, order_id, mentor_id, date, minutes, form, place, activities, journal_note, phase)
       VALUES (gen_random_uuid(), $1, $2, current_date, 45, 'IN_PERSON', 'CITY', '{}', 'Vikar: gennemgik skemaet og aftalte næste møde.', 'COURSE')`,
      [mentorCase.order.id, earlierMentor.id],
    );
  }
}

/**
 * What only a reader of the youth's records could know, from the orders and partners databases:
 * the personal values that are the youth's alone (not names or note texts, which other youths share),
 * the order and enrollment ids. A response to a caller without a relation must contain none of them.
 */
export async function personalValues(system: TestStack, youthId: string): Promise<string[]> {
  const [youth] = await system.databases.orders.query(`SELECT cpr, address, phone, email FROM youth WHERE id = $1`, [youthId]);
  const orders = await system.databases.orders.query(`SELECT id::text FROM mentor_order WHERE youth_id = $1`, [youthId]);
  const enrollments = await system.databases.partners.query(`SELECT id::text FROM enrollment WHERE youth_id = $1`, [youthId]);
  return [
    ...Object.values((youth ?? {}) as Record<string, string | null>),
    ...[...orders, ...enrollments].map((row: { id: string }) => row.id),
  ].filter((value): value is string => typeof value === 'string' && value.length > 0);
}

interface ListPage {
  pageInfo?: { hasNextPage?: boolean; endCursor?: string | null } | null;
  edges?: ({ cursor?: string; node?: { id?: string; youth?: { id?: string } | null } | null } | null)[];
}

/**
 * Every page of `youths` or `orders` the caller gets, 100 at a time (the gateway's cost limit
 * counts `first`): the bodies, to search for what must not be there, and the cursor before each
 * order, to read one order through the list.
 */
export async function readList(system: TestStack, user: keyof typeof demoUsers, list: 'youths' | 'orders') {
  const bodies: unknown[] = [];
  const cursorBefore = new Map<string, string | null>();
  const selection = list === 'orders' ? 'cursor node { id youth { id } }' : 'cursor node { id }';
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const { body } = await system.send(user, {
      query: `#graphql
        query PrivacyList($after: String) { ${list}(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { ${selection} } } }`,
      variables: { after },
      operationName: 'PrivacyList',
    });
    bodies.push(body);
    const connection = body.data?.[list] as ListPage | null | undefined;
    let previous = after;
    for (const edge of connection?.edges ?? []) {
      if (edge?.node?.id) cursorBefore.set(edge.node.id, previous);
      previous = edge?.cursor ?? previous;
    }
    if (!connection?.pageInfo?.hasNextPage) break;
    after = connection.pageInfo.endCursor ?? null;
  }
  return { bodies, cursorBefore };
}
