// Each side of a diff is an output folder (its *.facts.json files, keyed by
// path without the suffix, as `extract` names them) or one .facts.json file.
// Listing reads no documents, so pairing 10,000 articles costs one directory walk.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import { DiffInputError } from './load.ts';

export const FACTS_SUFFIX = '.facts.json';

export interface RunSide {
  /** The path as the user gave it. */
  path: string;
  kind: 'folder' | 'file';
  /** Article key → file path. */
  files: Map<string, string>;
}

/** An article and its file on each side; a missing side means the article was added or removed. */
export interface ArticlePair {
  article: string;
  oldFile?: string;
  newFile?: string;
}

function articleKey(relativePath: string): string {
  const posix = relativePath.split(path.sep).join('/');
  return posix.endsWith(FACTS_SUFFIX) ? posix.slice(0, -FACTS_SUFFIX.length) : posix.replace(/\.json$/, '');
}

export async function listSide(given: string): Promise<RunSide> {
  const info = await stat(given).catch(() => null);
  if (!info) throw new DiffInputError(given, 'no such file or folder');
  if (info.isFile()) return { path: given, kind: 'file', files: new Map([[articleKey(path.basename(given)), given]]) };
  if (!info.isDirectory()) throw new DiffInputError(given, 'neither a file nor a folder');
  const found = await fg(`**/*${FACTS_SUFFIX}`, { cwd: given, onlyFiles: true });
  return { path: given, kind: 'folder', files: new Map(found.map((f) => [articleKey(f), path.join(given, f)])) };
}

/**
 * Articles of both sides in key order. Two single files are always one pair,
 * whatever their names: comparing them is plainly what was asked.
 */
export function pairArticles(before: RunSide, after: RunSide): ArticlePair[] {
  if (before.kind === 'file' && after.kind === 'file') {
    const [[article, newFile]] = after.files;
    const [[, oldFile]] = before.files;
    return [{ article, oldFile, newFile }];
  }
  const keys = new Set([...before.files.keys(), ...after.files.keys()]);
  return [...keys].sort().map((article) => ({ article, oldFile: before.files.get(article), newFile: after.files.get(article) }));
}
