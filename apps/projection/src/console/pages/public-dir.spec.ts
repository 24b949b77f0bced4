import { join } from 'node:path';
import { consolePublicDir } from './public-dir';

describe(consolePublicDir.name, () => {
  it('given the source folder, then the public folder beside it', () => {
    expect(consolePublicDir(__dirname)).toBe(join(__dirname, '..', 'public'));
  });

  it('given the compiled folder under dist, then the same folder in the source tree', () => {
    const compiled = join('/repo', 'dist', 'apps', 'projection', 'src', 'console', 'pages');
    expect(consolePublicDir(compiled)).toBe(join('/repo', 'apps', 'projection', 'src', 'console', 'public'));
  });
});
