import { readFileSync } from 'node:fs';
import { callSubgraph, demoMentors, demoProviders, demoUsers } from '@mentor/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstError, startTestSubgraph, type TestSubgraph } from './testing/harness.js';

const unknownId = '00000000-0000-4000-8000-000000000000';

interface EntitiesResult {
  _entities: ({ __typename: string; id: string; name?: string; kind?: string; cvr?: string; provider?: { id: string } } | null)[];
}

describe('the mentors subgraph behind the gateway', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph('mentors_federation');
  });

  afterAll(async () => {
    await subgraph?.stop();
  });

  it('resolves Mentor references for the roles that see mentor names, and null for an unknown id', async () => {
    const [first, second] = [demoMentors[0]!, demoMentors[6]!];
    const response = await subgraph.query<EntitiesResult>(
      demoUsers['youth-guide']!,
      `#graphql
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on Mentor { id name kind provider { id } }
          }
        }`,
      {
        representations: [
          { __typename: 'Mentor', id: first.id },
          { __typename: 'Mentor', id: unknownId },
          { __typename: 'Mentor', id: second.id },
          { __typename: 'Mentor', id: 'not-a-uuid' },
        ],
      },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities).toEqual([
      { __typename: 'Mentor', id: first.id, name: `${first.firstName} ${first.lastName}`, kind: first.kind, provider: { id: first.providerId } },
      null,
      { __typename: 'Mentor', id: second.id, name: `${second.firstName} ${second.lastName}`, kind: 'VOLUNTEER', provider: { id: demoProviders[2]!.id } },
      null,
    ]);
  });

  it('resolves Provider references, and null for an unknown id', async () => {
    const provider = demoProviders[1]!;
    const response = await subgraph.query<EntitiesResult>(
      demoUsers.mentor!,
      `#graphql
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Provider { id name cvr } }
        }`,
      { representations: [{ __typename: 'Provider', id: provider.id }, { __typename: 'Provider', id: unknownId }] },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities).toEqual([{ id: provider.id, name: provider.name, cvr: provider.cvr }, null]);
  });

  it('refuses a request without the gateway signature', async () => {
    const token = await subgraph.token(demoUsers.caseworker!);
    const response = await callSubgraph(subgraph.url, { query: '#graphql\n{ providers { totalCount } }' }, { token, sign: false });
    expect(response.status).toBe(401);
    expect(firstError(response)?.code).toBe('UNAUTHENTICATED');
    expect(response.body.data).toBeUndefined();
  });

  it('refuses a request signed with another secret', async () => {
    const token = await subgraph.token(demoUsers.caseworker!);
    const response = await callSubgraph(subgraph.url, { query: '#graphql\n{ providers { totalCount } }' }, { token, secret: 'not-the-gateway-secret-0123456789abcdef' });
    expect(response.status).toBe(401);
    expect(firstError(response)?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a signed request without a token', async () => {
    const response = await callSubgraph(subgraph.url, { query: '#graphql\n{ _service { sdl } }' });
    expect(response.status).toBe(401);
    expect(firstError(response)?.code).toBe('UNAUTHENTICATED');
  });

  it('declares the federation keys in the SDL the supergraph is composed from', () => {
    const sdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(sdl).toMatch(/type Mentor\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Provider\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type DueList\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type PageInfo\s+@shareable/);
  });

  it('refuses _service to every caller: the supergraph is composed from files', async () => {
    const response = await subgraph.query<{ _service: { sdl: string } | null }>(demoUsers.caseworker!, '#graphql\n{ _service { sdl } }');
    expect(response.body.data?._service ?? null).toBeNull();
    expect(firstError(response)?.code).toBe('FORBIDDEN');
  });
});
