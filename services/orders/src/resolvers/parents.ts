import type { ScheduleEntry } from '../entities/index.js';
import type { WeekDelivery } from '../rules/delivery.js';

/**
 * What the resolvers hand on as the parent of each object type that is not an entity row as it is
 * (codegen.ts maps the schema's types to these). Values built from an order carry the order's id,
 * so the field rules judge them by the order.
 */

/** A record that belongs to an order, as the rules see it. */
interface OfOrder {
  orderId: string;
}

export type ScheduleEntryParent = ScheduleEntry & OfOrder;
export type WeekDeliveryParent = WeekDelivery & OfOrder;

export interface SpsClarificationParent extends OfOrder {
  text: string;
  clarifiedOn: string | null;
}

export interface OutcomeParent extends OfOrder {
  kind: string;
  youthSatisfaction: number | null;
  note: string | null;
  recordedAt: Date | null;
}

/** An entity another subgraph owns, to which this one contributes fields. */
export interface ReferenceParent {
  id: string;
}

export interface AuditLogParent {
  youthId: string;
}

export interface DueListParent {
  id: string;
}
