// `facts export <input> --format <fmt>`: the facts of an output folder or of a
// merged graph in the formats other tools read, streamed one article (or one
// slice of the graph) at a time.
import { Command, Option } from 'commander';
import { EXPORT_FORMATS } from './formats.ts';
import { baseIriProblem, DEFAULT_BASE } from './vocabulary.ts';

/** Exit statuses, as `facts extract` has them. */
export const EXIT = { ok: 0, badInput: 2 } as const;

interface ExportFlags {
  format: string;
  out?: string;
  base: string;
}

export function exportCommand(): Command {
  return new Command('export')
    .description(
      'write the facts of an output folder (*.facts.json) or of a merged graph folder (entities.jsonl + facts.jsonl, ' +
      'from `facts merge`) as JSON Lines, CSV, N-Triples, Turtle or JSON-LD, one article at a time',
    )
    .argument('<input>', 'an output folder of *.facts.json, one .facts.json file, or a folder written by `facts merge`')
    .addOption(new Option('--format <format>', 'what to write').choices(EXPORT_FORMATS.map((f) => f.name)).makeOptionMandatory())
    .option('--out <path>', 'the file to write (a folder for csv); without it the export goes to stdout')
    .option('--base <iri>', 'base IRI of entities, articles and statements (ntriples, turtle, jsonld)', DEFAULT_BASE)
    .addHelpText('after', [
      '',
      'Formats:',
      ...EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(9)} ${f.description}`),
      '',
      'Entity IRIs are <base>entity/<id>, where id is derived from the entity\'s type, folded name, year and',
      'country, so the same thing has the same IRI in every article and every run, and in the merged graph',
      'too unless the merge joined it with a variant (an undated namesake, an alias).',
      '',
      'Exit status: 0 when everything was written; 2 when the input is missing or unusable, or when some',
      'file or line could not be read (each named on stderr; the rest is still written).',
      '',
      'Examples:',
      '  facts export output --format jsonl --out facts.jsonl',
      '  facts export output --format csv --out tables/',
      '  facts merge output --out graph && facts export graph --format turtle --out graph.ttl',
      '  facts export graph --format jsonld --base https://data.example.com/kpop/ > graph.jsonld',
    ].join('\n'))
    .action(async (input: string, flags: ExportFlags) => {
      const report = (file: string, reason: string) => process.stderr.write(`facts export: ${file}: ${reason}\n`);
      const baseProblem = baseIriProblem(flags.base);
      if (baseProblem) {
        report(input, baseProblem);
        process.exitCode = EXIT.badInput;
        return;
      }
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        // A reader such as `head` that stops early is not a failure of the export.
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
      let problems = 0;
      // Loaded on use: the RDF and JSON-LD libraries are not needed by the other commands.
      const { runExport } = await import('./run.ts');
      const summary = await runExport(input, flags, {
        stdout: process.stdout,
        report: (problem) => { problems += 1; report(problem.file, problem.reason); },
      });
      if (summary) {
        const triples = summary.triples === undefined ? '' : `, ${summary.triples} triples`;
        const entities = summary.entities === undefined ? '' : `${summary.entities} entities, `;
        const line = `exported ${entities}${summary.facts} facts${triples}`;
        // With --out the summary is the command's output; without it stdout is the export, so it goes aside.
        if (summary.files.length) process.stdout.write(`${line} → ${summary.files.join(', ')}\n`);
        else process.stderr.write(`${line}\n`);
      }
      process.exitCode = summary && problems === 0 ? EXIT.ok : EXIT.badInput;
    });
}
