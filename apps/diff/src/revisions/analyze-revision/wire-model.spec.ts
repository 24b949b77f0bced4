import type { FigureChangedPayload, RevisionAnalyzedPayload } from '@palimpsest/contracts';
import { documentSchema, figureChangedV1, figureSchema, revisionAnalyzedV2 } from '@palimpsest/contracts';
import type { BlockChange, Figure, FigureChange, NormalizedDocument } from '@palimpsest/text';
import { analyzeDocument, diffRevisions, normalizeText } from '@palimpsest/text';
import type { z } from 'zod/v4';

/**
 * The events carry the text model as zod wire schemas (`@palimpsest/contracts`
 * may not import `@palimpsest/text`). This file is where the two meet: it does
 * not compile (`npm run check`) when their types drift apart, and its test
 * parses what the text model really builds.
 */
// Identical types, not merely assignable both ways: a field added as optional on one side only fails too.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type WireFigureChange = Omit<FigureChangedPayload, 'revision' | 'previousRevision' | 'analyzerVersion' | 'silentEdit'>;
const documentsAgree: Same<z.infer<typeof documentSchema>, NormalizedDocument> = true;
const figuresAgree: Same<z.infer<typeof figureSchema>, Figure> = true;
const blockChangesAgree: Same<RevisionAnalyzedPayload['blocks'][number], BlockChange> = true;
const figureChangesAgree: Same<WireFigureChange, FigureChange> = true;

describe('the wire schemas and the text model', () => {
  it('given a page the text model reads and analyses, then the wire schemas accept its document and figures', () => {
    const document = normalizeText('Takedown\n\nWe removed about 82 Pages and less than $100 in ads.\n\n- 3 groups');
    const { figures } = analyzeDocument(document);
    expect([documentsAgree, figuresAgree]).toEqual([true, true]);
    expect(documentSchema.parse(document)).toEqual(document);
    expect(figures.length).toBeGreaterThan(1);
    expect(figures.map((figure) => figureSchema.parse(figure))).toEqual(figures);
  });

  it('given two revisions the text model diffs, then the wire schemas accept its block and figure changes', () => {
    const before = analyzeDocument(normalizeText('Takedown\n\nWe removed 82 Pages.\n\nAds ran for a week.'));
    const after = analyzeDocument(normalizeText('Takedown\n\nWe removed about 90 Pages.\n\nNo ads ran.'));
    const { blocks, figureChanges } = diffRevisions(before, after);
    expect([blockChangesAgree, figureChangesAgree]).toEqual([true, true]);
    expect(blocks.some((block) => block.hunks)).toBe(true);
    expect(revisionAnalyzedV2.shape.blocks.parse(blocks)).toEqual(blocks);
    expect(figureChanges.length).toBeGreaterThan(0);
    const changeSchema = figureChangedV1.pick({
      key: true,
      label: true,
      section: true,
      change: true,
      from: true,
      to: true,
    });
    expect(figureChanges.map((change) => changeSchema.parse(change))).toEqual(figureChanges);
  });
});
