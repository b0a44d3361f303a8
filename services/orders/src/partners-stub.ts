import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REQUEST_ID_HEADER, SIGNATURE_HEADER, TEST_SIGNING_SECRET, TIMESTAMP_HEADER, verifyRequestSignature } from '@mentor/common';

/** For tests: a stand-in for the partners subgraph that checks the signature like a subgraph does and records what it is told. */
export interface RecordedCall {
  query: string;
  variables: Record<string, unknown>;
  authorization: string;
  requestId: string | undefined;
}

export interface PartnersStub {
  url: string;
  /** Every correctly signed call, in order. */
  calls: RecordedCall[];
  /** Calls refused for a missing or wrong signature. */
  refused: number;
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

export async function startPartnersStub(secret = TEST_SIGNING_SECRET): Promise<PartnersStub> {
  const stub: Pick<PartnersStub, 'calls' | 'refused'> = { calls: [], refused: 0 };
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
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
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
      stub.calls.push({ query, variables, authorization, requestId: request.headers[REQUEST_ID_HEADER] as string | undefined });
      response.end(JSON.stringify({ data: { recordYouthLink: true } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}/graphql`,
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
