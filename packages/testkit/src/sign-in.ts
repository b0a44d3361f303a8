import { loadDevelopmentKey, readEnvironment, signToken } from '@mentor/common';
import { demoUsers } from './demo.js';

/** Outside production: the demo users, and tokens for them signed with the development key `npm run token` uses. */
export const developmentSignIn = {
  users: Object.entries(demoUsers).map(([key, user]) => ({ key, name: user.name, roles: user.roles, relatesTo: user.relatesTo })),
  async sign(user: string): Promise<string | null> {
    const demoUser = Object.hasOwn(demoUsers, user) ? demoUsers[user] : undefined;
    if (!demoUser) return null;
    const env = readEnvironment();
    const { privateJwk } = await loadDevelopmentKey(env);
    return signToken(privateJwk, demoUser, env);
  },
};
