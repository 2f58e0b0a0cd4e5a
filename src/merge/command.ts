// `facts merge <output-dir> --out <dir>`: one graph for the whole corpus, the
// same entity from many articles as one entity with one stable id, and each
// fact with the articles that state it.
import { Command } from 'commander';

/** Exit statuses, as `facts extract` has them. */
export const EXIT = { ok: 0, badInput: 2 } as const;

export function mergeCommand(): Command {
  return new Command('merge')
    .description(
      'merge the entities and facts of an output folder (*.facts.json) into one corpus graph: entities joined across ' +
      'articles by type and folded name (year and country keep same-named works apart, aliases join variants), ' +
      'written as entities.jsonl and facts.jsonl with stable ids and each fact\'s articles and support',
    )
    .argument('<output-dir>', 'a folder of *.facts.json documents written by `facts extract` (or one .facts.json file)')
    .requiredOption('--out <dir>', 'the folder to write entities.jsonl and facts.jsonl into')
    .addHelpText('after', [
      '',
      'The same input always gives byte-identical files: ids come from each entity\'s identity',
      '(type|folded name|year|country), and every list is sorted.',
      '',
      'Exit status: 0 when every document was merged; 2 when the input is missing or has no documents, or',
      'when some document could not be read (each named on stderr; the others are still merged).',
      '',
      'Examples:',
      '  facts merge output --out graph',
      '  facts merge output --out graph && facts export graph --format ntriples --out graph.nt',
    ].join('\n'))
    .action(async (input: string, flags: { out: string }) => {
      let problems = 0;
      const { runMerge } = await import('./run.ts');
      const result = await runMerge(input, flags.out, (problem) => {
        problems += 1;
        process.stderr.write(`facts merge: ${problem.file}: ${problem.reason}\n`);
      });
      if (result) {
        const { stats } = result.graph;
        process.stdout.write(
          `merged ${stats.articles} articles: ${stats.entityOccurrences} entities → ${result.graph.entities.length}, ` +
          `${stats.factOccurrences} facts → ${result.graph.facts.length} ` +
          `(joined ${stats.joins.underspecified} by year/country, ${stats.joins.alias} by alias; ` +
          `${stats.selfLoops} facts dropped whose ends became one) → ${result.files.join(', ')}\n`,
        );
      }
      process.exitCode = result && problems === 0 ? EXIT.ok : EXIT.badInput;
    });
}
