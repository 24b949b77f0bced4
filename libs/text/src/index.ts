export * from './model';
export * from './normalize';
export * from './amendments';
export * from './figures';
export * from './diff';
export * from './analysis';
export * from './consistency';
export * from './work-meter';
