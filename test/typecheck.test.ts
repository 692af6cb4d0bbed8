// The whole project type-checks (tsconfig.json: strict, no unused locals or parameters). vitest runs the sources
// through esbuild, which strips types without checking them, so without this a type error would pass the suite.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSC = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));

describe('typecheck', () => {
  it('finds no type error in the project', async () => {
    const run = await promisify(execFile)(process.execPath, [TSC, '--noEmit', '-p', ROOT], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).then(
      () => ({ ok: true, out: '' }),
      (err: { stdout?: string }) => ({ ok: false, out: err.stdout ?? String(err) }),
    );
    expect(run.out).toBe('');
    expect(run.ok).toBe(true);
  }, 180_000);
});
