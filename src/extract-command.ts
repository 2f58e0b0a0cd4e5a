// `facts extract <inputs...> --out <dir>`: run the pipeline over files, folders and globs.
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import pLimit from 'p-limit';
import { expandInputs, readInput, writeJsonAtomic } from './io.ts';
import { extract } from './extract.ts';

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract facts from .txt articles (files, folders or globs) into <out>/<id>.facts.json')
    .argument('<inputs...>', 'files, folders or glob patterns')
    .option('-o, --out <dir>', 'output folder', 'output')
    .option('-j, --jobs <n>', 'articles processed at once', String(Math.max(1, os.availableParallelism())))
    .action(async (inputs: string[], options: { out: string; jobs: string }) => {
      const started = performance.now();
      const { files, missing } = await expandInputs(inputs);
      const failures: string[] = missing.map((m) => `${m}: no such file, folder or matching glob`);
      const limit = pLimit(Math.max(1, Number(options.jobs) || 1));
      let entities = 0;
      let facts = 0;
      let written = 0;
      await Promise.all(files.map((file) => limit(async () => {
        try {
          const input = await readInput(file);
          const doc = extract(input.text, { id: input.id, source: input.source, sha256: input.sha256 });
          await writeJsonAtomic(path.join(options.out, `${input.id}.facts.json`), doc);
          entities += doc.entities.length;
          facts += doc.facts.length;
          written++;
        } catch (error) {
          failures.push(`${file}: ${(error as Error).message}`);
        }
      })));
      for (const f of failures) console.error(`error: ${f}`);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(`extracted ${written}/${files.length} articles → ${options.out}: ${entities} entities, ${facts} facts, ${failures.length} failed (${seconds}s)`);
      if (failures.length) process.exitCode = 2;
    });
}
