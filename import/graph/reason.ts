// One line saying why something failed: the driver's paragraph-long connection errors cut to their cause.
import { isReportError } from '../extract/errors.js';

export function reasonOf(err: unknown): string {
  if (isReportError(err)) return err.reason;
  const e = err as Error;
  const parts = [e?.message ?? String(err)];
  if (e?.cause instanceof Error && e.cause.message !== e.message) parts.push(e.cause.message);
  const text = parts.map((p, i) => p.replace(/\s*\n\s*/g, ' ').replace(i < parts.length - 1 ? /\.$/ : /$^/, '')).join(': ');
  // neo4j-driver: "Failed to connect to server. Please ensure … Caused by: connect ECONNREFUSED 127.0.0.1:7687"
  const cause = /Caused by: (.*)$/.exec(text)?.[1];
  return cause ? `${text.replace(/\. Please ensure.*$/, '').replace(/\s*Caused by:.*$/, '')} (${cause})` : text;
}
