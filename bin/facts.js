#!/usr/bin/env node
// The `facts` command. Runs the bundle in dist/ (npm run build; `npm ci` makes
// it) while no source it was made from has changed since, and otherwise the
// TypeScript sources through tsx: slower to start, never stale.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);

function bundleIsCurrent() {
  try {
    // inputs.json is the build's last write.
    const built = statSync(new URL('dist/inputs.json', root)).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(new URL('dist/inputs.json', root), 'utf8'));
    return inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= built);
  } catch {
    return false; // not built, or a source was removed
  }
}

if (bundleIsCurrent()) {
  await import('../dist/cli.mjs');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
