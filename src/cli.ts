#!/usr/bin/env node
// The `facts` command: each subcommand lives in its own module.
import { Command } from 'commander';
import { extractCommand } from './extract-command.ts';
import { evalCommand } from './eval.ts';
import { diffCommand } from './diff/command.ts';
import { exportCommand } from './export/command.ts';
import { mergeCommand } from './merge/command.ts';
import { reportCommand } from './report/command.ts';
import { PIPELINE_VERSION } from '../pipeline/version.ts';
import packageJson from '../package.json' with { type: 'json' };

const program = new Command('facts')
  .description('Read English entertainment-news articles and write schema-validated facts/v1 JSON.')
  // The pipeline version is what outputs record and what decides whether a rerun redoes an article.
  .version(`facts ${packageJson.version} (pipeline ${PIPELINE_VERSION})`, '-V, --version', 'print the version of facts and of its pipeline')
  .showHelpAfterError()
  .addCommand(extractCommand())
  .addCommand(evalCommand())
  .addCommand(diffCommand())
  .addCommand(exportCommand())
  .addCommand(mergeCommand())
  .addCommand(reportCommand());

await program.parseAsync(process.argv);
