import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportError } from '../../../import/extract/errors.js';
import { normalise } from '../../../import/extract/normalise.js';
import { MAX_REPORT_BYTES, readReport } from '../../../import/extract/read.js';
import { detectReportMeta } from '../../../import/extract/report-meta.js';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'read');
const seedPath = join(root, 'data', 'reports', 'omsk-2016.txt');

const tmp = mkdtempSync(join(tmpdir(), 'twingraph-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
function write(name: string, content: Buffer | string): string {
  const path = join(tmp, `${n++}-${name}`);
  writeFileSync(path, content);
  return path;
}

async function failure(path: string): Promise<ReportError> {
  try {
    await readReport(path);
  } catch (e) {
    if (e instanceof ReportError) return e;
    throw e;
  }
  throw new Error(`${path} was read without an error`);
}

const SHORT = 'Омск и Гомель подписали соглашение о побратимских связях.';
const CAPITALS = 'ОМСК И ГОМЕЛЬ ПОДПИСАЛИ СОГЛАШЕНИЕ О ПОБРАТИМСКИХ СВЯЗЯХ';
const REPORT =
  'ОМСК\n\nМеждународная деятельность муниципалитета.\n\nВ 2023 году Омск и Минск провели несколько взаимных ' +
  'визитов. Во время одного из них было подписано Соглашение об установлении побратимских связей и ' +
  'сотрудничестве между нашими городами.\n\nВ мае была организована экспозиция минских производителей ' +
  'на выставке "Омская марка", которую посетило более 2000 омичей.\n'; // KOI8-R has no «»

describe('readReport: encodings of text files', () => {
  it.each([
    ['short', SHORT],
    ['in capitals', CAPITALS],
    ['a report', REPORT],
  ])('reads UTF-8, Windows-1251 and KOI8-R (%s text) into the same text', async (_name, text) => {
    for (const encoding of ['utf-8', 'windows-1251', 'koi8-r'] as const) {
      const r = await readReport(write('report.txt', iconv.encode(text, encoding)));
      expect(r.raw).toBe(text);
      expect(r.encoding).toBe(encoding);
      expect(r.format).toBe('txt');
    }
  });

  it.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT)]), 'utf-8'],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(REPORT, 'utf-16le')]), 'utf-16le'],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(REPORT, 'utf-16be')]), 'utf-16be'],
  ])('%s: the BOM is stripped', async (_name, bytes, encoding) => {
    const r = await readReport(write('report.txt', bytes));
    expect(r.raw).toBe(REPORT);
    expect(r.encoding).toBe(encoding);
  });

  it('reads .md and keeps the text as it is (line ends and all)', async () => {
    const text = '## ОМСК\r\n\r\n' + REPORT;
    const r = await readReport(write('report.md', iconv.encode(text, 'windows-1251')));
    expect(r).toMatchObject({ raw: text, format: 'md', encoding: 'windows-1251' });
  });

  it('returns the bytes as on disk and the bare file name', async () => {
    const bytes = iconv.encode(REPORT, 'koi8-r');
    const path = write('omsk.TXT', bytes);
    const r = await readReport(path);
    expect(r.bytes.equals(bytes)).toBe(true);
    expect(r.file).toBe(path.split('/').pop());
  });

  it('reads the seed report', async () => {
    const r = await readReport(seedPath);
    expect(r).toMatchObject({ file: 'omsk-2016.txt', format: 'txt', encoding: 'utf-8' });
    expect(r.raw).toBe(readFileSync(seedPath, 'utf8'));
  });
});

describe('readReport: undecodable text', () => {
  it('refuses UTF-8 with one invalid byte, naming the file and the byte offset, instead of reading it as cp1251', async () => {
    const good = Buffer.from(REPORT.repeat(3), 'utf8');
    const offset = good.indexOf(Buffer.from('Минск', 'utf8')); // the lead byte of a two-byte letter
    const bad = Buffer.concat([good.subarray(0, offset), Buffer.from([0xff]), good.subarray(offset + 1)]);
    const e = await failure(write('omsk-damaged.txt', bad));
    expect(e.code).toBe('ENCODING');
    expect(e.message).toMatch(new RegExp(`^\\d+-omsk-damaged\\.txt: invalid UTF-8 at byte ${offset} \\(0xff\\)`));
  });

  it('refuses bytes that are neither UTF-8 nor a single-byte Russian text', async () => {
    const noise = Buffer.alloc(3000);
    for (let i = 0; i < noise.length; i++) noise[i] = i % 6 === 5 ? 0x20 : 0xc0 + ((i * 7919) % 64); // "letters" and spaces
    const e = await failure(write('noise.txt', noise));
    expect(e.code).toBe('ENCODING');
    expect(e.message).toMatch(/not valid UTF-8 \(first invalid byte 0 \(0x[0-9a-f]{2}\)\) and not Windows-1251 or KOI8-R/);
  });

  it('still reads a Windows-1251 report with no UTF-8 in it', async () => {
    expect((await readReport(write('cp1251.txt', iconv.encode(REPORT, 'windows-1251')))).encoding).toBe('windows-1251');
  });
});

