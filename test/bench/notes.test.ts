import { describe, expect, it } from 'vitest';
import { keepNotes, NOTES_HEADING } from '../../bench/notes.js';

describe('bench notes', () => {
  it('keeps everything from the notes heading on, and drops the old figures above it', () => {
    const old = `# Benchmarks\n\n## Extraction\n\nold figure 1.0 MB/s\n\n${NOTES_HEADING}\n\nwhy it moved\n\n### A run by hand\n\nx\n`;
    const kept = keepNotes(old);
    expect(kept.startsWith(NOTES_HEADING)).toBe(true);
    expect(kept).toContain('why it moved');
    expect(kept).toContain('### A run by hand');
    expect(kept).not.toContain('old figure');
  });

  it('turns a file from before the notes into one earlier run, its headings one level down', () => {
    const kept = keepNotes('# Benchmarks\n\n## Extraction (one core)\n\nwarm 0.5 MB/s\n\n### Detail\n');
    expect(kept).toContain('#### Detail');
    expect(kept).toContain('### Extraction (one core)');
    expect(kept).toContain('warm 0.5 MB/s');
    expect(kept).not.toMatch(/^# Benchmarks/m);
    expect(kept).not.toMatch(/^## Extraction/m);
  });

  it('starts the notes when there is no file yet', () => {
    expect(keepNotes(null).startsWith(NOTES_HEADING)).toBe(true);
    expect(keepNotes(keepNotes(null))).toBe(keepNotes(null));
  });
});
