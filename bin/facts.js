#!/usr/bin/env node
// The `facts` command for `npm link` / `npx facts`: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';
register();
await import('../src/cli.ts');
