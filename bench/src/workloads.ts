import { createHash } from 'node:crypto';
import { type ServiceName } from '@mentor/common';
import { demoUsers } from '@mentor/testkit';

/** Where a workload's requests go. */
export type TargetName = 'hive' | 'apollo-gateway' | 'direct' | 'hive-no-shield';
export const targetNames: readonly TargetName[] = ['hive', 'apollo-gateway', 'direct', 'hive-no-shield'];

export type WorkloadName = 'dashboard' | 'orders-only' | 'institution-view' | 'fanout';

export interface Workload {
  name: WorkloadName;
  /** What a person would be doing when a client sends this. */
  description: string;
  /** The demo user who sends it. */
  user: keyof typeof demoUsers;
  operationName: string;
  query: string;
  /** The page size the benchmark asks for. */
  pageSize: number;
  /** Where the paged connection sits in the response data, e.g. `['orders']`. */
  connectionPath: readonly string[];
  variables(first: number): Record<string, unknown>;
  /** Every target measures it; `direct` only where one subgraph answers it alone. */
  targets: readonly TargetName[];
  /**
   * The entity types each subgraph reads (and writes: the audit record) to answer it, and the
   * paginated connections it serves. The statement bound per subgraph is one statement per entity
   * type plus one per connection (its `totalCount`, which the services count for every page).
   */
  statementBudget: Partial<Record<ServiceName, { entityTypes: readonly string[]; connections: number }>>;
}

const gatewayTargets: readonly TargetName[] = ['hive', 'apollo-gateway', 'hive-no-shield'];

/** The caseworker's start page: their newest orders, joined across all three subgraphs. */
const dashboard: Workload = {
  name: 'dashboard',
  description: "A caseworker's order list: youth names, mentor, provider, institution and delivered hours",
  user: 'caseworker',
  operationName: 'CaseworkerDashboard',
  query: /* GraphQL */ `#graphql
    query CaseworkerDashboard($first: Int!) {
      orders(first: $first) {
        totalCount
        edges {
          node {
            id
            reference
            status
            startDate
            endDate
            weeklyHours
            deliveredHours
            youth { id firstName lastName }
            mentor { id name }
            provider { id name }
            institution { id name }
          }
        }
      }
    }
  `,
  pageSize: 50,
  connectionPath: ['orders'],
  variables: (first) => ({ first }),
  targets: gatewayTargets,
  statementBudget: {
    orders: { entityTypes: ['Order', 'Youth', 'MentorSession', 'AuditRecord'], connections: 1 },
    mentors: { entityTypes: ['Mentor', 'Provider'], connections: 0 },
    partners: { entityTypes: ['Institution'], connections: 0 },
  },
};

/** The same orders, with only what the orders subgraph answers itself. */
const ordersOnly: Workload = {
  name: 'orders-only',
  description: 'The dashboard orders with orders-subgraph fields only (the gateway adds one hop)',
  user: 'caseworker',
  operationName: 'CaseworkerOrders',
  query: /* GraphQL */ `#graphql
    query CaseworkerOrders($first: Int!) {
      orders(first: $first) {
        totalCount
        edges {
          node {
            id
            reference
            status
            startDate
            endDate
            weeklyHours
            deliveredHours
            youth { id firstName lastName }
          }
        }
      }
    }
  `,
  pageSize: 50,
  connectionPath: ['orders'],
  variables: (first) => ({ first }),
  targets: ['hive', 'apollo-gateway', 'direct', 'hive-no-shield'],
  statementBudget: {
    orders: { entityTypes: ['Order', 'Youth', 'MentorSession', 'AuditRecord'], connections: 1 },
  },
};

