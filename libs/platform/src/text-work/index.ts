export * from './text-tasks';
export * from './text-worker-pool';
