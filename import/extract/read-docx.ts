// Reading the text of a .docx report (mammoth, loaded only when a .docx comes).
import { ReportError } from './errors.js';

/** The raw text of a .docx; a ReportError when the bytes are no .docx. */
export async function readDocx(path: string, bytes: Buffer): Promise<string> {
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new ReportError(path, 'CORRUPT', 'not a valid .docx file (not a ZIP archive)');
  }
  const mammoth = (await import('mammoth')).default;
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ReportError(path, 'CORRUPT', `not a valid .docx file (${msg})`, { cause: e });
  }
}