/** The partner view: an institution's students with mentor support, their enrollments and schedules. */
const institutionView: Workload = {
  name: 'institution-view',
  description: "Institution staff: their institution's students with support, enrollments and schedules",
  user: 'institution',
  operationName: 'InstitutionStudents',
  query: /* GraphQL */ `#graphql
    query InstitutionStudents($institutionId: ID!, $first: Int!) {
      institution(id: $institutionId) {
        id
        name
        orders(first: $first) {
          totalCount
          edges {
            node {
              id
              reference
              status
              startDate
              endDate
              youth {
                id
                firstName
                lastName
                enrollments { id programme status startDate }
              }
              schedules {
                id
                kind
                validFrom
                validTo
                entries { id date startTime endTime place activity }
              }
            }
          }
        }
      }
    }
  `,
  pageSize: 50,
  connectionPath: ['institution', 'orders'],
  variables: (first) => ({ institutionId: demoUsers.institution!.org, first }),
  targets: gatewayTargets,
  statementBudget: {
    // YouthLink: the relations partners keeps to decide access to a youth's enrollments.
    partners: { entityTypes: ['Institution', 'YouthLink', 'Enrollment', 'AuditRecord'], connections: 0 },
    orders: { entityTypes: ['Order', 'Youth', 'Schedule', 'ScheduleEntry', 'AuditRecord'], connections: 1 },
  },
};

/** Many orders, each resolved to its mentor and the mentor's provider: the entity fetches fan out. */
const fanout: Workload = {
  name: 'fanout',
  description: 'A large page of orders, each to its mentor and on to the mentor’s provider',
  user: 'caseworker',
  operationName: 'OrdersWithMentors',
  query: /* GraphQL */ `#graphql
    query OrdersWithMentors($first: Int!) {
      orders(first: $first) {
        edges {
          node {
            id
            reference
            mentor {
              id
              name
              provider { id name }
            }
          }
        }
      }
    }
  `,
  pageSize: 500,
  connectionPath: ['orders'],
  variables: (first) => ({ first }),
  targets: gatewayTargets,
  statementBudget: {
    orders: { entityTypes: ['Order'], connections: 1 },
    mentors: { entityTypes: ['Mentor', 'Provider'], connections: 0 },
  },
};

export const workloads: readonly Workload[] = [dashboard, ordersOnly, institutionView, fanout];

export function workloadNamed(name: string): Workload {
  const found = workloads.find((workload) => workload.name === name);
  if (!found) throw new Error(`Unknown workload ${name}; one of: ${workloads.map((workload) => workload.name).join(', ')}`);
  return found;
}

/** The most statements a subgraph may issue for one request of the workload, whatever the page size. */
export function statementBound(workload: Workload, service: ServiceName): number {
  const budget = workload.statementBudget[service];
  return budget ? budget.entityTypes.length + budget.connections : 0;
}

/** The workload's id as a trusted document (`sha256:<hex of the text>`, as the clients' manifest keys them). */
export function documentIdOf(workload: Workload): string {
  return `sha256:${createHash('sha256').update(workload.query).digest('hex')}`;
}

/** The workloads as a trusted-documents manifest: id → document text. */
export function trustedDocuments(): Record<string, string> {
  return Object.fromEntries(workloads.map((workload) => [documentIdOf(workload), workload.query]));
}

/**
 * The request body a client sends for the workload at a page size: the document's text, or, to a
 * gateway that accepts only trusted documents (ours in production), its id.
 */
export function requestBody(workload: Workload, first = workload.pageSize, form: 'text' | 'trusted' = 'text'): string {
  const document = form === 'trusted' ? { documentId: documentIdOf(workload) } : { query: workload.query };
  return JSON.stringify({ ...document, variables: workload.variables(first), operationName: workload.operationName });
}

/** How many items the response's page holds; throws when the data has no such connection. */
export function itemCount(workload: Workload, data: unknown): number {
  let node: unknown = data;
  for (const key of workload.connectionPath) node = (node as Record<string, unknown> | null | undefined)?.[key];
  const edges = (node as { edges?: unknown } | null | undefined)?.edges;
  if (!Array.isArray(edges)) throw new Error(`${workload.name}: no ${workload.connectionPath.join('.')}.edges in the response`);
  return edges.length;
}
