import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationDefinitionNode } from 'graphql';

export * from './generated/graphql.js';
export type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A generated document: the parsed operation plus the hash it is registered under. */
export type TrustedDocument<Result = unknown, Variables = unknown> = TypedDocumentNode<Result, Variables> & {
  __meta__?: { hash?: string };
};

/** The id the gateway knows the document by (`sha256:<hex>` of its normalised text). */
export function documentId(document: TrustedDocument<unknown, any>): string {
  const hash = document.__meta__?.hash;
  if (!hash) throw new Error('The document has no hash: regenerate it with `npm run documents`');
  return hash;
}

/** The name of the document's operation; every committed operation has one. */
export function operationName(document: TypedDocumentNode<unknown, any>): string {
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  const name = operation?.name?.value;
  if (!name) throw new Error('The document has no named operation');
  return name;
}
