import { bootstrap } from './bootstrap';
import { readIngestConfig } from './config';

bootstrap(readIngestConfig(process.env)).catch((error: Error) => {
  console.error(`ingest failed to start: ${error.message}`);
  process.exit(1);
});
