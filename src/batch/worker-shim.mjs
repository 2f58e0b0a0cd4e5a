// Piscina starts each worker thread from this plain-JavaScript file. Worker
// threads do not inherit a loader registered with tsx's register() (as
// bin/facts.js and vitest set things up), so the worker registers tsx itself
// before importing the TypeScript worker. Registering again where tsx is
// already active (`tsx src/cli.ts`) is harmless.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
export const html = worker.html;
export const json = worker.json;
