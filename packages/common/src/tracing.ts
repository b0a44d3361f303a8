import { context as contexts, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

/**
 * OpenTelemetry traces, off unless `OTEL_EXPORTER_OTLP_ENDPOINT` is set: a span per request at the
 * gateway, one per subgraph fetch, one per request in each subgraph and one per SQL statement,
 * joined by W3C trace context (`traceparent`) across the HTTP calls. Spans are made by this code
 * base only (no library is patched), so what they carry is chosen here: operation labels from
 * finite sets (as for the metrics), HTTP status, error codes, the SQL command word and the
 * database's name. Never a query's text, its variables, SQL text or parameters, a token or a
 * header: they can hold personal data.
 */
export interface Tracing {
  readonly enabled: boolean;
  /** A span, child of `parent`; a span that records nothing when tracing is off. */
  start(name: string, parent: Context, kind: SpanKind, attributes?: Record<string, string | number | boolean>): Span;
  /** The context a span belongs to, for its children. */
  within(span: Span, parent: Context): Context;
  /** The trace context in a request's headers (a subgraph's, from the gateway or a peer). */
  extract(headers: Record<string, string | string[] | undefined> | Headers): Context;
  /** Adds `traceparent` for `parent` to outgoing headers. */
  inject(parent: Context, headers: Record<string, string>): void;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

const propagator = new W3CTraceContextPropagator();

const headerGetter = {
  keys: (carrier: Record<string, string | string[] | undefined> | Headers) => (carrier instanceof Headers ? [...carrier.keys()] : Object.keys(carrier)),
  get: (carrier: Record<string, string | string[] | undefined> | Headers, key: string) => (carrier instanceof Headers ? (carrier.get(key) ?? undefined) : carrier[key]),
};
const headerSetter = { set: (carrier: Record<string, string>, key: string, value: string) => void (carrier[key] = value) };

/** Tracing for one service (a process may hold several, as `npm start` does). */
export function createTracing(service: string, endpoint: string | undefined): Tracing {
  if (!endpoint) {
    // No provider: the API's tracer hands out spans that record nothing.
    const tracer = trace.getTracerProvider().getTracer('mentor-network');
    return tracing(tracer, false, async () => undefined);
  }
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'service.namespace': 'mentor-network' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }), { scheduledDelayMillis: 1_000 })],
  });
  return tracing(provider.getTracer('mentor-network'), true, () => provider.shutdown());
}

function tracing(tracer: Tracer, enabled: boolean, shutdown: () => Promise<void>): Tracing {
  return {
    enabled,
    start: (name, parent, kind, attributes) => tracer.startSpan(name, { kind, attributes }, parent),
    within: (span, parent) => trace.setSpan(parent, span),
    extract: (headers) => (enabled ? propagator.extract(ROOT_CONTEXT, headers, headerGetter) : ROOT_CONTEXT),
    inject(parent, headers) {
      if (enabled) propagator.inject(parent, headers, headerSetter);
    },
    shutdown,
  };
}

/** Adds `traceparent` for `parent` to outgoing headers; nothing when `parent` has no recording span (tracing off). */
export function injectTraceContext(parent: Context, headers: Record<string, string>): void {
  propagator.inject(parent, headers, headerSetter);
}

/** Ends a span with the outcome of a request: error codes (none: success). */
export function endWithCodes(span: Span, codes: readonly string[], httpStatus?: number): void {
  if (httpStatus !== undefined) span.setAttribute('http.response.status_code', httpStatus);
  if (codes.length) {
    span.setAttribute('graphql.error.codes', [...new Set(codes)].join(','));
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/** The SQL command of a statement (SELECT, INSERT, WITH, …): its first word, and nothing else of it. */
export function sqlCommand(sql: string): string {
  const word = /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase();
  return word && word.length <= 12 ? word : 'OTHER';
}

export { contexts, ROOT_CONTEXT, SpanKind, type Context, type Span };
