#!/usr/bin/env node
// The `twingraph` command: runs the prebuilt bundle of the CLI (dist/cli, see build-cli.js), building it first
// when a source changed since (esbuild takes well under a second), so edits are used at once without tsx's
// start-up transpiling. Without esbuild, or when the build fails, it runs the TypeScript sources through tsx.
import { pathToFileURL } from 'node:url';
import { buildCli, freshBundle } from './build-cli.js';

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
