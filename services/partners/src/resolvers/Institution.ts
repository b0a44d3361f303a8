import { readPage, toConnection, type PageArgs } from '@mentor/common';
import { enrollmentScope } from '../access.js';
import type { PartnersContext } from '../context.js';
import { Enrollment } from '../entities/Enrollment.js';
import { isOrderable, type Institution as InstitutionRow } from '../entities/Institution.js';
import { YouthLink } from '../entities/YouthLink.js';
import { danishToday } from '../rules/dates.js';

export const Institution = {
  __resolveReference: (reference: { id: string }, { loaders }: PartnersContext) => loaders.institution.load(reference.id),
  name: (institution: InstitutionRow) => institution.organisation.name,
  cvr: (institution: InstitutionRow) => institution.organisation.cvr,
  municipalityCode: (institution: InstitutionRow) => institution.organisation.municipalityCode,
  orderable: (institution: InstitutionRow) => isOrderable(institution),

  async enrollments(institution: InstitutionRow, args: PageArgs, { db, identity }: PartnersContext) {
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
