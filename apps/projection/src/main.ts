import { launch } from '@palimpsest/platform';
import { bootstrap } from './bootstrap';
import { readProjectionConfig } from './config';

launch('projection', () => bootstrap(readProjectionConfig(process.env)));
