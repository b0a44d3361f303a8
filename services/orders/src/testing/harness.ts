import { createLogger, openDatabase, type Identity, type Logger, type RunningSubgraph, type ServiceDirectory } from '@mentor/common';
import { callSubgraph, demoInstitutions, demoOrganisations, demoMentors, demoProviders, createTestDatabase, createTestIdentityProvider, TEST_SIGNING_SECRET, type GraphQLResponse } from '@mentor/testkit';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { dataSourceSpec } from '../data-source.js';
import { startPeerStub, type PeerHandlers, type PeerStub } from './peer-stub.js';
import { seed } from '../seed.js';
import { createServer } from '../server.js';

/**
 * What the stand-in partners subgraph answers by default: the youth link is taken, institutions
 * are the demo's, and nobody has rated any cooperation.
 */
export const partnersDefaults: PeerHandlers = {
  recordYouthLink: () => true,
  institution: ({ id }) => {
    const institution = demoInstitutions.find((candidate) => candidate.id === id);
    return institution
      ? { orderable: institution.approved && institution.type !== 'OTHER', type: institution.type, approved: institution.approved, municipalityCode: institution.municipalityCode }
      : null;
  },
  collaborationRatings: () => ({ count: 0, average: null }),
  organisation: ({ id }) => {
    const organisation = demoOrganisations.find((candidate) => candidate.id === id);
    return organisation ? { municipalityCode: organisation.municipalityCode } : null;
  },
};

/**
 * What the stand-in mentors subgraph answers by default: the demo providers' catalogues, every
 * mentor eligible with room for 40 hours a week, and the demo mentors of a provider ranked in order.
 */
export const mentorsDefaults: PeerHandlers = {
  providerCatalogue: ({ providerId }) => {
    const provider = demoProviders.find((candidate) => candidate.id === providerId);
    return provider ? { activities: provider.activities, municipalityCodes: provider.municipalityCodes } : null;
  },
  mentorEligibility: () => ({ eligible: true, reasons: [] }),
  mentorCapacity: () => 40,
  rankMentors: ({ input }) => {
    const { providerId } = input as { providerId: string };
    return demoMentors
      .filter((mentor) => mentor.providerId === providerId)
      .map((mentor, index) => ({ mentorId: mentor.id, eligible: true, score: 90 - index, reasons: ['certified for the target group'], reasonDetails: [{ code: 'certifiedNoTargetGroup', mentorKind: mentor.kind, validUntil: '2099-12-31' }] }));
  },
};

const isAuditInsert = (statement: string) => statement.trimStart().startsWith('INSERT INTO audit_entry');

/** Counts the statements the service sends, to check that lists are batched. */
export class StatementCounter implements TypeOrmLogger {
  count = 0;
  /** The statements' text, in order; `count` is its length. */
  statements: string[] = [];
  logQuery(query: string): void {
    this.count++;
    this.statements.push(query);
  }
  /** The statements since `from`, without the audit trail's INSERT. */
  dataStatementsSince(from: number): string[] {
    return this.statements.slice(from).filter((statement) => !isAuditInsert(statement));
  }
  /** The audit trail writes what a request read in one INSERT when the request is done: one per request that reads personal data. */
  auditInsertsSince(from: number): number {
    return this.statements.slice(from).filter(isAuditInsert).length;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface OrdersHarness {
  db: DataSource;
  server: RunningSubgraph;
  statements: StatementCounter;
  /** The partners subgraph: told about youths' providers and mentors, asked about institutions and ratings. A recording stub. */
  partners: PeerStub;
  /** The mentors subgraph, asked about catalogues and mentors: a recording stub. */
  mentors: PeerStub;
  /** Where the server finds its peers; change `partners` to point it at another one. */
  peers: ServiceDirectory;
  /** Sends a request as the gateway would, with a token for `identity`. */
  call<T = Record<string, unknown>>(identity: Identity, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  token(identity: Identity): Promise<string>;
  stop(): Promise<void>;
}

/** A migrated database of its own, seeded with `youths` demo youths, and the subgraph on a free port. */
export async function startHarness(label: string, options: { youths: number; log?: Logger }): Promise<OrdersHarness> {
  const database = await createTestDatabase(label);
  const statements = new StatementCounter();
  const db = await openDatabase({ ...dataSourceSpec(database.url), logger: statements });
  await seed(db, options);
  const identities = await createTestIdentityProvider();
  const partners = await startPeerStub(partnersDefaults, { replication: { from: 'orders', fields: ['recordYouthLink'] } });
  const mentors = await startPeerStub(mentorsDefaults);
  const peers: ServiceDirectory = { partners: partners.url, mentors: mentors.url };
  const server = await createServer({ db, verifyToken: identities.verifyToken, signingSecret: TEST_SIGNING_SECRET, log: options.log ?? createLogger('orders', 'silent'), peers });
  const token = (identity: Identity) => identities.token(identity);
  return {
    db,
    server,
    statements,
    partners,
    mentors,
    peers,
    token,
    call: async (identity, query, variables, headers) => callSubgraph(server.url, { query, variables }, { token: await token(identity), headers }),
    async stop() {
      await server.stop();
      await partners.stop();
      await mentors.stop();
      await db.destroy();
      await database.drop();
    },
  };
}
