import { useCallback, useEffect, useState } from 'react';
import { documentId, operationName, type TrustedDocument } from '@mentor/operations';

export interface Violation {
  field: string;
  rule: string;
  message: string;
}

export interface ApiErrorItem {
  message: string;
  extensions?: { code?: string; field?: string; rule?: string; violations?: Violation[] };
}

/** A refused request: the errors with their codes, and the request id to quote to support. */
export class ApiError extends Error {
  constructor(
    readonly errors: ApiErrorItem[],
    readonly requestId: string,
  ) {
    super(errors.map((error) => error.message).join('; '));
  }
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
  /** Every broken rule of the request: each BAD_USER_INPUT error and the violations it lists, once each. */
  get violations(): Violation[] {
    const all = this.errors.flatMap((error) => {
      const extensions = error.extensions;
      if (extensions?.code !== 'BAD_USER_INPUT' || !extensions.field) return [];
      return [{ field: extensions.field, rule: extensions.rule ?? '', message: error.message }, ...(extensions.violations ?? [])];
    });
    return all.filter((violation, index) => all.findIndex((other) => other.field === violation.field && other.rule === violation.rule) === index);
  }
  /** BAD_USER_INPUT messages by input field (the first per field). */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const violation of this.violations) byField[violation.field] ??= violation.message;
    return byField;
  }
}

/** Anything thrown by a request, as an ApiError. */
export function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError([{ message: String(caught) }], '');
}

let currentToken: string | null = sessionStorage.getItem('token');
export const session = {
  get token() {
    return currentToken;
  },
  set(token: string | null) {
    currentToken = token;
    if (token) sessionStorage.setItem('token', token);
    else sessionStorage.removeItem('token');
  },
};

/** Sends a trusted document by its id, never its text: production accepts nothing else. */
export async function execute<Data, Variables>(document: TrustedDocument<Data, Variables>, variables?: Variables): Promise<Data> {
  const requestId = crypto.randomUUID();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token ?? ''}`, 'x-request-id': requestId },
    body: JSON.stringify({ documentId: documentId(document), operationName: operationName(document), variables: variables ?? {} }),
  });
  const body = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as { data?: Data | null; errors?: ApiErrorItem[] };
  if (body.errors?.length || body.data == null) throw new ApiError(body.errors ?? [{ message: `HTTP ${response.status}` }], requestId);
  return body.data;
}

export interface QueryState<Data> {
  data?: Data;
  error?: ApiError;
  loading: boolean;
  reload(): void;
}

export function useQuery<Data, Variables>(document: TrustedDocument<Data, Variables>, variables?: Variables): QueryState<Data> {
  const [state, setState] = useState<{ data?: Data; error?: ApiError; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables ?? {});
  useEffect(() => {
    let current = true;
    setState((previous) => ({ data: previous.data, loading: true }));
    execute(document, variables).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState({ error: error instanceof ApiError ? error : new ApiError([{ message: String(error) }], ''), loading: false }),
    );
    return () => {
      current = false;
    };
    // The variables are compared by value through `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, key, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}

/** The claims the page needs from the token; the gateway verifies it, this only reads it. */
export interface Claims {
  sub: string;
  roles: string[];
  org: string;
  name: string;
}

export function readClaims(token: string): Claims | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Partial<Claims>;
    if (typeof payload.sub !== 'string' || !Array.isArray(payload.roles) || typeof payload.org !== 'string') return null;
    return { sub: payload.sub, roles: payload.roles, org: payload.org, name: payload.name ?? payload.sub };
  } catch {
    return null;
  }
}
