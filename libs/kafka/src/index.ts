export * from './client';
export * from './topics-admin';
export * from './keyed-messages';
export * from './nest-transport';
export * from './error-policy';
export * from './dead-letter';
export * from './event-consumer';
export * from './events-controller';
