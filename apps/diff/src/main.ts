import { launch } from '@palimpsest/platform';
import { bootstrap } from './bootstrap';
import { readDiffConfig } from './config';

launch('diff', () => bootstrap(readDiffConfig(process.env)));
