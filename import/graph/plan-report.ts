// A report as the rows it would write: its identity (to find older versions), its graph and the case forms of its
// place names, computed without the database. This is all of an import's CPU work (extraction, geocoding, rows,
// declension), so it can run in a worker thread and leave the writer only the transaction.
import type { Extraction, ReportInfo } from '../extract/types.js';
import { caseForms, learnCaseForms } from '../extract/lexicon/case-forms.js';
import { namesToDecline } from './search-text.js';
import { toGraph, type ReportGraph } from './to-graph.js';

export interface PlannedReport {
  report: ReportInfo;
  graph: ReportGraph;
  /** The case forms the write's search texts need, by name (learned by the writer before it writes). */
  caseForms: Record<string, string[]>;
}

/** Not the extraction's text or mentions: only what the write needs crosses back from a worker. */
export function planReport(x: Extraction): PlannedReport {
  const graph = toGraph(x);
  const forms: Record<string, string[]> = {};
  for (const n of graph.entities) {
    for (const name of namesToDecline(n.kind, [n.props.name as string | null, n.props.nameEn as string | null, ...n.variants])) {
      forms[name] ??= caseForms(name);
    }
  }
  return { report: x.report, graph, caseForms: forms };
}

/** Before writing a plan made elsewhere: its case forms, so the write declines nothing on this thread. */
export function learnPlan(planned: PlannedReport): void {
  learnCaseForms(planned.caseForms);
}
