import { parseArgs } from 'node:util';
import { loadDevelopmentKey, readEnvironment, roles, signToken, type Role } from '@mentor/common';
import { demoUsers } from '@mentor/testkit';

// `npm run token -- --demo mentor` or `npm run token -- --role MENTOR --sub <id> --org <id>`.
const { values } = parseArgs({
  options: {
    demo: { type: 'string' },
    role: { type: 'string' },
    sub: { type: 'string' },
    org: { type: 'string' },
    name: { type: 'string' },
    list: { type: 'boolean', default: false },
  },
});

if (values.list) {
  for (const [key, user] of Object.entries(demoUsers)) process.stdout.write(`${key.padEnd(16)} ${user.roles.join(',').padEnd(22)} ${user.name}: ${user.relatesTo}\n`);
  process.exit(0);
}

let request;
if (values.demo) {
  const user = demoUsers[values.demo];
  if (!user) throw new Error(`Unknown demo user ${values.demo}; one of: ${Object.keys(demoUsers).join(', ')}`);
  request = user;
} else {
  const role = values.role as Role | undefined;
  if (!role || !roles.includes(role) || !values.sub || !values.org) {
    throw new Error(`Give --demo <${Object.keys(demoUsers).join('|')}>, or --role <${roles.join('|')}> --sub <id> --org <id>`);
  }
  request = { sub: values.sub, org: values.org, roles: [role], name: values.name ?? values.sub };
}
const env = readEnvironment();
const { privateJwk } = await loadDevelopmentKey(env);
process.stdout.write(`${await signToken(privateJwk, request, env)}\n`);
