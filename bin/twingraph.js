#!/usr/bin/env node
// The `twingraph` command: runs the prebuilt bundle of the CLI (dist/cli, see build-cli.js), building it first
// when a source changed since (esbuild takes well under a second), so edits are used at once without tsx's
// start-up transpiling. Without esbuild, or when the build fails, it runs the TypeScript sources through tsx.
import { setFlagsFromString } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { buildCli, freshBundle } from './build-cli.js';

// The extractor's rules are a few hundred large Unicode regular expressions, each run over a handful of sentences
// in a one-report command. V8 first runs a regular expression in its bytecode interpreter and compiles it to
// machine code only once it is hot; compiling at once costs less in total here (about 0.3 s of CPU of a cold
// `extract`, measured). Read when a regular expression is compiled, so setting it before any load is enough.
setFlagsFromString('--no-regexp-tier-up');

let bundle = freshBundle();
if (!bundle) {
  try {
    bundle = await buildCli();
  } catch (err) {
    console.error(`twingraph: could not build dist/cli (${err.message.split('\n')[0]}); running the sources through tsx`);
  }
}
if (bundle) {
  await import(pathToFileURL(bundle).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../import/cli.ts');
}
