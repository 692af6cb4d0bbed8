// What importing one report would add, written nowhere: the dry run's counts plus the entities and facts the graph
// does not hold yet, so a person can check them before confirming the upload.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { Extraction } from '../extract/types.js';
import { factIdentity } from '../../neo4j/model/fact.js';
import { type EntityKind, type RelationKind } from '../../neo4j/model/kinds.js';
import { importGraph, type ReportOutcome } from './import-report.js';
import { planReport, type PlannedReport } from './plan-report.js';
import { readExisting } from './read-existing.js';
import { readTx } from '../../neo4j/db/tx.js';

export interface ReportPreview extends ReportOutcome {
  newEntities: Array<{ id: string; kind: EntityKind; name: string }>;
  newRelations: Array<{ kind: RelationKind; source: string; target: string; year: number | null; quote: string | null }>;
}

export async function previewExtraction(db: GraphDb, x: Extraction, opts: { replace?: boolean } = {}): Promise<ReportPreview> {
  return previewGraph(db, planReport(x), opts);
}

/** The same from a report already turned into graph rows (plan-report.ts). */
export async function previewGraph(db: GraphDb, planned: PlannedReport, opts: { replace?: boolean } = {}): Promise<ReportPreview> {
  const outcome = await importGraph(db, planned, { dryRun: true, replace: opts.replace });
  if (outcome.status === 'unchanged') return { ...outcome, newEntities: [], newRelations: [] };
  const { graph } = planned;
  const existing = await readTx(db, (tx) => readExisting(tx, graph));
  const newEntities = graph.entities
    .filter((n) => !existing.entities.has(n.id))
    .map((n) => ({ id: n.id, kind: n.kind, name: String(n.props.name ?? n.id) }));
  const newRelations = graph.facts
    .filter((r) => !existing.facts.has(factIdentity(r)))
    .map((r) => {
      const first = JSON.parse(r.evidence[0] ?? '{}') as { quote?: string | null; year?: number | null };
      return { kind: r.kind, source: r.source, target: r.target, year: first.year ?? null, quote: first.quote ?? null };
    });
  return { ...outcome, newEntities, newRelations };
}
