import { Command } from './command';
import { deliveriesCommand } from './deliveries/deliveries.command';
import { diffCommand } from './diff/diff.command';
import { extractCommand } from './extract/extract.command';
import { subscribeCommand } from './subscribe/subscribe.command';
import { historyCommand } from './history/history.command';

/** Every CLI command; a new command is a folder plus one line here. */
export const COMMANDS: readonly Command[] = [
  extractCommand,
  diffCommand,
  historyCommand,
  subscribeCommand,
  deliveriesCommand,
];
