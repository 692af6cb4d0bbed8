#!/usr/bin/env node
// `npm start`'s web build: runs `vite build` only when something the bundle is built from changed since dist/web
// was last built (the build takes most of a minute on a small machine; an unchanged bundle is reused).
// `--force` builds anyway. The stamp is written after a build succeeds, so an interrupted build is redone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'dist/web/.built');
/** What the bundle is built from: the web sources, the build config, the dependencies, the shared API types. */
const INPUTS = ['web', 'vite.config.ts', 'package.json', 'package-lock.json', 'neo4j/contract', 'server/schemas'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

const force = process.argv.includes('--force');
if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...INPUTS.map((p) => newest(join(root, p))))) {
  console.error('build-web: dist/web is up to date');
  process.exit(0);
}
const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
writeFileSync(stamp, `${new Date().toISOString()}\n`);
