import { DatasetError } from './dataset-error';
import type { DocumentLabels } from './dataset-types';
import { DOCUMENT_KINDS } from './dataset-types';
import type { JsonObject } from './json-checks';
import { checkArray, checkFields, checkOneOf, checkString, describe, Problems } from './json-checks';
import { checkNumber, checkUnit, QUALIFIERS } from './validate-values';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks one `<id>.labels.json` against the dataset format; throws a DatasetError naming every problem. */
export function validateDocumentLabels(json: unknown, where: string): DocumentLabels {
  const problems = new Problems();
  const fields = {
    required: ['kind', 'title', 'figures', 'amendments'],
    optional: ['source'],
  };
  if (checkFields(json, where, problems, fields)) {
    checkOneOf(json.kind, `${where}.kind`, problems, DOCUMENT_KINDS);
    checkString(json.title, `${where}.title`, problems, { nullable: true });
    if ('source' in json && !(typeof json.source === 'string' && json.source.startsWith('shared:'))) {
      problems.add(
        `${where}.source`,
        `expected "shared:<path under the shared directory>", got ${describe(json.source)}`,
      );
    }
    if (checkArray(json.figures, `${where}.figures`, problems)) {
      json.figures.forEach((figure, index) => checkFigure(figure, `${where}.figures[${index}]`, problems));
    }
    if (checkArray(json.amendments, `${where}.amendments`, problems)) {
      json.amendments.forEach((note, index) => checkNote(note, `${where}.amendments[${index}]`, problems));
    }
  }
  if (problems.list.length > 0) throw new DatasetError(problems.list);
  return withDefaults(json as JsonObject);
}

function checkFigure(figure: unknown, path: string, problems: Problems): void {
  const fields = {
    required: ['text', 'value', 'qualifier', 'unit'],
    optional: ['occurrence'],
  };
  if (!checkFields(figure, path, problems, fields)) return;
  checkString(figure.text, `${path}.text`, problems);
  if ('occurrence' in figure && !(Number.isInteger(figure.occurrence) && (figure.occurrence as number) >= 0)) {
    problems.add(`${path}.occurrence`, `expected a whole number from 0, got ${describe(figure.occurrence)}`);
  }
  checkNumber(figure.value, `${path}.value`, problems);
  checkOneOf(figure.qualifier, `${path}.qualifier`, problems, QUALIFIERS);
  checkUnit(figure.unit, `${path}.unit`, problems);
}

function checkNote(note: unknown, path: string, problems: Problems): void {
  if (
    !checkFields(note, path, problems, {
      required: ['raw', 'effectiveAt', 'precision', 'timezone'],
    })
  )
    return;
  checkString(note.raw, `${path}.raw`, problems);
  checkOneOf(note.precision, `${path}.precision`, problems, ['minute', 'day', null]);
  checkString(note.timezone, `${path}.timezone`, problems, { nullable: true });
  const expected = note.precision === 'minute' ? INSTANT : note.precision === 'day' ? DATE : null;
  const effectiveAt = note.effectiveAt;
  if (expected ? !(typeof effectiveAt === 'string' && expected.test(effectiveAt)) : effectiveAt !== null) {
    const shape =
      expected === INSTANT ? 'a UTC instant "YYYY-MM-DDTHH:MMZ"' : expected ? 'a date "YYYY-MM-DD"' : 'null';
    problems.add(
      `${path}.effectiveAt`,
      `with precision ${describe(note.precision)} expected ${shape}, got ${describe(effectiveAt)}`,
    );
  }
}

function withDefaults(json: JsonObject): DocumentLabels {
  const labels = json as unknown as DocumentLabels;
  return {
    ...labels,
    figures: labels.figures.map((figure) => ({
      ...figure,
      occurrence: figure.occurrence ?? 0,
    })),
  };
}
