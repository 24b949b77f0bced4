import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI for the query API: the UI at /docs, the document at /docs-json. */
export function serveApiDocs(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Palimpsest query API')
    .setDescription(
      'Reports, revisions as recorded, diffs between any two revisions, figures as of an instant on either time axis ' +
        '(effective: what the report said; observed: what we knew), figure history, consistency of stated totals, ' +
        'and the changes feed across reports, with CSV and JSON Lines exports.',
    )
    .setVersion('1')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config), { jsonDocumentUrl: 'docs-json' });
}
