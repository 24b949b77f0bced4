import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from './commands';

describe('COMMANDS', () => {
  it('given every command folder in the CLI, then each one is registered exactly once', () => {
    const folders = readdirSync(__dirname, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .filter((entry) => readdirSync(join(__dirname, entry.name)).some((file) => file.endsWith('.command.ts')))
      .map((entry) => entry.name)
      .sort();
    const registered = COMMANDS.map((command) => command.name).sort();
    expect(registered).toEqual(folders);
  });
});
