// Reading the text layer of a .pdf report (unpdf, loaded only when a .pdf comes); a scan without one is refused.
import { ReportError } from './errors.js';

/** The text of a PDF's pages, one page per line block; a ReportError naming why when there is none. */
export async function readPdf(path: string, bytes: Buffer): Promise<string> {
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (!head.includes('%PDF-')) throw new ReportError(path, 'CORRUPT', 'not a valid PDF file (no %PDF header)');
  const { getDocumentProxy, extractText } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    // pdf.js may take over (detach) the buffer it is given: give it a copy
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = text.map((t) => t.replace(/[ \t]+\n/g, '\n'));
    const joined = pages.join('\n');
    if (joined.trim() === '') {
      throw new ReportError(
        path,
        'NO_TEXT_LAYER',
        `the PDF has no text layer (${pdf.numPages} page(s) of images only: a scan?); run OCR on it first`,
      );
    }
    return joined;
  } catch (e) {
    if (e instanceof ReportError) throw e;
    const name = (e as { name?: string } | undefined)?.name;
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    if (name === 'PasswordException') {
      throw new ReportError(path, 'ENCRYPTED', 'the PDF is password-protected', { cause: e });
    }
    throw new ReportError(path, 'CORRUPT', `not a valid PDF file (${msg})`, { cause: e });
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}
