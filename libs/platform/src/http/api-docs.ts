import { applyDecorators, type INestApplication } from '@nestjs/common';
import { ApiQuery, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { z } from 'zod/v4';

export interface ApiDocsOptions {
  title: string;
  description?: string;
}

/**
 * OpenAPI for an app's HTTP API: the UI at /docs (its Authorize button takes the
 * bearer token that writes need), the document at /docs-json. Request and response
 * schemas come from the zod schemas the routes validate with (`createZodDto`).
 */
export function serveApiDocs(app: INestApplication, { title, description = '' }: ApiDocsOptions): void {
  const config = new DocumentBuilder()
    .setTitle(title)
    .setDescription(description)
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API_TOKEN: needed by every write' })
    .build();
  const document = () => cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

/**
 * Documents an object schema's fields as query parameters, for a route that reads
 * them itself (the pipe validates only whole DTOs); none is marked required.
 */
export function ApiQueryFields(schema: z.ZodObject): MethodDecorator {
  const { properties = {} } = z.toJSONSchema(schema, { io: 'input' }) as {
    properties?: Record<string, SchemaObject>;
  };
  return applyDecorators(
    ...Object.entries(properties).map(([name, property]) =>
      ApiQuery({ name, required: false, schema: property, description: property.description }),
    ),
  );
}
