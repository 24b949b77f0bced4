export * from './ensure-database';
export * from './data-source';
export * from './inbox-sql';
export * from './inbox';
export * from './notifications';
export * from './group-commit';
export * from './copy-text';
export * from './copy-rows';
