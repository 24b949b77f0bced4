import { bootstrap } from './bootstrap';
import { readDiffConfig } from './config';

bootstrap(readDiffConfig(process.env)).catch((error: Error) => {
  console.error(`diff failed to start: ${error.message}`);
  process.exit(1);
});
