import { bootstrap } from './bootstrap';
import { readAlertsConfig } from './config';

bootstrap(readAlertsConfig(process.env)).catch((error: Error) => {
  console.error(`alerts failed to start: ${error.message}`);
  process.exit(1);
});
