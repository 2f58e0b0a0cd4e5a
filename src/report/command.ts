// `facts report <output-dir> --out <dir>`: a static HTML site for looking at
// extracted facts in their text, opened from the file system with no network.
import { Command } from 'commander';
import type { ReportResult } from './build.ts';

interface ReportCommandOptions {
  out: string;
  gold?: string;
  texts?: string;
}

/** The one-line summary printed after a run. */
export function formatSummary(result: ReportResult): string {
  const parts = [`${result.pages.length} article pages`];
  if (result.withoutText.length) parts.push(`${result.withoutText.length} without their text`);
  if (result.skipped.length) parts.push(`${result.skipped.length} documents skipped`);
  return `report: ${parts.join(', ')} → ${result.indexFile}`;
}

export function reportCommand(): Command {
  return new Command('report')
    .description(
      'write a static HTML report of an output folder: an index of articles (counts per entity type and predicate, sortable, searchable) ' +
      'and one page per article with its mentions marked in the text, its facts table (click a fact to see its evidence) and a graph; ' +
      'opens from the file system, no network needed',
    )
    .argument('<output-dir>', 'folder of NAME.facts.json files written by `facts extract` (or one .facts.json file)')
    .requiredOption('-o, --out <dir>', 'folder to write the site into (index.html and articles/NAME.html)')
    .option('--gold <dir>', 'folder of NAME.gold.json files: mark each fact correct or wrong and list the gold facts missed')
    .option('--texts <dir>', 'folder of ID.txt article texts, tried before the path in each document\'s article.source')
    .addHelpText('after', [
      '',
      'The article text is read from --texts <dir>/<id>.txt, else from article.source relative to the',
      'current folder; when neither can be read the page says so and still shows the tables.',
      '',
      'Examples:',
      '  facts extract corpus --out output && facts report output --out report',
      '  facts report /tmp/news --out /tmp/news-report --gold ../shared/eval/news-dev',
      '',
      'Exit code 2 when the output folder is missing or a document cannot be read (the others are still written).',
    ].join('\n'))
    .action(async (input: string, options: ReportCommandOptions) => {
      try {
        // Loaded on use, so that other commands start without the report's modules.
        const { buildReport } = await import('./build.ts');
        const result = await buildReport({ input, outDir: options.out, goldDir: options.gold, textsDir: options.texts });
        for (const s of result.skipped) console.error(`facts report: ${s.file}: ${s.reason}`);
        for (const g of result.badGold) console.error(`facts report: ${g.file}: ${g.reason}`);
        if (result.withoutText.length) {
          console.error(`facts report: no text found for ${result.withoutText.join(', ')}; pass --texts <dir> to show it`);
        }
        console.log(formatSummary(result));
        if (result.skipped.length || result.badGold.length) process.exitCode = 2;
      } catch (error) {
        const { ReportInputError } = await import('./load.ts');
        if (!(error instanceof ReportInputError)) throw error;
        console.error(`facts report: ${error.message}`);
        process.exitCode = 2;
      }
    });
}
