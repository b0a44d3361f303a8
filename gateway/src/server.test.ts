import { describe, expect, it } from 'vitest';
import { clientOperationName } from './server.js';

describe('the operation name passed on as the audit purpose', () => {
  it('is the one the client sends', () => {
    expect(clientOperationName({ operationName: 'Dashboard', query: 'query Other { a }' })).toBe('Dashboard');
  });

  it('is read from the document when the client sends none', () => {
    expect(clientOperationName({ query: 'query StudentList($first: Int) { youths(first: $first) { totalCount } }' })).toBe('StudentList');
    expect(clientOperationName({ query: '# a comment\n  mutation LogSession { logSession { id } }' })).toBe('LogSession');
  });

  it('is absent for an anonymous operation', () => {
    expect(clientOperationName({ query: '{ youths { totalCount } }' })).toBeUndefined();
    expect(clientOperationName(undefined)).toBeUndefined();
  });
});
