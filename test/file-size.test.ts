// Small files with one job (house style: under about 300 lines). This guard fails on any source file above
// MAX_LINES and names it, so a file that outgrows it is split by job before it lands.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['server', 'import', 'neo4j', 'web/src', 'bench', 'bin'];
/** The ceiling: nothing above it may land (README, "Project layout"). */
const MAX_LINES = 300;

function sourceFiles(dir: string): string[] {
  return readdirSync(`${ROOT}${dir}`, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => `${e.parentPath}/${e.name}`.slice(ROOT.length))
    .filter((f) => !/(^|\/)(node_modules|target|fixtures)\//.test(f));
}

const lines = (file: string) => readFileSync(`${ROOT}${file}`, 'utf8').replace(/\n$/, '').split('\n').length;

describe('file size', () => {
  const files = SOURCE_DIRS.flatMap(sourceFiles);

  it('finds the source files it checks', () => {
    expect(files).toContain('server/app.ts');
    expect(files.length).toBeGreaterThan(200);
  });

  it(`no source file is longer than ${MAX_LINES} lines`, () => {
    const offenders = files.map((f) => `${f}: ${lines(f)} lines`).filter((s) => Number(s.split(': ')[1]!.split(' ')[0]) > MAX_LINES);
    expect(offenders).toEqual([]);
  });
});
