import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The service template (README, "Layout"): authorization is decided in `src/access/` of each
 * service and nowhere else, and the three services are built the same way.
 */

const root = path.resolve(import.meta.dirname, '../..');
const services = ['orders', 'mentors', 'partners'];
const roles = ['CASEWORKER', 'MENTOR', 'PROVIDER_COORDINATOR', 'INSTITUTION_STAFF', 'YOUTH_GUIDE', 'SOCIAL_WORKER', 'AUDITOR'];

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Runtime code of a service outside its authorization home: not tests, test harnesses, migrations, generated types or the demo seeder. */
function runtimeFilesOutsideAccess(service: string): string[] {
  const src = path.join(root, 'services', service, 'src');
  return filesUnder(src)
    .map((file) => path.relative(src, file))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .filter((file) => !/^(access|testing|migrations|generated)\//.test(file) && file !== 'seed.ts' && file !== 'seed-data.ts');
}

/** A role check: reading the caller's roles, or naming a role, in code. */
export function roleChecksIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const found: string[] = [];
  for (const match of code.matchAll(/\.roles\b/g)) found.push(match[0]);
  for (const role of roles) for (const match of code.matchAll(new RegExp(`['"\`]${role}['"\`]`, 'g'))) found.push(match[0]);
  return found;
}

describe('the service template', () => {
  it('finds a role check when there is one (the check itself can fail)', () => {
    expect(roleChecksIn("if (context.identity.roles.includes('CASEWORKER')) return;")).toEqual(['.roles', "'CASEWORKER'"]);
    expect(roleChecksIn('// a caseworker may: identity.roles\nconst x = 1;')).toEqual([]);
  });

  for (const service of services) {
    it(`${service}: no role check outside src/access/`, () => {
      const offenders = runtimeFilesOutsideAccess(service).flatMap((file) => {
        const checks = roleChecksIn(readFileSync(path.join(root, 'services', service, 'src', file), 'utf8'));
        return checks.length ? [`${file}: ${checks.join(', ')}`] : [];
      });
      expect(offenders).toEqual([]);
    });

    it(`${service}: the template's folders and files`, () => {
      const src = path.join(root, 'services', service, 'src');
      for (const required of ['access/index.ts', 'access/matrix.ts', 'access/permissions.ts', 'commands', 'resolvers/Query.ts', 'resolvers/index.ts', 'rules', 'entities', 'migrations', 'context.ts', 'loaders.ts', 'server.ts', 'index.ts', 'data-source.ts', 'generated/resolvers.ts']) {
        expect(statSync(path.join(src, required), { throwIfNoEntry: false }), `${service}/src/${required}`).toBeDefined();
      }
      expect(readFileSync(path.join(src, 'context.ts'), 'utf8')).toMatch(/export type Context = /);
    });
  }
});
