export * from './start-app';
export * from './launch';
export * from './health-controller';
