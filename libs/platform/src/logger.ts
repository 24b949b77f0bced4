import type { LogLevel } from '@nestjs/common';
import { Logger, PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import pino from 'pino';

const PINO_LEVELS: Record<LogLevel, pino.Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/** nestjs-pino keeps one root logger per process; this keeps each app's own, since tests run several apps in one. */
class AppPinoLogger extends PinoLogger {
  constructor(private readonly own: pino.Logger) {
    super({ pinoHttp: { logger: own } });
  }

  override get logger(): pino.Logger {
    return this.own;
  }
}

/**
 * One JSON object per line through pino, to which nestjs-pino hands Nest's logger calls: `level`
 * as a word, `time`, `app`, `context` (the class that logs) and the logged object's fields at the
 * top level, so operators can grep or jq structured fields ({ topic, partition, offset, reportId }).
 */
export function createAppLogger(app: string, level: LogLevel = 'log', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: PINO_LEVELS[level],
    base: { app, pid: process.pid },
    formatters: { level: (label) => ({ level: label }) },
  };
  return new Logger(new AppPinoLogger(destination ? pino(options, destination) : pino(options)), {});
}
