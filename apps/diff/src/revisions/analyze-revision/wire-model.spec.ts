import { documentSchema, figureSchema } from '@palimpsest/contracts';
import { analyzeDocument, Figure, NormalizedDocument, normalizeText } from '@palimpsest/text';
import { z } from 'zod';

/**
 * The events carry the text model as zod wire schemas (`@palimpsest/contracts`
 * may not import `@palimpsest/text`). This file is where the two meet: it does
 * not compile (`npm run check`) when their types drift apart, and its test
 * parses what the text model really builds.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const documentsAgree: Same<z.infer<typeof documentSchema>, NormalizedDocument> = true;
const figuresAgree: Same<z.infer<typeof figureSchema>, Figure> = true;

describe('the wire schemas and the text model', () => {
  it('given a page the text model reads and analyses, then the wire schemas accept its document and figures', () => {
    const document = normalizeText('Takedown\n\nWe removed about 82 Pages and less than $100 in ads.\n\n- 3 groups');
    const { figures } = analyzeDocument(document);
    expect([documentsAgree, figuresAgree]).toEqual([true, true]);
    expect(documentSchema.parse(document)).toEqual(document);
    expect(figures.length).toBeGreaterThan(1);
    expect(figures.map((figure) => figureSchema.parse(figure))).toEqual(figures);
  });
});
