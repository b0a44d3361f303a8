import { dueListCondition, orderScope, type DueListOwner } from '../access/index.js';
import type { Context } from '../context.js';
import { addDays, today } from '../dates.js';
import type { Order } from '../entities/index.js';
import { inForce, orderFactsColumn } from '../loaders.js';
import { copenhagenBridgeBuilding } from '../rules/service-standards.js';
import { SqlParams } from '../sql.js';

/**
 * What is due (forfaldne opgaver) for the caller's organisation: one federated entity keyed by it,
 * which the mentors subgraph adds the provider's certifications, screenings and reports to. Its
 * lists are filled only when the key is the caller's own organisation, from orders the caller
 * may see; for anyone else they are empty.
 */

/** Follow-ups and effect assessments due within this many days are on the list, as are overdue ones. */
export const DUE_HORIZON_DAYS = 14;

export interface DueListReference {
  id: string;
}

const defaults = copenhagenBridgeBuilding.rules;

/** The last day of the order week `date` falls in; the week is over when this is before today. */
const weekEnd = (date: string) => `least(o.start_date + 7 * ((${date} - o.start_date) / 7) + 6, o.end_date)`;

/** The conditions of each list, on `o` (the order), `y` (its youth) and `st` (its standard); `:today` and `:horizon` are bound when used. */
const lists: Record<string, { owner: DueListOwner; condition: string; sort: string }> = {
  followUpsDue: {
    owner: 'unit',
    condition: `o.status IN ('ACCEPTED', 'ACTIVE')
      AND least((SELECT greatest(o.start_date, max(f.date)) FROM follow_up f WHERE f.order_id = o.id)
          + 7 * coalesce((st.rules->>'followUpEveryWeeks')::int, ${defaults.followUpEveryWeeks}), o.end_date) <= (:horizon)::date`,
    sort: `(SELECT greatest(o.start_date, max(f.date)) FROM follow_up f WHERE f.order_id = o.id)`,
  },
  effectAssessmentsDue: {
    owner: 'unit',
    condition: `o.status IN ('ACCEPTED', 'ACTIVE')
      AND o.end_date - coalesce((st.rules->>'effectAssessmentDaysBeforeEnd')::int, ${defaults.effectAssessmentDaysBeforeEnd}) <= (:horizon)::date
      AND NOT EXISTS (SELECT 1 FROM effect_assessment a WHERE a.order_id = o.id
        AND a.date >= (SELECT greatest(o.start_date, max(x.previous_end_date)) FROM order_extension x WHERE x.order_id = o.id))`,
    sort: 'o.end_date',
  },
  // Over the weeks that are over, less delivered than planned (see isUnderDelivering).
  underDelivering: {
    owner: 'unit',
    condition: `o.status = 'ACTIVE' AND o.activated_on IS NOT NULL
      AND (SELECT coalesce(sum(round(e.hours * 60)), 0) FROM schedule_entry e JOIN schedule s ON s.id = e.schedule_id
           WHERE s.order_id = o.id AND e.date BETWEEN o.start_date AND o.end_date AND ${inForce('e', 's')} AND ${weekEnd('e.date')} < (:today)::date)
        > (SELECT coalesce(sum(m.minutes), 0) FROM mentor_session m
           WHERE m.order_id = o.id AND m.date BETWEEN o.start_date AND o.end_date AND ${weekEnd('m.date')} < (:today)::date)`,
    sort: 'o.start_date',
  },
  // A week without contact that ended within the horizon, for the target groups that must meet weekly.
  missedWeeklyContacts: {
    owner: 'unit',
    condition: `o.status = 'ACTIVE' AND o.activated_on IS NOT NULL
      AND coalesce(st.rules->'weeklyContactTargetGroups', '${JSON.stringify(defaults.weeklyContactTargetGroups)}'::jsonb) @> jsonb_build_array(o.target_group)
      AND EXISTS (SELECT 1 FROM generate_series(0, (o.end_date - o.start_date) / 7) AS w
        WHERE least(o.start_date + 7 * w + 6, o.end_date) < (:today)::date
          AND least(o.start_date + 7 * w + 6, o.end_date) >= (:today)::date - ${DUE_HORIZON_DAYS}
          AND NOT EXISTS (SELECT 1 FROM mentor_session m WHERE m.order_id = o.id AND m.date BETWEEN o.start_date + 7 * w AND o.start_date + 7 * w + 6))`,
    sort: 'o.start_date',
  },
  awaitingAcceptance: { owner: 'provider', condition: `o.status = 'PLACED'`, sort: 'o.start_date' },
  awaitingMentor: { owner: 'provider', condition: `o.status = 'ACCEPTED' AND o.mentor_id IS NULL`, sort: 'o.start_date' },
};

/** One statement per list: the caller's own unit's or provider's orders that meet its condition, most urgent first. */
function dueOrders(name: keyof typeof lists) {
  const list = lists[name]!;
  return async (dueList: DueListReference, _: unknown, { db, identity, loaders }: Context): Promise<Order[]> => {
    const owner = dueListCondition(identity, list.owner, dueList.id);
    if (!owner) return [];
    const params = new SqlParams([identity.org]);
    const scope = orderScope(identity, 'o', params);
    const now = today();
    const bound: Record<string, string> = {};
    const bind = (name: string, value: string) => (bound[name] ??= params.add(value));
    const condition = list.condition.replace(/:(today|horizon)\b/g, (_, name: string) => bind(name, name === 'today' ? now : addDays(now, DUE_HORIZON_DAYS)));
    const rows = await db.query(
      `SELECT o.*, ${orderFactsColumn('o')} FROM mentor_order o JOIN youth y ON y.id = o.youth_id LEFT JOIN service_standard st ON st.id = o.service_standard_id
       WHERE ${owner} AND ${scope} AND ${condition}
       ORDER BY ${list.sort}, o.reference`,
      params.values,
    );
    return loaders.ordersFrom(rows);
  };
}

export const DueList = {
  /** Only the id is read from a representation; what the list holds is decided from the caller. */
  __resolveReference: (reference: DueListReference): DueListReference => ({ id: String(reference.id) }),
  followUpsDue: dueOrders('followUpsDue'),
  effectAssessmentsDue: dueOrders('effectAssessmentsDue'),
  underDelivering: dueOrders('underDelivering'),
  missedWeeklyContacts: dueOrders('missedWeeklyContacts'),
  awaitingAcceptance: dueOrders('awaitingAcceptance'),
  awaitingMentor: dueOrders('awaitingMentor'),
};

/** The caller's due list: keyed by their organisation. */
export function dueListOf(identity: Context['identity']): DueListReference {
  return { id: identity.org };
}
