import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REQUEST_ID_HEADER, SIGNATURE_HEADER, TEST_SIGNING_SECRET, TIMESTAMP_HEADER, verifyRequestSignature } from '@mentor/common';
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

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
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
  const stub: Pick<PeerStub, 'calls' | 'refused' | 'handlers'> = { calls: [], refused: 0, handlers: { ...defaults } };
  const server = createServer((request, response) => {
    void readBody(request).then(async (body) => {
      const authorization = request.headers.authorization ?? '';
      const check = verifyRequestSignature(
        secret,
        { signature: request.headers[SIGNATURE_HEADER] as string | undefined, timestamp: request.headers[TIMESTAMP_HEADER] as string | undefined, authorization },
        body,
      );
      response.setHeader('content-type', 'application/json');
      if (!check.ok) {
        stub.refused++;
        response.statusCode = 401;
        response.end(JSON.stringify({ errors: [{ message: 'unsigned', extensions: { code: 'UNAUTHENTICATED' } }] }));
        return;
      }
      const { query, variables = {} } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      stub.calls.push({ fields: rootFields(query).map((field) => field.name), query, variables, authorization, requestId: request.headers[REQUEST_ID_HEADER] as string | undefined });
      response.end(JSON.stringify(await answer(stub.handlers, query, variables)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}/graphql`,
    reset() {
      stub.handlers = { ...defaults };
      stub.calls.splice(0);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

/** A URL nothing listens on: a server is started for a free port and closed again. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}
