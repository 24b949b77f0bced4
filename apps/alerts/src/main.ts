import { launch } from '@palimpsest/platform';
import { bootstrap } from './bootstrap';
import { readAlertsConfig } from './config';

launch('alerts', () => bootstrap(readAlertsConfig(process.env)));
