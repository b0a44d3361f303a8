import pino, { type Logger } from 'pino';

/**
 * Structured logs. Values that could carry personal data are redacted wherever they appear, so a
 * careless log call cannot write a CPR number or a token.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    redact: {
      paths: ['cpr', '*.cpr', 'authorization', '*.authorization', 'token', '*.token', 'variables', '*.variables', 'healthNotes', 'caseNotes'],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
