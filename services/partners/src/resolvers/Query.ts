import { assertRules, forbidden, isUuid, readPage, toConnection } from '@mentor/common';
import { feedbackScope, mayReadCollaborationRatings } from '../access/index.js';
import { CollaborationFeedback } from '../entities/CollaborationFeedback.js';
import { Institution, orderableInstitutionTypes } from '../entities/Institution.js';
import { Organisation } from '../entities/Organisation.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { collaborationRatingsRules, summariseRatings } from '../rules/ratings.js';

const ORDERABLE = 'i.approved AND i.type IN (:...orderableTypes)';

/** Institutions and organisations are public registry data: every authenticated role may read them. */
export const Query: QueryResolvers = {
  institution: (_, { id }, { loaders }) => loaders.institution.load(id),

  async institutions(_, args, { db }) {
    const page = readPage(args);
    const query = db.getRepository(Institution).createQueryBuilder('i').innerJoinAndSelect('i.organisation', 'o');
    if (args.type) query.andWhere('i.type = :type', { type: args.type });
    if (args.orderable === true) query.andWhere(ORDERABLE, { orderableTypes: orderableInstitutionTypes });
    if (args.orderable === false) query.andWhere(`NOT (${ORDERABLE})`, { orderableTypes: orderableInstitutionTypes });
    const [rows, totalCount] = await query.orderBy('o.name').addOrderBy('i.id').offset(page.offset).limit(page.limit).getManyAndCount();
    return toConnection(rows, totalCount, page);
  },

  organisation: (_, { id }, { loaders }) => loaders.organisation.load(id),

  async organisations(_, args, { db }) {
    const page = readPage(args);
    const query = db.getRepository(Organisation).createQueryBuilder('o');
    if (args.kind) query.where('o.kind = :kind', { kind: args.kind });
    const [rows, totalCount] = await query.orderBy('o.name').addOrderBy('o.id').offset(page.offset).limit(page.limit).getManyAndCount();
    return toConnection(rows, totalCount, page);
  },

  async collaborationFeedback(_, { orderId }, { db, identity }) {
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
  async collaborationRatings(_, { orderIds }, { db, identity }) {
    if (!mayReadCollaborationRatings(identity)) throw forbidden();
    assertRules(collaborationRatingsRules({ orderIds }));
    if (!orderIds.length) return summariseRatings([]);
    const rows: { rating: number }[] = await db.query(`SELECT rating FROM collaboration_feedback WHERE order_id = ANY($1::uuid[])`, [orderIds]);
    return summariseRatings(rows.map((row) => row.rating));
  },
};
