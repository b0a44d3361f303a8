import { demoId, type Identity } from '@mentor/common';
import { describe, expect, test } from 'vitest';
import { isActiveAssignedMentor, isOrderProvider, isOwnUnit, orderScope, sessionScope, youthScope } from './access.js';
import { SqlParams } from './sql.js';

const unit = demoId('org', 'unit');
const person = demoId('user', 'person');
const as = (roles: Identity['roles'], org = unit, sub = person): Identity => ({ sub, roles, org, name: 'Test' });

describe('access', () => {
  test('an auditor, or a social worker asking for orders, is scoped to nothing', () => {
    expect(orderScope(as(['AUDITOR']), 'o', new SqlParams())).toBe('FALSE');
    expect(youthScope(as(['AUDITOR']), 'y', new SqlParams())).toBe('FALSE');
    expect(orderScope(as(['SOCIAL_WORKER']), 'o', new SqlParams())).toBe('FALSE');
    expect(sessionScope(as(['INSTITUTION_STAFF']), 's', 'o', new SqlParams())).toBe('FALSE');
  });

  test('scopes bind the caller’s ids as parameters, never as text', () => {
    const params = new SqlParams(['first']);
    const scope = youthScope(as(['CASEWORKER', 'YOUTH_GUIDE']), 'y', params);
    expect(params.values).toEqual(['first', unit, person]);
    expect(scope).toContain('$2');
    expect(scope).not.toContain(unit);
  });

  test('a claim that is not an id relates to nothing', () => {
    expect(orderScope(as(['CASEWORKER'], "x' OR TRUE --"), 'o', new SqlParams())).toBe('FALSE');
    expect(isOwnUnit(as(['CASEWORKER'], 'not-an-id'), { caseworkerUnitId: 'not-an-id' })).toBe(false);
  });

  test('write predicates need both the role and the relation', () => {
    expect(isOwnUnit(as(['CASEWORKER']), { caseworkerUnitId: unit })).toBe(true);
    expect(isOwnUnit(as(['YOUTH_GUIDE']), { caseworkerUnitId: unit })).toBe(false);
    expect(isOrderProvider(as(['PROVIDER_COORDINATOR']), { providerId: unit })).toBe(true);
    expect(isOrderProvider(as(['CASEWORKER']), { providerId: unit })).toBe(false);
    expect(isActiveAssignedMentor(as(['MENTOR']), { mentorId: person, status: 'ACTIVE' })).toBe(true);
    expect(isActiveAssignedMentor(as(['MENTOR']), { mentorId: person, status: 'COMPLETED' })).toBe(false);
    expect(isActiveAssignedMentor(as(['MENTOR']), { mentorId: demoId('user', 'else'), status: 'ACTIVE' })).toBe(false);
  });
});
