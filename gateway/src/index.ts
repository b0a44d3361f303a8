import { readFile } from 'node:fs/promises';
import { createLogger, gatewaySigningSecret, readEnvironment, subgraphUrls, verifierFromEnvironment } from '@mentor/common';
import { supergraphPath, withSubgraphUrls } from './compose.js';
import { limitsFromEnvironment } from './limits.js';
import { startGateway } from './server.js';

const env = readEnvironment();
const log = createLogger('gateway', env.LOG_LEVEL);
const supergraph = withSubgraphUrls(await readFile(supergraphPath, 'utf8'), subgraphUrls(env));
const gateway = await startGateway({
  supergraph,
  verifyToken: await verifierFromEnvironment(env),
  signingSecret: gatewaySigningSecret(env),
  log,
  production: env.NODE_ENV === 'production',
  limits: limitsFromEnvironment(env),
  maxBodyBytes: env.GATEWAY_MAX_BODY_BYTES,
  port: env.GATEWAY_PORT,
  host: env.GATEWAY_HOST,
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'draining');
    gateway.stop().then(() => process.exit(0), () => process.exit(1));
  });
}
