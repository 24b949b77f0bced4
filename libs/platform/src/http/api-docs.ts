import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';

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
