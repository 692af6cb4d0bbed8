#!/usr/bin/env node
// The command line's prebuilt bundle: esbuild bundles import/cli.ts and every source it reaches into
// dist/cli/<build>/cli.js (one chunk per command), so `twingraph` starts without transpiling TypeScript through
// tsx (about a third of its cold start). Rebuilt only when a source the current build was made from is newer
// than it; `--force` builds anyway. Packages stay external (loaded from node_modules as usual).
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'dist/cli');
/** Which build is current and the sources it was made from (esbuild's metafile inputs, relative to the root). */
const CURRENT = join(OUT, 'current.json');

/** The current bundle's entry file when no source it was built from (nor the lock file) changed since; else null. */
export function freshBundle() {
  if (!existsSync(CURRENT)) return null;
  const { dir, inputs } = JSON.parse(readFileSync(CURRENT, 'utf8'));
  const entry = join(OUT, dir, 'cli.js');
  if (!existsSync(entry)) return null;
  const built = statSync(CURRENT).mtimeMs;
  const fresh = [...inputs, 'package-lock.json'].every((p) => existsSync(join(root, p)) && statSync(join(root, p)).mtimeMs <= built);
  return fresh ? entry : null;
}

/**
 * Builds the bundle and returns its entry file. Each build goes to a folder of its own and becomes current by
 * an atomic rename of current.json, so several `twingraph` processes building at once never load half a build
 * or one another's deleted files; builds older than a minute are removed.
 * The sources find their data files from `import.meta.url` (`../../data/…`), which in a bundle would point into
 * dist/, so each module's `import.meta.url` is replaced by its source file's URL.
 */
export async function buildCli() {
  const esbuild = await import('esbuild');
  const dir = `b-${Date.now()}-${process.pid}`;
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'import/cli.ts')],
    outdir: join(OUT, dir),
    bundle: true,
    // Each command's dynamic import stays a chunk of its own, loaded (with its packages) only when it runs.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild otherwise rewrites a regular expression literal holding a Unicode property escape (`\p{L}`) and
    // non-ASCII letters into `new RegExp(…)`, which a function then builds on every call; Node 20 reads them as is.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'source-import-meta-url',
        setup(build) {
          build.onLoad({ filter: /\.ts$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            const url = JSON.stringify(pathToFileURL(args.path).href);
            return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
          });
        },
      },
    ],
  });
  const tmp = `${CURRENT}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ dir, inputs: Object.keys(result.metafile.inputs) }));
  renameSync(tmp, CURRENT);
  for (const old of readdirSync(OUT)) {
    const p = join(OUT, old);
    if (old.startsWith('b-') && old !== dir && Date.now() - statSync(p).mtimeMs > 60_000) rmSync(p, { recursive: true, force: true });
  }
  return join(OUT, dir, 'cli.js');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--force') || !freshBundle()) await buildCli();
  else console.error('build-cli: dist/cli is up to date');
}
