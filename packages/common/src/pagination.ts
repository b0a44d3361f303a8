import { badInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 500;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const CURSOR_PREFIX = 'o:';

function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) throw badInput('after', 'cursor', 'after: not a cursor this API issued');
  return offset;
}

/** Reads `first`/`after`, enforcing the maximum page size. */
export function readPage(args: PageArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput('first', 'pageSize', `first: must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return { limit: first, offset: args.after ? decodeCursor(args.after) + 1 : 0 };
}

export function toConnection<T>(rows: T[], totalCount: number, page: Page): Connection<T> {
  const edges = rows.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + rows.length < totalCount,
      endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
    },
    totalCount,
  };
}
