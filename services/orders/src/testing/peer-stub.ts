import type { ServiceName } from '@mentor/common';
import { startSignedStub, TEST_SIGNING_SECRET } from '@mentor/testkit';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/**
 * For tests: a stand-in for another subgraph that checks the gateway-style signature like a
 * subgraph does, records every call, and answers each root field of a query from a handler. The
 * fields a peer receives replication on (`replication.fields`) are answered only for the named
 * service calling as itself (a valid service principal signature); a user's call to one is
 * FORBIDDEN, as the real peer refuses it, and a service principal asks nothing else.
 */

export interface RecordedCall {
  /** The root fields asked, in order. */
  fields: string[];
  query: string;
  variables: Record<string, unknown>;
  authorization: string;
  requestId: string | undefined;
  /** The service that called as itself; null for a call on a user's behalf. */
  principal: ServiceName | null;
}

/** Who may call which of the stub's fields as a service principal. */
export interface PeerReplication {
  /** The only service accepted as itself. */
  from: ServiceName;
  /** The fields only that service may call (and the only ones it may). */
  fields: string[];
}

/** Thrown by a handler to answer with a GraphQL error of this code, as the real subgraph refuses. */
export class PeerRefusal extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
  }
}

export type PeerHandler = (variables: Record<string, unknown>) => unknown;
export type PeerHandlers = Record<string, PeerHandler>;

export interface PeerStub {
  url: string;
  /** Every correctly signed call, in order. */
  calls: RecordedCall[];
  /** Calls refused for a missing or wrong signature. */
  refused: number;
  /** The handlers answering now; change one for a test and call `reset` after. */
  handlers: PeerHandlers;
  /** Back to the handlers the stub started with, and no recorded calls. */
  reset(): void;
  stop(): Promise<void>;
}

function rootFields(query: string): { name: string; key: string }[] {
  const operation = parse(query).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return (operation?.selectionSet.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FIELD ? [{ name: selection.name.value, key: selection.alias?.value ?? selection.name.value }] : [],
  );
}

async function answer(handlers: PeerHandlers, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  try {
    for (const field of rootFields(query)) {
      const handler = handlers[field.name];
      if (!handler) return { errors: [{ message: `the stub does not answer ${field.name}`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] };
      data[field.key] = await handler(variables);
    }
    return { data };
  } catch (error) {
    if (error instanceof PeerRefusal) return { data: null, errors: [{ message: error.message, extensions: { code: error.code } }] };
    return { data: null, errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
  }
}

const forbiddenAnswer = { data: null, errors: [{ message: 'refused by the stub', extensions: { code: 'FORBIDDEN' } }] };

export async function startPeerStub(defaults: PeerHandlers, options: { secret?: string; replication?: PeerReplication } = {}): Promise<PeerStub> {
  const calls: RecordedCall[] = [];
  let handlers: PeerHandlers = { ...defaults };
  const replication = options.replication;
  const signed = await startSignedStub(
    (call) => {
      const fields = rootFields(call.query).map((field) => field.name);
      const replicated = fields.filter((field) => replication?.fields.includes(field));
      // A service principal only replicates; a user never does: the real peer refuses both.
      if (call.principal !== null ? replicated.length !== fields.length : replicated.length > 0) return forbiddenAnswer;
      calls.push({ fields, ...call });
      return answer(handlers, call.query, call.variables);
    },
    options.secret ?? TEST_SIGNING_SECRET,
    replication ? { service: replication.from } : {},
  );
  return {
    url: signed.url,
    calls,
    get refused() {
      return signed.refused;
    },
    get handlers() {
      return handlers;
    },
    set handlers(next: PeerHandlers) {
      handlers = next;
    },
    reset() {
      handlers = { ...defaults };
      calls.splice(0);
    },
    stop: signed.stop,
  };
}

export { deadUrl } from '@mentor/testkit';
