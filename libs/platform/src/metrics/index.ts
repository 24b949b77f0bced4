export * from './service-metrics';
export * from './consumer-lag';
export * from './serve-metrics';
export * from './instrument-consumer';
export * from './expose-metrics';
export * from './consumer-health';
