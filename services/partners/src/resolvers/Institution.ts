import { readPage, toConnection } from '@mentor/common';
import { enrollmentScope } from '../access/index.js';
import { Enrollment } from '../entities/Enrollment.js';
import { isOrderable } from '../entities/Institution.js';
import { YouthLink } from '../entities/YouthLink.js';
import type { InstitutionResolvers } from '../generated/resolvers.js';
import { danishToday } from '../rules/dates.js';

export const Institution: InstitutionResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.institution.load(reference.id),
  name: (institution) => institution.organisation.name,
  cvr: (institution) => institution.organisation.cvr,
  municipalityCode: (institution) => institution.organisation.municipalityCode,
  orderable: (institution) => isOrderable(institution),

  async enrollments(institution, args, { db, identity }) {
    const page = readPage(args);
    const scope = enrollmentScope(identity, danishToday());
    if (!scope) return toConnection([], 0, page);
    const [rows, totalCount] = await db
      .getRepository(Enrollment)
      .createQueryBuilder('e')
      .leftJoin(YouthLink, 'l', 'l.youth_id = e.youth_id')
      .where('e.institution_id = :institutionId', { institutionId: institution.id })
      .andWhere(scope.sql, scope.params)
      .orderBy('e.start_date', 'DESC')
      .addOrderBy('e.id')
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return toConnection(rows, totalCount, page);
  },
};
