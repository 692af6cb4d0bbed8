// The dev set (../shared/dev) measures how extraction does on texts nobody here has read; a sentence of it copied
// into a rule or a test would make that measure a lie. Every run checks that no run of seven words from a dev text
// appears in the project's sources, tests or docs. Without ../shared (a bare checkout) there is nothing to check.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEV_TEXTS = path.join(ROOT, '..', 'shared', 'dev', 'texts');
const PROJECT_DIRS = ['import', 'server', 'neo4j', 'web/src', 'test', 'docs', 'bench', 'bin', 'cypher'];
const PROJECT_FILES = ['README.md', 'BENCHMARKS.md'];
const RUN = 7;
const SKIP_DIRS = new Set(['node_modules', 'target', 'dist', 'lib']);

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...filesUnder(full));
    } else if (/\.(ts|js|mjs|cypher|md|txt|json)$/.test(entry.name) && statSync(full).size < 2_000_000) out.push(full);
  }
  return out;
}

/** Every run of RUN words with at least one Cyrillic letter (English comments say common things in common words). */
function runsOf(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(' ');
    if (/[а-яё]/.test(run)) out.push(run);
  }
  return out;
}

describe.skipIf(!existsSync(DEV_TEXTS))('dev texts stay out of the project', () => {
  it(`shares no run of ${RUN} words with any dev text`, () => {
    const devRuns = new Map<string, string>();
    for (const file of filesUnder(DEV_TEXTS)) {
      for (const run of runsOf(readFileSync(file, 'utf8'))) devRuns.set(run, path.basename(file));
    }
    const files = [...PROJECT_DIRS.flatMap((d) => filesUnder(path.join(ROOT, d))), ...PROJECT_FILES.map((f) => path.join(ROOT, f))];
    const leaks: string[] = [];
    for (const file of files.filter((f) => existsSync(f))) {
      for (const run of runsOf(readFileSync(file, 'utf8'))) {
        const source = devRuns.get(run);
        if (source) leaks.push(`${path.relative(ROOT, file)}: "${run}" (from ${source})`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
