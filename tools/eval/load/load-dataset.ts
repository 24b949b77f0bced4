import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DatasetError } from './dataset-error';
import type { Dataset, LabelledDocument, LabelledPair, SourceFile, SourceFormat } from './dataset-types';
import { validateDocumentLabels } from './validate-document-labels';
import { validatePairLabels } from './validate-pair-labels';

export interface DatasetLocation {
  /** `tools/eval/dataset` */
  datasetDir: string;
  /** Where `shared:` sources live: PALIMPSEST_SHARED_DIR, else the `shared` folder beside the repository. */
  sharedDir: string;
  /** A set of documents only (the held-out set) may have no `pairs` directory. */
  pairsOptional?: boolean;
}

const SOURCE_FILE = /^(.+)\.(txt|html)$/;
const LABELS_FILE = /^(.+)\.labels\.json$/;

/** Reads the labelled documents and revision pairs; every format problem found is reported at once. */
export function loadDataset(location: DatasetLocation): Dataset {
  const problems: string[] = [];
  const collect = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch (error) {
      problems.push(...(error instanceof DatasetError ? error.problems : [(error as Error).message]));
      return null;
    }
  };
  const documents = collect(() => loadDocuments(location, collect)) ?? [];
  const pairs = collect(() => loadPairs(location, collect)) ?? [];
  if (problems.length > 0) throw new DatasetError(problems);
  return { documents, pairs };
}

type Collect = <T>(read: () => T) => T | null;

function loadDocuments(location: DatasetLocation, collect: Collect): LabelledDocument[] {
  const docsDir = join(location.datasetDir, 'docs');
  const names = listDirectory(docsDir);
  const sources = new Map<string, string[]>();
  const labelIds: string[] = [];
  for (const name of names) {
    const labels = LABELS_FILE.exec(name);
    const source = SOURCE_FILE.exec(name);
    if (labels) labelIds.push(labels[1]);
    else if (source) sources.set(source[1], [...(sources.get(source[1]) ?? []), name]);
    else throw new Error(`${join(docsDir, name)}: unexpected file (expected <id>.txt, <id>.html or <id>.labels.json)`);
  }
  for (const id of sources.keys()) {
    if (!labelIds.includes(id)) collect(() => fail(`${join(docsDir, id)}: source without ${id}.labels.json`));
  }
  const documents = labelIds.map((id) => collect(() => loadDocument(id, docsDir, sources.get(id) ?? [], location)));
  return documents.filter((document): document is LabelledDocument => document !== null);
}

function loadDocument(
  id: string,
  docsDir: string,
  localSources: string[],
  location: DatasetLocation,
): LabelledDocument {
  const labelsPath = join(docsDir, `${id}.labels.json`);
  const labels = validateDocumentLabels(readJson(labelsPath), relative(location.datasetDir, labelsPath));
  if (labels.source && localSources.length > 0)
    fail(`${labelsPath}: has "source" and a local file ${localSources[0]}; keep one`);
  if (!labels.source && localSources.length !== 1) {
    fail(`${labelsPath}: expected exactly one ${id}.txt or ${id}.html beside it, found ${localSources.length}`);
  }
  const path = labels.source
    ? join(location.sharedDir, labels.source.slice('shared:'.length))
    : join(docsDir, localSources[0]);
  return { id, source: readSource(path), labels };
}

function loadPairs(location: DatasetLocation, collect: Collect): LabelledPair[] {
  const pairsDir = join(location.datasetDir, 'pairs');
  if (location.pairsOptional && !existsSync(pairsDir)) return [];
  const pairs = listDirectory(pairsDir).map((id) => collect(() => loadPair(id, join(pairsDir, id), location)));
  return pairs.filter((pair): pair is LabelledPair => pair !== null);
}

function loadPair(id: string, dir: string, location: DatasetLocation): LabelledPair {
  if (!statSync(dir).isDirectory()) fail(`${dir}: expected a directory with old.*, new.* and changes.json`);
  const names = listDirectory(dir);
  const side = (stem: string) => {
    const found = names.filter((name) => name === `${stem}.txt` || name === `${stem}.html`);
    if (found.length !== 1) fail(`${dir}: expected exactly one ${stem}.txt or ${stem}.html, found ${found.length}`);
    return readSource(join(dir, found[0]));
  };
  const changesPath = join(dir, 'changes.json');
  const labels = validatePairLabels(readJson(changesPath), relative(location.datasetDir, changesPath));
  return { id, before: side('old'), after: side('new'), labels };
}

function readSource(path: string): SourceFile {
  if (!existsSync(path)) fail(`${path}: no such file`);
  const content = readFileSync(path, 'utf8');
  if (content.trim() === '') fail(`${path}: is empty`);
  const format: SourceFormat = path.endsWith('.html') ? 'html' : 'text';
  return { path, format, content };
}

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

function listDirectory(dir: string): string[] {
  if (!existsSync(dir)) fail(`${dir}: missing directory`);
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

function fail(message: string): never {
  throw new Error(message);
}
