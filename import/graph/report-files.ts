// The report files a list of paths names: files as given, folders searched recursively for .txt .md .docx .pdf.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../extract/read.js';

export interface FoundFiles {
  files: string[];
  /** Paths that do not exist or cannot be listed, with why. */
  missing: Array<{ path: string; reason: string }>;
}

export async function findReportFiles(paths: string[]): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], missing: [] };
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) found.files.push(...(await walk(path)));
      else found.files.push(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      found.missing.push({ path, reason: code === 'ENOENT' ? 'no such file or folder' : (err as Error).message });
    }
  }
  found.files = [...new Set(found.files)];
  return found;
}

/** Report files under a folder, sorted, hidden files and folders left out. */
async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(path)));
    else if (e.isFile() && SUPPORTED_EXTENSIONS.includes(extname(e.name).toLowerCase())) files.push(path);
  }
  return files;
}
