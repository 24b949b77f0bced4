import { ConsoleLogger, LogLevel } from '@nestjs/common';

/**
 * One JSON object per line, with the app's name, so `npm start` can prefix
 * and operators can grep structured fields ({ topic, partition, offset, reportId }).
 */
export function createAppLogger(app: string, level: LogLevel = 'log'): ConsoleLogger {
  const levels: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
  return new ConsoleLogger(app, { json: true, logLevels: levels.slice(0, levels.indexOf(level) + 1) });
}
