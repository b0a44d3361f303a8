import {
  CaseworkerDueListDocument,
  CaseworkerOrdersDocument,
  CaseworkerYouthDocument,
  CaseworkerYouthsDocument,
  CancelOrderDocument,
  CompleteOrderDocument,
  ExtendOrderDocument,
  OrderFormOptionsDocument,
  OrderPictureDocument,
  PlaceOrderDocument,
  RecordEffectAssessmentDocument,
  RecordFollowUpDocument,
  RegisterYouthDocument,
  documentId,
  operationName,
  type CancelOrderInput,
  type CaseworkerOrdersQueryVariables,
  type CaseworkerYouthsQueryVariables,
  type CompleteOrderInput,
  type ExtendOrderInput,
  type PlaceOrderInput,
  type RecordEffectAssessmentInput,
  type RecordFollowUpInput,
  type RegisterYouthInput,
  type TrustedDocument,
} from '@mentor/operations';

export * from '@mentor/operations';

/** The error codes the API answers with (DESIGN §7), plus the gateway's own. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_ONLY'
  | (string & {});

export interface GraphQLErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: ErrorCode; field?: string; rule?: string; [key: string]: unknown };
}

/** A request the API refused, in whole or in part. */
export class ApiError extends Error {
  /** The first error's code. */
  readonly code: ErrorCode;
  /** For BAD_USER_INPUT: the input field and the business rule it broke. */
  readonly field?: string;
  readonly rule?: string;

  constructor(
    readonly errors: GraphQLErrorItem[],
    readonly status: number,
    readonly requestId: string,
    /** What the API could answer despite the errors (a refused field is null). */
    readonly partialData?: unknown,
  ) {
    super(errors.map((error) => error.message).join('; ') || `HTTP ${status}`);
    this.name = 'ApiError';
    const first = errors[0]?.extensions;
    this.code = first?.code ?? (status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL_SERVER_ERROR');
    this.field = first?.field;
    this.rule = first?.rule;
  }
}

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. https://mentor.kk.dk/graphql. */
  url: string;
  /** The caseworker's bearer token, or a function returning a fresh one for each request. */
  token: string | (() => string | Promise<string>);
  /** A request id for tracing; a new UUID per request by default. */
  requestId?: () => string;
  fetch?: typeof globalThis.fetch;
}

export interface Result<Data> {
  data: Data;
  requestId: string;
}

/**
 * A client for the gateway that sends trusted documents by id, the only kind accepted in
 * production, with the bearer token and a request id.
 */
export function createClient(options: ClientOptions) {
  const send = options.fetch ?? globalThis.fetch;
  const nextRequestId = options.requestId ?? (() => crypto.randomUUID());

  async function execute<Data, Variables>(document: TrustedDocument<Data, Variables>, variables?: Variables): Promise<Result<Data>> {
    const requestId = nextRequestId();
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    const response = await send(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ documentId: documentId(document), operationName: operationName(document), variables: variables ?? {} }),
    });
    const answeredId = response.headers.get('x-request-id') ?? requestId;
    const body = (await response.json().catch(() => ({}))) as { data?: Data | null; errors?: GraphQLErrorItem[] };
    if (body.errors?.length || !response.ok || body.data == null) {
      throw new ApiError(body.errors ?? [], response.status, answeredId, body.data ?? undefined);
    }
    return { data: body.data, requestId: answeredId };
  }

  return { execute };
}

/** The caseworker's work as typed calls: their unit's youths and orders, and the case flow's steps. */
export function createCaseworkerClient(options: ClientOptions) {
  const { execute } = createClient(options);
  const data = async <Data, Variables>(document: TrustedDocument<Data, Variables>, variables?: Variables) => (await execute(document, variables)).data;
  return {
    execute,
    youths: (variables: CaseworkerYouthsQueryVariables = {}) => data(CaseworkerYouthsDocument, variables).then((result) => result.youths!),
    youth: (id: string) => data(CaseworkerYouthDocument, { id }).then((result) => result.youth),
    orders: (variables: CaseworkerOrdersQueryVariables = {}) => data(CaseworkerOrdersDocument, variables).then((result) => result.orders!),
    order: (id: string) => data(OrderPictureDocument, { id }).then((result) => result.order),
    dueList: () => data(CaseworkerDueListDocument).then((result) => result.dueList),
    orderFormOptions: () => data(OrderFormOptionsDocument),
    registerYouth: (input: RegisterYouthInput) => data(RegisterYouthDocument, { input }).then((result) => result.registerYouth),
    placeOrder: (input: PlaceOrderInput) => data(PlaceOrderDocument, { input }).then((result) => result.placeOrder),
    recordFollowUp: (input: RecordFollowUpInput) => data(RecordFollowUpDocument, { input }).then((result) => result.recordFollowUp),
    recordEffectAssessment: (input: RecordEffectAssessmentInput) =>
      data(RecordEffectAssessmentDocument, { input }).then((result) => result.recordEffectAssessment),
    extendOrder: (input: ExtendOrderInput) => data(ExtendOrderDocument, { input }).then((result) => result.extendOrder),
    completeOrder: (input: CompleteOrderInput) => data(CompleteOrderDocument, { input }).then((result) => result.completeOrder),
    cancelOrder: (input: CancelOrderInput) => data(CancelOrderDocument, { input }).then((result) => result.cancelOrder),
  };
}

export type CaseworkerClient = ReturnType<typeof createCaseworkerClient>;
