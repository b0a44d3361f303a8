import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/**
 * Structured logs. Values that could carry personal data are redacted wherever they appear, so a
 * careless log call cannot write a CPR number or a token.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    name: service,
    level,
    base: { service },
    redact: {
      paths: ['cpr', '*.cpr', 'authorization', '*.authorization', 'token', '*.token', 'variables', '*.variables', 'healthNotes', 'caseNotes'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
