import type { Command } from './command';
import { deliveriesCommand } from './deliveries/deliveries.command';
import { dlqCommand } from './dlq/dlq.command';
import { diffCommand } from './diff/diff.command';
import { extractCommand } from './extract/extract.command';
import { subscribeCommand } from './subscribe/subscribe.command';
import { historyCommand } from './history/history.command';
import { importCommand } from './import/import.command';
import { sourcesCommand } from './sources/sources.command';
import { reanalyzeCommand } from './reanalyze/reanalyze.command';
import { rebuildCommand } from './rebuild/rebuild.command';
import { statusCommand } from './status/status.command';
import { watchCommand } from './watch/watch.command';

/** Every CLI command; a new command is a folder plus one line here. */
export const COMMANDS: readonly Command[] = [
  extractCommand,
  diffCommand,
  historyCommand,
  subscribeCommand,
  deliveriesCommand,
  importCommand,
  sourcesCommand,
  dlqCommand,
  rebuildCommand,
  reanalyzeCommand,
  watchCommand,
  statusCommand,
];
