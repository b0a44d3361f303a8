import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one process (`GET /metrics`): requests, errors and durations per
 * operation, and Node's process metrics. Labels come only from finite sets the server knows (the
 * operation names of the trusted documents at the gateway, the root fields of the schema in a
 * subgraph, the error codes this code base gives): nothing a client writes, so no personal data
 * and no unbounded series.
 */
export interface ProcessMetrics {
  /** One answered request: its operation (already a known label), duration and error codes (none: a success). */
  observe(operation: string, seconds: number, errorCodes: readonly string[]): void;
  render(): Promise<{ contentType: string; body: string }>;
  /** The process's registry, for metrics a service adds (the outbox's backlog). */
  readonly registry: Registry;
}

/** The label for anything outside the known set. */
export const OTHER_OPERATION = 'other';

const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** An error code as a label: this code base's codes are upper-case words; anything else is `OTHER`. */
export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER';
}

export function createProcessMetrics(service: string): ProcessMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests answered, by operation.',
    labelNames: ['operation'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_request_errors_total',
    help: 'GraphQL requests answered with errors, by operation and error code (each code once per request).',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to answering it, by operation.',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    registry,
    observe(operation, seconds, errorCodes) {
      requests.inc({ operation });
      duration.observe({ operation }, seconds);
      for (const code of new Set(errorCodes.map(errorCodeLabel))) errors.inc({ operation, code });
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
