import { Command } from './command';
import { diffCommand } from './diff/diff.command';
import { extractCommand } from './extract/extract.command';

/** Every CLI command; a new command is a folder plus one line here. */
export const COMMANDS: readonly Command[] = [extractCommand, diffCommand];
