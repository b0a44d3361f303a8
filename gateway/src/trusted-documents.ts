import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@mentor/common';

/** The manifest `npm run documents` writes from the operations committed under clients/. */
export const trustedDocumentsPath = path.join(repoRoot, 'clients', 'operations', 'src', 'generated', 'persisted-documents.json');

/** Document id (`sha256:<hex>`) → document text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/**
 * Reads the manifest. Production refuses to start without one: an empty list there would refuse
 * every request, and a missing one must not quietly fall back to arbitrary documents.
 */
export function readTrustedDocuments(production: boolean, file = trustedDocumentsPath): TrustedDocuments {
  if (!existsSync(file)) {
    if (production) throw new Error(`No trusted documents manifest at ${file}: run \`npm run documents\``);
    return new Map();
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(manifest)) {
    if (typeof text !== 'string') throw new Error(`The trusted document ${id} is not a string`);
    documents.set(id, text);
  }
  return documents;
}

const refused = (code: string, message: string) => ({ message, extensions: { code, http: { status: 400 } } });

/**
 * The gateway's persisted-documents option: a registered document is found by its id (Hive's
 * `documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`); a document sent as text is
 * accepted only outside production.
 */
export function trustedDocumentsOption(documents: TrustedDocuments, production: boolean) {
  return {
    getPersistedOperation: (id: string) => documents.get(id) ?? documents.get(`sha256:${id}`) ?? null,
    allowArbitraryDocuments: !production,
    customErrors: {
      notFound: refused('PERSISTED_QUERY_NOT_FOUND', 'The document is not one of the trusted documents'),
      persistedQueryOnly: refused('PERSISTED_QUERY_ONLY', 'Only trusted documents are accepted: send the documentId'),
      keyNotFound: refused('PERSISTED_QUERY_ID_REQUIRED', 'A documentId is required'),
    },
  };
}
