// BENCHMARKS.md is two parts: the figures `npm run bench` has just measured, rewritten by each run, and the notes
// under NOTES_HEADING (why a figure moved, runs made by hand, what was tried and left out), which a run keeps.
// Without this a full run threw away every explanation written beside the figures before it.

export const NOTES_HEADING = '## Notes and earlier runs';

const INTRO = `Kept by \`npm run bench\` from one run to the next (the figures above are rewritten). Earlier figures
below were measured on the day they name, often on a shared machine: compare each with the baseline of its own run.`;

/**
 * The notes part of an existing BENCHMARKS.md, to append after a new run's figures: everything from NOTES_HEADING
 * on, or, for a file written before there were notes, the whole file as one earlier run with its headings moved one
 * level down so they sit under NOTES_HEADING.
 */
export function keepNotes(previous: string | null): string {
  if (!previous?.trim()) return `${NOTES_HEADING}\n\n${INTRO}\n`;
  const at = `\n${previous}`.indexOf(`\n${NOTES_HEADING}\n`);
  if (at >= 0) return previous.slice(at);
  const body = previous
    .replace(/^# [^\n]*\n/, '')
    .replace(/^(#{2,5}) /gm, '#$1 ')
    .trim();
  return `${NOTES_HEADING}\n\n${INTRO}\n\n### An earlier run\n\n${body}\n`;
}
