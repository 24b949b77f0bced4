import { DynamicModule, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { ApiDocsOptions, serveApiDocs } from '../http/api-docs';
import { configureHttpEdges, HttpEdgeOptions } from '../http/http-edges';
import { createAppLogger } from '../logger';
import { exposeMetrics } from '../metrics/expose-metrics';
import { ServiceMetrics } from '../metrics/service-metrics';
import { AppConsumer, ServiceRuntime, startEventConsumer } from '../service-runtime';
import { healthController } from './health-controller';

export interface AppStartOptions {
  port: number;
  http: HttpEdgeOptions;
  /** The app's consumer, its group and the topics the group reads; absent for an app that consumes nothing. */
  consuming?: AppConsumer;
  /** What the app's /health adds, read from its database. */
  health?: () => Promise<Record<string, unknown>>;
  /** The app's own metrics, on the registry every app serves at /metrics. */
  instrument?: (app: INestApplication, metrics: ServiceMetrics) => void;
  /** What `/docs` says the API is: every app with an HTTP API serves it. */
  docs?: ApiDocsOptions;
}

/** Holds the app's module beside the health controller every app serves. */
@Module({})
class ServiceRoot {}

/**
 * How every app starts once its runtime is open: Nest around the app's module (with JSON logs and
 * no body parser of Nest's own), its HTTP edges, /health, /metrics, its docs, its consumer, and
 * then listening. Create the module with EdgeSecurityModule and Closeables (see configureHttpEdges).
 */
export async function startApp(
  runtime: ServiceRuntime,
  module: DynamicModule,
  options: AppStartOptions,
): Promise<INestApplication> {
  const { dataSource } = runtime;
  const consumer = options.consuming?.consumer;
  const health = healthController({ app: runtime.app, dataSource, details: options.health, consumer });
  const app = await NestFactory.create<NestExpressApplication>(
    { module: ServiceRoot, imports: [module], controllers: [health] },
    { logger: createAppLogger(runtime.app), bodyParser: false },
  );
  configureHttpEdges(app, options.http);
  app.enableShutdownHooks();
  const metrics = exposeMetrics(app, runtime, runtime.app, options.consuming);
  options.instrument?.(app, metrics);
  if (options.docs) serveApiDocs(app, options.docs);
  if (options.consuming) await startEventConsumer(app, runtime, options.consuming.group, options.consuming.topics);
  await app.listen(options.port, runtime.config.host);
  return app;
}
