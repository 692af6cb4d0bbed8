// Which stored reports an incoming report is a new version of, and whether it may replace them: decided by what
// the texts say (city, year, title from the report meta), never by the file name alone; a version that states far
// fewer facts than the one it replaces (a damaged copy, a wrong decoding) is refused unless replacing is asked for.
import { VersionRefusedError } from '../../neo4j/model/errors.js';

/** A report as the graph holds it, with the number of facts its statements state (LOCATED_IN left out). */
export interface StoredReport {
  id: string;
  file: string;
  city: string | null;
  year: number | null;
  title: string | null;
  facts: number;
}

export interface IncomingReport {
  id: string;
  file: string;
  city: string | null;
  year: number | null;
  title?: string | null;
  /** Distinct facts it states, LOCATED_IN left out. */
  facts: number;
}

/**
 * A new version must state at least this share of the facts of the version it replaces. Half: editing a report
 * rarely drops half of what it says, while a damaged or wrongly decoded copy keeps next to nothing.
 */
export const MIN_FACT_SHARE = 0.5;

/** A title compared without case and runs of spaces; no title is a title too (two untitled texts agree). */
const titleKey = (t: string | null | undefined) => (t ?? '').toLocaleLowerCase('ru').replace(/\s+/g, ' ').trim();

/**
 * `stored` is an older version of `incoming` when both texts name the same city and year and either the same title
 * or (a retitled edit) the same file name. A text that names no city or no year is a version of nothing.
 */
export function isVersionOf(incoming: IncomingReport, stored: Omit<StoredReport, 'facts'>): boolean {
  if (incoming.city == null || incoming.year == null || stored.id === incoming.id) return false;
  if (stored.city !== incoming.city || stored.year !== incoming.year) return false;
  return titleKey(stored.title) === titleKey(incoming.title) || stored.file === incoming.file;
}

export interface VersionDecision {
  /** The graph holds this very report (same content hash). */
  unchanged: boolean;
  /** The older versions it replaces. */
  replaces: StoredReport[];
}

/**
 * What importing `incoming` does to the `stored` candidates: nothing (same id), replace its older versions, or
 * throw VersionRefusedError when it states fewer than MIN_FACT_SHARE of an older version's facts and `replace` is
 * not set. Reports in `keep` (imported by the same command) are never replaced: two files of one command are both
 * kept, whatever their names.
 */
export function decideVersions(
  incoming: IncomingReport,
  stored: StoredReport[],
  opts: { replace?: boolean; keep?: ReadonlySet<string> } = {},
): VersionDecision {
  if (stored.some((s) => s.id === incoming.id)) return { unchanged: true, replaces: [] };
  const replaces = stored.filter((s) => isVersionOf(incoming, s) && !opts.keep?.has(s.id));
  if (!opts.replace) {
    const richer = replaces.find((s) => incoming.facts < s.facts * MIN_FACT_SHARE);
    if (richer) throw new VersionRefusedError(incoming.file, richer.id, refusalText(incoming, richer));
  }
  return { unchanged: false, replaces };
}

function refusalText(incoming: IncomingReport, old: StoredReport): string {
  const what = [old.city, old.year, old.title ? `«${old.title}»` : null].filter((x) => x != null).join(', ');
  return (
    `${incoming.file}: refused as the new version of ${old.id} (${old.file}: ${what}): it states ${incoming.facts} ` +
    `facts against ${old.facts}, fewer than ${MIN_FACT_SHARE * 100}%; nothing was written. If it really is the new ` +
    `version, import it with --replace (API: replace=true)`
  );
}