describe('readReport: .docx and .pdf made from a seed report', () => {
  const seedText = normalise(readFileSync(seedPath, 'utf8'));

  it.each([
    ['omsk-2016.docx', 'docx'],
    ['omsk-2016.pdf', 'pdf'],
  ])('%s reads into the same normalised text as the .txt', async (file, format) => {
    const r = await readReport(join(fixtures, file));
    expect(r).toMatchObject({ file, format, encoding: null });
    expect(r.raw).toContain('Международная деятельность муниципалитета.');
    expect(normalise(r.raw)).toBe(seedText);
    expect(detectReportMeta(normalise(r.raw))).toMatchObject({ city: 'Омск', year: 2016 });
  });
});

describe('readReport: errors', () => {
  it.each([
    ['a missing file', () => join(tmp, 'missing.txt'), 'NOT_FOUND', /^missing\.txt: file not found$/, true],
    ['a directory', () => tmp, 'NOT_A_FILE', /is a directory/, false],
    ['an empty file', () => join(fixtures, 'empty.txt'), 'EMPTY', /^empty\.txt: the file is empty$/, false],
    ['white space only', () => write('blank.txt', ' \n\t\r\n '), 'EMPTY', /contains no text/, false],
    ['a binary file', () => join(fixtures, 'binary.txt'), 'BINARY', /^binary\.txt: a binary file, not text/, false],
    [
      'control characters without NULs',
      () => write('ctl.txt', Buffer.from(Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 1 + (i % 8) : 0xe0 + (i % 32))))),
      'BINARY',
      /not text/,
      false,
    ],
    [
      'high bytes only (no words)',
      () => write('noise.txt', Buffer.from(Array.from({ length: 600 }, (_, i) => 0x80 + ((i * 53) % 128)))),
      'BINARY',
      /mostly not text/,
      false,
    ],
    ['an unknown extension', () => join(fixtures, 'report.rtf'), 'UNSUPPORTED_EXTENSION', /^report\.rtf: unsupported file type "\.rtf"; supported: \.txt, \.md, \.docx, \.pdf$/, false],
    ['no extension', () => write('README', REPORT), 'UNSUPPORTED_EXTENSION', /no file extension; supported: \.txt/, false],
    ['an English text', () => join(fixtures, 'english.txt'), 'NO_RUSSIAN', /^english\.txt: no Russian text found/, false],
    ['an image-only PDF', () => join(fixtures, 'scan.pdf'), 'NO_TEXT_LAYER', /^scan\.pdf: the PDF has no text layer/, false],
    ['a corrupt PDF', () => join(fixtures, 'broken.pdf'), 'CORRUPT', /^broken\.pdf: not a valid PDF file/, true],
    ['a PDF that is not one', () => write('fake.pdf', REPORT), 'CORRUPT', /not a valid PDF file \(no %PDF header\)/, false],
    ['a .docx that is not a ZIP', () => join(fixtures, 'not-a-zip.docx'), 'CORRUPT', /^not-a-zip\.docx: not a valid \.docx file \(not a ZIP archive\)$/, false],
    ['a ZIP that is not a .docx', () => join(fixtures, 'broken.docx'), 'CORRUPT', /^broken\.docx: not a valid \.docx file/, true],
    [
      'a file over the size limit',
      () => {
        const path = write('huge.txt', '');
        truncateSync(path, MAX_REPORT_BYTES + 1); // sparse: no 20 MB written
        return path;
      },
      'TOO_LARGE',
      /the file is too large \(20\.0 MB; the limit is 20\.0 MB\)/,
      false,
    ],
  ])('%s', async (_name, makePath, code, message, hasCause) => {
    const e = await failure(makePath());
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ReportError');
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('\n');
    expect(e.message.startsWith(`${e.file}: `)).toBe(true);
    if (hasCause) expect(e.cause).toBeDefined();
  });

  it('accepts a report with a little Russian among other text', async () => {
    const text = 'Annual report of the City of Omsk.\n\nОтчёт о международной деятельности.\n';
    const r = await readReport(write('mixed.txt', text));
    expect(r.raw).toBe(text);
  });
});
