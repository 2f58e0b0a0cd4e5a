#!/usr/bin/env node
// `npm run build` (also run by `npm ci` as the prepare script): bundles the CLI
// and the worker into plain JavaScript under dist/, so that `facts` starts
// without compiling TypeScript at run time (tsx alone costs about a third of a
// second per process and per worker thread). bin/facts.js runs the bundle only
// while it is current; after a source edit it falls back to tsx until the next
// build, so the bundle can never run stale code.
//
// Usage: node scripts/build.mjs [--outdir DIR]
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: { outdir: { type: 'string', default: path.join(ROOT, 'dist') }, help: { type: 'boolean', short: 'h', default: false } },
});
if (options.help) {
  console.log('Usage: node scripts/build.mjs [--outdir DIR]\nBundles src/cli.ts and the pipeline worker into DIR (default dist/).');
  process.exit(0);
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // Installs without dev dependencies still work: bin/facts.js runs the sources through tsx.
  console.warn('build: esbuild is not installed; skipping the bundle (the CLI will run the TypeScript sources through tsx)');
  process.exit(0);
}

const outdir = path.resolve(options.outdir);
// Chunk names carry hashes: without this, every build would leave the last one's chunks behind.
rmSync(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  absWorkingDir: ROOT,
  entryPoints: { cli: 'src/cli.ts', worker: 'src/batch/worker.ts' },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Subcommands load their modules on demand; separate chunks keep `facts --help` from loading the pipeline.
  splitting: true,
  // Flat, so that every chunk finds worker.mjs beside it.
  chunkNames: '[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Node 20 has Unicode property escapes (\p{Lu}); left to the target alone, esbuild rewrites each such
  // literal as a new RegExp(...) call, built again on every call of the function it stands in.
  supported: { 'regexp-unicode-property-escapes': true },
  // Packages stay in node_modules: wink's model and piscina find their own files at run time.
  packages: 'external',
  // src/batch/pool.ts starts the bundled worker instead of the tsx shim.
  define: { FACTS_BUNDLE: 'true' },
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
});

// The sources the bundle was made from: bin/facts.js runs it only while none is newer than this file.
const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
writeFileSync(path.join(outdir, 'inputs.json'), JSON.stringify({ inputs }, null, 1) + '\n');
console.log(`build: ${inputs.length} source files bundled into ${path.relative(process.cwd(), outdir) || '.'}`);
