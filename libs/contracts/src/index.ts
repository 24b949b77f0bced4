export * from './envelope';
export * from './events';
export * from './topics';
export * from './consumer-groups';
export * from './ids';
export * from './decode';
export * from './create-event';
export { documentSchema, figureSchema, figureValueSchema, qualifierSchema } from './schemas';
export * from './canonical-url';
