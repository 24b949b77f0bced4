export * from './env-reader';
export * from './shared-config';
export * from './logger';
export * from './reachability';
export * from './closeables';
export * from './service-runtime';
