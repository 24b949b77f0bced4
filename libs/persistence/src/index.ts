export * from './ensure-database';
export * from './data-source';
export * from './outbox-sql';
export * from './outbox';
export * from './outbox-relay';
export * from './inbox';
export * from './notifications';
export * from './group-commit';
