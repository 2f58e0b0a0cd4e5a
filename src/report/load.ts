// Reading what a report is built from: the facts documents of an output
// folder, each article's text, and its gold file. Problems name the file.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FactsDocument } from '../contract.ts';
import type { GoldFile } from '../eval.ts';
import { readInput } from '../io.ts';
import { validateDocument } from '../validate.ts';
import { judgeArticle } from './gold.ts';
import type { ArticleGold, ArticleText } from './types.ts';

/** A problem with one input file: the report names the file and the reason. */
export class ReportInputError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

export const FACTS_SUFFIX = '.facts.json';
const GOLD_SUFFIX = '.gold.json';

/** The name an output file's page and gold file go by: "a/03_coda.facts.json" → "03_coda". */
export function articleName(file: string): string {
  const base = path.basename(file);
  return base.endsWith(FACTS_SUFFIX) ? base.slice(0, -FACTS_SUFFIX.length) : base.replace(/\.json$/, '');
}

/** The `*.facts.json` files of an output folder (not its subfolders), or one such file given directly. */
export async function listFactsFiles(input: string): Promise<string[]> {
  const info = await stat(input).catch(() => null);
  if (!info) throw new ReportInputError(input, 'no such output folder or file (run `facts extract ... --out <dir>` first)');
  if (info.isFile()) return [input];
  if (!info.isDirectory()) throw new ReportInputError(input, 'not a folder or a file');
  const files = (await readdir(input)).filter((f) => f.endsWith(FACTS_SUFFIX)).sort();
  if (!files.length) throw new ReportInputError(input, `no *${FACTS_SUFFIX} files in this folder`);
  return files.map((f) => path.join(input, f));
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ReportInputError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ReportInputError(file, `not valid JSON (${(error as Error).message})`);
  }
}

/** A facts document, schema-checked so every id a page links to exists. */
export async function loadDocument(file: string): Promise<FactsDocument> {
  const json = await readJson(file);
  const { valid, errors } = validateDocument(json);
  if (!valid) {
    const shown = errors.slice(0, 3).join('; ') + (errors.length > 3 ? `; and ${errors.length - 3} more` : '');
    throw new ReportInputError(file, `not a valid facts/v1 document: ${shown}`);
  }
  return json as FactsDocument;
}

/**
 * The text a document's offsets point into: `<textsDir>/<id>.txt` when a texts
 * folder is given, else `article.source` relative to the working directory.
 * Read as `facts extract` reads it (io.ts), so offsets agree.
 */
export async function readArticleText(doc: FactsDocument, textsDir?: string): Promise<ArticleText> {
  const candidates: string[] = [];
  if (textsDir !== undefined) candidates.push(path.join(textsDir, `${doc.article.id}.txt`));
  if (doc.article.source) candidates.push(path.resolve(doc.article.source));
  if (!candidates.length) return { available: false, reason: 'the document names no source file and no --texts folder was given' };
  const tried: string[] = [];
  for (const file of candidates) {
    try {
      const input = await readInput(file);
      return { available: true, text: input.text, file, changed: input.sha256 !== doc.article.sha256 };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      tried.push(`${file} (${code === 'ENOENT' ? 'no such file' : code ?? (error as Error).message})`);
    }
  }
  return { available: false, reason: `could not read ${tried.join(', nor ')}` };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The gold of one article, judged; a missing gold file is not an error, an unreadable one is reported on the page. */
export async function loadGold(goldDir: string, name: string, doc: FactsDocument): Promise<ArticleGold> {
  const file = path.join(goldDir, name + GOLD_SUFFIX);
  if (!(await stat(file).then((s) => s.isFile(), () => false))) return { state: 'absent', file };
  try {
    const json = await readJson(file);
    if (!isObject(json) || !Array.isArray(json.entities) || !Array.isArray(json.facts)) {
      throw new ReportInputError(file, 'not a gold file (needs "entities" and "facts" arrays)');
    }
    const gold = json as unknown as GoldFile;
    return { state: 'judged', judgement: judgeArticle({ ...gold, article: gold.article ?? name }, doc, file) };
  } catch (error) {
    if (!(error instanceof ReportInputError)) throw error;
    return { state: 'unreadable', file, reason: error.reason };
  }
}

/** Fails early, naming the option, when a folder given on the command line does not exist. */
export async function requireFolder(dir: string, option: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new ReportInputError(dir, `no such folder (given as ${option})`);
  if (!info.isDirectory()) throw new ReportInputError(dir, `not a folder (given as ${option})`);
}
