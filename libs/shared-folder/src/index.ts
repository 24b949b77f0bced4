export * from './shared-folder';
export * from './describe-with-shared';
