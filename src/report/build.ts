// Builds the whole site: reads every document of an output folder, its text
// and gold, and writes index.html and articles/<name>.html. An unreadable
// document is left out and named; the others are still written.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articlePage } from './article-page.ts';
import { pageHref } from './html.ts';
import { indexPage, type SkippedInput } from './index-page.ts';
import { articleName, listFactsFiles, loadDocument, loadGold, readArticleText, ReportInputError, requireFolder } from './load.ts';
import type { ArticleView } from './types.ts';

export interface ReportOptions {
  /** A folder of `*.facts.json` files, or one such file. */
  input: string;
  /** Where the site goes; created if missing. */
  outDir: string;
  /** Folder of `<name>.gold.json` files: facts are then marked correct or wrong. */
  goldDir?: string;
  /** Folder of `<article id>.txt` files, tried before each document's `article.source`. */
  textsDir?: string;
}

export interface ReportResult {
  indexFile: string;
  pages: string[];
  /** Documents that could not be read or are not valid facts/v1. */
  skipped: SkippedInput[];
  /** Articles whose page says their text is unavailable. */
  withoutText: string[];
  /** Gold files that exist but could not be used. */
  badGold: SkippedInput[];
}

async function loadView(file: string, options: ReportOptions): Promise<ArticleView> {
  const doc = await loadDocument(file);
  const name = articleName(file);
  const text = await readArticleText(doc, options.textsDir);
  const gold = options.goldDir === undefined ? undefined : await loadGold(options.goldDir, name, doc);
  return { name, file, doc, text, gold };
}

export async function buildReport(options: ReportOptions): Promise<ReportResult> {
  if (options.goldDir !== undefined) await requireFolder(options.goldDir, '--gold');
  if (options.textsDir !== undefined) await requireFolder(options.textsDir, '--texts');
  const files = await listFactsFiles(options.input);
  const views: ArticleView[] = [];
  const skipped: SkippedInput[] = [];
  for (const file of files) {
    try {
      views.push(await loadView(file, options));
    } catch (error) {
      if (!(error instanceof ReportInputError)) throw error;
      skipped.push({ file: error.file, reason: error.reason });
    }
  }
  const articlesDir = path.join(options.outDir, 'articles');
  await mkdir(articlesDir, { recursive: true });
  const pages: string[] = [];
  for (const view of views) {
    // The file on disk is named as it is linked, minus the URL encoding the link adds.
    const page = path.join(articlesDir, decodeURIComponent(pageHref(view.name)));
    await writeFile(page, articlePage(view));
    pages.push(page);
  }
  const indexFile = path.join(options.outDir, 'index.html');
  await writeFile(indexFile, indexPage(views, skipped, options.goldDir !== undefined, `Facts report: ${options.input}`));
  return {
    indexFile, pages, skipped,
    withoutText: views.filter((v) => !v.text.available).map((v) => v.name),
    badGold: views.flatMap((v) => (v.gold?.state === 'unreadable' ? [{ file: v.gold.file, reason: v.gold.reason }] : [])),
  };
}
