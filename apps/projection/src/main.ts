import { bootstrap } from './bootstrap';
import { readProjectionConfig } from './config';

bootstrap(readProjectionConfig(process.env)).catch((error: Error) => {
  console.error(`projection failed to start: ${error.message}`);
  process.exit(1);
});
