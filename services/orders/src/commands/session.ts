import { assertRules } from '@mentor/common';
import { requireSessionLogger } from '../access/index.js';
import type { Context } from '../context.js';
import { today } from '../dates.js';
import { MentorSession } from '../entities/index.js';
import { providerCatalogue } from '../peers.js';
import type { Peers } from '../replication.js';
import { totalHoursOf } from '../rules/hours.js';
import { assertStatus } from '../rules/lifecycle.js';
import { activitiesOutsideCatalogue } from '../rules/order.js';
import { checkSession, type LogSessionInput } from '../rules/session.js';
import { assertMeetingsScreened } from './mentor-checks.js';
import { createOnce, insertRow, deliveredMinutes, lockOwnOrder, type ForOrder } from './support.js';

/** The assigned mentor logs a session of an ACTIVE order; the order row is locked so two sessions cannot together exceed its hours. */
export function logSession(input: ForOrder<LogSessionInput>, context: Context, peers: Peers): Promise<MentorSession> {
  const { identity } = context;
  requireSessionLogger(identity);
  return createOnce(context, { operation: 'logSession', key: input.idempotencyKey, target: MentorSession, table: 'mentor_session' }, async (manager, id) => {
    // The mentor's own order in any status: one not (or no longer) ACTIVE is a CONFLICT with its status, not a missing order.
    const order = await lockOwnOrder(manager, identity.sub, input.orderId);
    assertStatus(order.status, ['ACTIVE'], 'log a session');
    const [youth] = (await manager.query('SELECT home_visit_consent FROM youth WHERE id = $1', [order.youthId])) as { home_visit_consent: boolean }[];
    const homeVisitConsent = youth?.home_visit_consent === true;
    assertRules(
      checkSession(input, { order: { ...order, totalHours: totalHoursOf(order) }, deliveredMinutes: await deliveredMinutes(manager, order.id), homeVisitConsent, today: today() }),
    );
    // Rule 5: only catalogue activities are delivered; rule 9: a youth under 18 is met only with current checks that day.
    const catalogue = await providerCatalogue(peers, context, order.providerId);
    assertRules(activitiesOutsideCatalogue((index) => `activities[${index}]`, input.activities ?? [], catalogue ?? { activities: [] }));
    await assertMeetingsScreened(manager, peers, context, order, identity.sub, { from: input.date, to: input.date }, 'date');
    return insertRow(manager, MentorSession, 'mentor_session', {
      id,
      order_id: order.id,
      mentor_id: identity.sub,
      date: input.date,
      minutes: input.minutes,
      form: input.form,
      place: input.form === 'IN_PERSON' ? input.place : null,
      special_reason: input.specialReason?.trim() || null,
      home_visit_consent: input.form === 'IN_PERSON' && input.place === 'HOME' && homeVisitConsent,
      activities: (input.activities ?? []).map((activity) => activity.trim()),
      journal_note: input.journalNote.trim(),
      phase: input.phase,
      idempotency_key: input.idempotencyKey ?? null,
    });
  });
}

