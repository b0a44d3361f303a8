import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperationAST, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values.js';
import { processRegularResult } from 'graphql-yoga';
import { bearerToken, CLIENT_REQUEST_ID_HEADER, REQUEST_ID_HEADER, type Logger, type TokenVerifier } from '@mentor/common';
import { withoutSuggestions } from './limits.js';
import type { TrustedDocuments } from './trusted-documents.js';

/** What the trusted path needs of the runtime: its envelop pipeline (parse, validate with our limits, context, execute with error masking). */
interface Enveloped {
  schema: GraphQLSchema | undefined;
  parse(source: string): DocumentNode;
  validate(schema: GraphQLSchema, document: DocumentNode): readonly unknown[];
  contextFactory(): unknown;
  execute(args: { schema: GraphQLSchema; document: DocumentNode; contextValue: unknown; variableValues?: Record<string, unknown>; operationName?: string }): unknown;
}

export interface TrustedPathOptions {
  documents: TrustedDocuments;
  getEnveloped(initial: Record<string, unknown>): Enveloped;
  verifyToken: TokenVerifier;
  maxBodyBytes: number;
  /** Where a request the trusted path does not take, or takes and then hands back, goes: the runtime. */
  fallback(request: IncomingMessage, response: ServerResponse, body?: Buffer): void;
  ids: WeakMap<object, { own: string; client: string | null }>;
  observability: {
    begin(key: object, method: string): void;
    name(key: object, operation: string | undefined): void;
    codesOf(key: object, result: unknown): void;
    end(key: object, status: number): void;
  };
  log: Logger;
}

/** A trusted document as checked once: parsed, validated with the query limits, its one operation. */
interface CheckedDocument {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | undefined;
}

const REQUEST_ID_PATTERN = /^[\w-]{1,100}$/;
const BODY_KEYS = new Set(['documentId', 'operationName', 'variables']);

/** Captures what `processRegularResult` would answer, without building a `Response`. */
class CapturedResponse {
  constructor(
    readonly body: string,
    readonly init: { status?: number; headers?: Record<string, string> },
  ) {}
}
const capture = { Response: CapturedResponse } as never;

/**
 * The production path for a trusted document sent by its id, in front of the runtime's HTTP and
 * Yoga pipeline: `POST /graphql` with a declared body within the limit, JSON, a bearer token, and
 * nothing but `documentId`, `operationName` and `variables`. The document's parsing, validation
 * and query limits run once, through the runtime's own envelop pipeline; each request then verifies
 * the token, coerces its variables, and executes through the runtime's envelop `execute` (the
 * router's cached plan, our subgraph client, error masking). Everything else — no or a refused
 * token, variables that do not coerce, a document that fails its checks, any other shape or
 * header — goes to the runtime unchanged (with the body already read), which answers it as before.
 */
