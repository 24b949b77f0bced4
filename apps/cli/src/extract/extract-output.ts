import type { Analysis } from '@palimpsest/text';

/** The `extract` JSON contract: exactly these fields, in this order. */
export function extractOutput({ doc, figures, amendments }: Analysis) {
  return {
    title: doc.title,
    figures: figures.map(({ key, label, value, qualifier, unit, text, section, start, end }) => ({
      key,
      label,
      value,
      qualifier,
      unit,
      text,
      section,
      start,
      end,
    })),
    amendments: amendments.map(({ raw, effectiveAt, precision, timezone, reason }) => ({
      raw,
      effectiveAt,
      precision,
      timezone,
      reason,
    })),
  };
}
