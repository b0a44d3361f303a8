import { startSignedStub, TEST_SIGNING_SECRET } from '@mentor/testkit';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/**
 * For tests: a stand-in for another subgraph that checks the gateway-style signature like a
 * subgraph does, records every call, and answers each root field of a query from a handler.
 */

export interface RecordedCall {
  /** The root fields asked, in order. */
  fields: string[];
  query: string;
  variables: Record<string, unknown>;
  authorization: string;
  requestId: string | undefined;
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

export async function startPeerStub(defaults: PeerHandlers, secret = TEST_SIGNING_SECRET): Promise<PeerStub> {
  const calls: RecordedCall[] = [];
  let handlers: PeerHandlers = { ...defaults };
  const signed = await startSignedStub((call) => {
    calls.push({ fields: rootFields(call.query).map((field) => field.name), ...call });
    return answer(handlers, call.query, call.variables);
  }, secret);
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