export function createTrustedPath(options: TrustedPathOptions) {
  const checked = new Map<string, CheckedDocument | null>();

  function check(id: string, enveloped: Enveloped, schema: GraphQLSchema): CheckedDocument | null {
    if (checked.has(id)) return checked.get(id)!;
    let result: CheckedDocument | null = null;
    try {
      const document = enveloped.parse(options.documents.get(id)!);
      const operation = getOperationAST(document);
      if (operation && operation.operation === 'query' && enveloped.validate(schema, document).length === 0) {
        result = { document, operation, operationName: operation.name?.value };
      }
    } catch {
      result = null;
    }
    checked.set(id, result);
    return result;
  }

  /** Whether the request's head alone qualifies it; the body decides the rest. */
  function takes(request: IncomingMessage): boolean {
    if (request.method !== 'POST' || request.url !== '/graphql') return false;
    const { headers } = request;
    const declared = headers['content-length'];
    if (declared === undefined || headers['transfer-encoding'] !== undefined || !(Number(declared) <= options.maxBodyBytes)) return false;
    if (!headers['content-type']?.startsWith('application/json')) return false;
    const accept = headers.accept;
    if (accept !== undefined && accept !== '*/*' && accept !== 'application/json') return false;
    return bearerToken(headers.authorization) !== null;
  }

  async function run(request: IncomingMessage, response: ServerResponse, body: Buffer): Promise<void> {
    let params: { documentId?: unknown; operationName?: unknown; variables?: unknown };
    try {
      params = JSON.parse(body.toString('utf8')) as typeof params;
    } catch {
      return options.fallback(request, response, body);
    }
    if (!params || typeof params !== 'object' || Array.isArray(params) || Object.keys(params).some((key) => !BODY_KEYS.has(key))) {
      return options.fallback(request, response, body);
    }
    const id = params.documentId;
    const variables = params.variables ?? undefined;
    if (typeof id !== 'string' || !options.documents.has(id) || (variables !== undefined && (typeof variables !== 'object' || Array.isArray(variables)))) {
      return options.fallback(request, response, body);
    }
    const token = bearerToken(request.headers.authorization)!;
    try {
      await options.verifyToken(token);
    } catch {
      // The runtime refuses it, counts it and says why, as for any other request.
      return options.fallback(request, response, body);
    }
    const authorization = request.headers.authorization!;
    // The key the subgraph client, the request ids and the observation find this request by.
    const key = { headers: { get: (name: string) => (name === 'authorization' ? authorization : null) } };
    const given = request.headers[REQUEST_ID_HEADER];
    const ids = { own: randomUUID(), client: typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : null };
    const enveloped = options.getEnveloped({ request: key, params: {} });
    const schema = enveloped.schema;
    const document = schema && check(id, enveloped, schema);
    if (!schema || !document) return options.fallback(request, response, body);
    const operationName = typeof params.operationName === 'string' && params.operationName ? params.operationName : undefined;
    if (operationName !== undefined && operationName !== document.operationName) return options.fallback(request, response, body);
    if (document.operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, document.operation.variableDefinitions, (variables ?? {}) as Record<string, unknown>);
      if (coerced.errors) return options.fallback(request, response, body);
    }

    options.ids.set(key, ids);
    options.observability.begin(key, 'POST');
    options.observability.name(key, operationName ?? document.operationName);
    let status = 500;
    try {
      // The audit purpose the subgraph client passes on: the client's operation name, or the document's.
      const contextParams = { operationName, query: options.documents.get(id), variables, documentId: id };
      const contextValue = await enveloped.contextFactory();
      Object.assign(contextValue as object, { request: key, params: contextParams });
      let result = (await enveloped.execute({ schema, document: document.document, contextValue, variableValues: variables as Record<string, unknown> | undefined, operationName })) as {
        errors?: readonly Parameters<typeof withoutSuggestions>[0][];
      };
      if (result.errors) result = { ...result, errors: result.errors.map(withoutSuggestions) };
      options.observability.codesOf(key, result);
      const answer = processRegularResult(result as never, capture, 'application/json') as unknown as CapturedResponse;
      status = answer.init.status ?? 200;
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(answer.body)), [REQUEST_ID_HEADER]: ids.own };
      if (ids.client) headers[CLIENT_REQUEST_ID_HEADER] = ids.client;
      response.writeHead(status, headers);
      response.end(answer.body);
    } catch {
      status = 500;
      const text = JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8', [REQUEST_ID_HEADER]: ids.own });
      response.end(text);
    } finally {
      options.observability.end(key, status);
      if (options.log.isLevelEnabled('debug')) {
        options.log.debug({ requestId: ids.own, clientRequestId: ids.client ?? undefined, method: 'POST', path: '/graphql', status }, 'request');
      }
    }
  }

  return {
    takes,
    /** Reads the declared body (Node's parser stops at its length) and answers it, or hands it to the runtime. */
    handle(request: IncomingMessage, response: ServerResponse): void {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('error', () => response.destroy());
      request.on('end', () => {
        void run(request, response, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).catch(() => response.destroy());
      });
    },
  };
}
