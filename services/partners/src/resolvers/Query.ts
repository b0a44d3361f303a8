import { assertRules, forbidden, isUuid, readPage, toConnection, type PageArgs } from '@mentor/common';
import { feedbackScope, mayReadCollaborationRatings } from '../access.js';
import type { PartnersContext } from '../context.js';
import { CollaborationFeedback } from '../entities/CollaborationFeedback.js';
import { Institution, orderableInstitutionTypes, type InstitutionType } from '../entities/Institution.js';
import { Organisation, type OrganisationKind } from '../entities/Organisation.js';
import { collaborationRatingsRules, summariseRatings, type RatingSummary } from '../rules/ratings.js';

interface InstitutionsArgs extends PageArgs {
  type?: InstitutionType | null;
  orderable?: boolean | null;
}

interface OrganisationsArgs extends PageArgs {
  kind?: OrganisationKind | null;
}

const ORDERABLE = 'i.approved AND i.type IN (:...orderableTypes)';

/** Institutions and organisations are public registry data: every authenticated role may read them. */
export const Query = {
  institution: (_: unknown, { id }: { id: string }, { loaders }: PartnersContext) => loaders.institution.load(id),

  async institutions(_: unknown, args: InstitutionsArgs, { db }: PartnersContext) {
    const page = readPage(args);
    const query = db.getRepository(Institution).createQueryBuilder('i').innerJoinAndSelect('i.organisation', 'o');
    if (args.type) query.andWhere('i.type = :type', { type: args.type });
    if (args.orderable === true) query.andWhere(ORDERABLE, { orderableTypes: orderableInstitutionTypes });
    if (args.orderable === false) query.andWhere(`NOT (${ORDERABLE})`, { orderableTypes: orderableInstitutionTypes });
    const [rows, totalCount] = await query.orderBy('o.name').addOrderBy('i.id').offset(page.offset).limit(page.limit).getManyAndCount();
    return toConnection(rows, totalCount, page);
  },

  organisation: (_: unknown, { id }: { id: string }, { loaders }: PartnersContext) => loaders.organisation.load(id),

  async organisations(_: unknown, args: OrganisationsArgs, { db }: PartnersContext) {
    const page = readPage(args);
    const query = db.getRepository(Organisation).createQueryBuilder('o');
    if (args.kind) query.where('o.kind = :kind', { kind: args.kind });
    const [rows, totalCount] = await query.orderBy('o.name').addOrderBy('o.id').offset(page.offset).limit(page.limit).getManyAndCount();
    return toConnection(rows, totalCount, page);
  },

  async collaborationFeedback(_: unknown, { orderId }: { orderId: string }, { db, identity }: PartnersContext) {
    const scope = feedbackScope(identity);
    if (!scope || !isUuid(orderId)) return [];
    return db
      .getRepository(CollaborationFeedback)
      .createQueryBuilder('f')
      .where('f.order_id = :orderId', { orderId })
      .andWhere(scope.sql, scope.params)
      .orderBy('f.given_on', 'DESC')
      .addOrderBy('f.id')
      .getMany();
  },

  /** One row per organisation and order (a second rating revises the first), so every row is the latest rating. */
  async collaborationRatings(_: unknown, { orderIds }: { orderIds: string[] }, { db, identity }: PartnersContext): Promise<RatingSummary> {
    if (!mayReadCollaborationRatings(identity)) throw forbidden();
    assertRules(collaborationRatingsRules({ orderIds }));
    if (!orderIds.length) return summariseRatings([]);
    const rows: { rating: number }[] = await db.query(`SELECT rating FROM collaboration_feedback WHERE order_id = ANY($1::uuid[])`, [orderIds]);
    return summariseRatings(rows.map((row) => row.rating));
  },
};
