import { launch } from '@palimpsest/platform';
import { bootstrap } from './bootstrap';
import { readIngestConfig } from './config';

launch('ingest', () => bootstrap(readIngestConfig(process.env)));
