import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '@mentor/operations';
import { publicSchema } from '@mentor/operations/schema';

const documentsRoot = fileURLToPath(new URL('../../clients/operations/documents/', import.meta.url));
const manifestFile = fileURLToPath(new URL('../../clients/operations/src/generated/persisted-documents.json', import.meta.url));
const parties = ['caseworker', 'institution', 'youth-guide', 'mentor', 'provider', 'social-worker', 'auditor'];

const files = parties.flatMap((party) =>
  readdirSync(path.join(documentsRoot, party))
    .filter((name) => name.endsWith('.graphql'))
    .map((name) => ({ party, file: path.join(documentsRoot, party, name) })),
);
const committed = files.flatMap(({ party, file }) =>
  parse(readFileSync(file, 'utf8')).definitions.map((definition) => ({ party, file, definition: definition as OperationDefinitionNode })),
);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
const schema = publicSchema();

describe('the operations committed under clients/', () => {
  it('covers every party with named operations', () => {
    for (const party of parties) expect(committed.filter((operation) => operation.party === party).length).toBeGreaterThan(0);
    for (const { definition } of committed) {
      expect(definition.kind).toBe(Kind.OPERATION_DEFINITION);
      expect(definition.name?.value).toMatch(/^[A-Z]\w+$/);
    }
    const names = committed.map(({ definition }) => definition.name!.value);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(committed.map(({ party, definition }) => [`${party}: ${definition.name!.value}`, definition] as const))(
    'validates %s against gateway/supergraph.graphql',
    (_, definition) => {
      const errors = validate(schema, { kind: Kind.DOCUMENT, definitions: [definition] });
      expect(errors.map((error) => error.message)).toEqual([]);
    },
  );
});

describe('the trusted documents manifest', () => {
  it('holds exactly the committed operations, each under the sha256 of its text', () => {
    const inManifest = Object.entries(manifest).map(([id, text]) => {
      expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
      const [operation] = parse(text).definitions as OperationDefinitionNode[];
      return operation!.name!.value;
    });
    expect(inManifest.sort()).toEqual(committed.map(({ definition }) => definition.name!.value).sort());
  });

  it('matches the committed documents field for field (run `npm run documents` after editing one)', () => {
    const byName = new Map(Object.values(manifest).map((text) => [(parse(text).definitions[0] as OperationDefinitionNode).name!.value, text]));
    for (const { definition } of committed) {
      const registered = parse(byName.get(definition.name!.value)!).definitions[0]!;
      expect(fieldPaths(registered as OperationDefinitionNode)).toEqual(fieldPaths(definition));
    }
  });

  it('validates every registered document', () => {
    for (const text of Object.values(manifest)) expect(validate(schema, parse(text))).toEqual([]);
  });

  it('gives each typed document node the id the gateway knows it by', () => {
    for (const { definition } of committed) {
      const name = definition.name!.value;
      const document = (operations as unknown as Record<string, operations.TrustedDocument>)[`${name}Document`];
      expect(document, name).toBeDefined();
      expect(operations.operationName(document!)).toBe(name);
      expect(manifest[operations.documentId(document!)]).toBeDefined();
      const registered = parse(manifest[operations.documentId(document!)]!).definitions[0] as OperationDefinitionNode;
      expect(fieldPaths(registered)).toEqual(fieldPaths(document!.definitions[0] as OperationDefinitionNode));
    }
  });
});

/** Every field path an operation selects, with its arguments, sorted: insensitive to the order codegen normalises to. */
function fieldPaths(operation: OperationDefinitionNode): string[] {
  const paths: string[] = [];
  const walk = (selections: OperationDefinitionNode['selectionSet']['selections'], prefix: string) => {
    for (const selection of selections) {
      if (selection.kind !== Kind.FIELD) continue;
      const args = selection.arguments?.length ? `(${selection.arguments.map((arg) => `${arg.name.value}:${print(arg.value)}`).sort().join(',')})` : '';
      const here = `${prefix}${selection.alias ? `${selection.alias.value}:` : ''}${selection.name.value}${args}`;
      paths.push(here);
      if (selection.selectionSet) walk(selection.selectionSet.selections, `${here}.`);
    }
  };
  walk(operation.selectionSet.selections, '');
  return paths.sort();
}
