import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve('bin/twingraph.js');

async function twingraph(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 32 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('twingraph extract', () => {
  it('prints the contract JSON with --json', async () => {
    const { code, stdout } = await twingraph('extract', 'data/reports/omsk-2023.txt', '--json');
    expect(code).toBe(0);
    const x = JSON.parse(stdout);
    expect(x.report).toMatchObject({ file: 'omsk-2023.txt', city: 'Омск', year: 2023 });
    expect(x.report.id).toMatch(/^r-[0-9a-f]{12}$/);
    expect(x.report.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof x.text).toBe('string');
    expect(x.relations[0]).toEqual(
      expect.objectContaining({ kind: expect.any(String), source: expect.any(String), target: expect.any(String), evidence: expect.objectContaining({ quote: expect.any(String) }) }),
    );
  }, 60_000);

  it('prints a readable summary without --json', async () => {
    const { code, stdout } = await twingraph('extract', 'data/reports/omsk-2023.txt');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^omsk-2023\.txt: Омск, 2023/);
    expect(stdout).toMatch(/relations: .*TWIN \d+/);
    expect(stdout).toMatch(/TWIN\s+Гомель — Омск \(2023\)\s+"/);
  }, 60_000);

  it.each([
    ['test/fixtures/read/empty.txt', /empty\.txt: .*empty/i],
    ['test/fixtures/read/binary.txt', /binary\.txt: /],
    ['test/fixtures/read/english.txt', /english\.txt: .*Russian/i],
    ['test/fixtures/read/report.rtf', /report\.rtf: .*\.txt/],
    ['test/fixtures/read/scan.pdf', /scan\.pdf: .*text layer/i],
    ['test/fixtures/read/broken.docx', /broken\.docx: /],
    ['no/such/report.txt', /report\.txt: .*(not found|no such)/i],
  ])('fails clearly on %s', async (file, message) => {
    const { code, stdout, stderr } = await twingraph('extract', file);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  }, 60_000);
});
