// Extraction throughput on one core: the sample reports, read and extracted over and over until at least
// 20 MB of text has passed, in MB of input text per second. Cold (first pass) and warm (caches filled) apart.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractText } from '../import/extract/extract.js';
import { loadMorph } from '../import/extract/lexicon/morph.js';

export interface ExtractBench {
  files: number;
  coldMBps: number;
  warmMBps: number;
  totalMB: number;
  seconds: number;
  heapMB: number;
}

const TARGET_BYTES = 20 * 1024 * 1024;

export async function benchExtract(dir = 'data/reports'): Promise<ExtractBench> {
  const names = (await readdir(dir)).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const texts = await Promise.all(names.map(async (f) => ({ file: f, raw: await readFile(path.join(dir, f), 'utf8') })));
  const bytesOf = (s: string) => Buffer.byteLength(s, 'utf8');
  await loadMorph();

  // Cold: each sample once, with empty caches (after the dictionaries are loaded).
  let start = performance.now();
  let bytes = 0;
  for (const t of texts) {
    await extractText(t.raw, { file: t.file });
    bytes += bytesOf(t.raw);
  }
  const coldMBps = bytes / 1024 / 1024 / ((performance.now() - start) / 1000);

  // Warm: repeat until 20 MB; each pass appends a line so the report id differs, as real reports would.
  start = performance.now();
  bytes = 0;
  let round = 0;
  while (bytes < TARGET_BYTES) {
    round++;
    for (const t of texts) {
      const raw = `${t.raw}\nКопия ${round}.`;
      await extractText(raw, { file: t.file });
      bytes += bytesOf(raw);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    files: names.length,
    coldMBps: round2(coldMBps),
    warmMBps: round2(bytes / 1024 / 1024 / seconds),
    totalMB: round2(bytes / 1024 / 1024),
    seconds: round2(seconds),
    heapMB: Math.round(process.memoryUsage().heapUsed / 1024 / 1024),
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchExtract());
}
