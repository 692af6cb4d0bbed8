// The imported reports, and one report with its text and the facts it supports with their evidence.
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { NotFoundError } from '../../neo4j/model/errors.js';
import type { ReportDetail, ReportSummary } from '../../neo4j/contract/report.js';
import { toRelation, type RawRelation } from './relation-rows.js';
import { uniqueNodes, type RawNode } from './shape.js';

type RawReport = Partial<ReportSummary> & { id: string; file: string; text?: string };

function toSummary(r: RawReport): ReportSummary {
  return {
    id: r.id,
    file: r.file,
    city: r.city ?? null,
    year: r.year ?? null,
    title: r.title ?? null,
    sha256: r.sha256 ?? null,
    importedAt: r.importedAt ?? null,
    entityCount: r.entityCount ?? null,
    relationCount: r.relationCount ?? null,
  };
}

export async function reports(db: GraphDb, limit: number): Promise<ReportSummary[]> {
  const rows = await db.read<{ report: RawReport }>('reports', { limit });
  return rows.map((r) => toSummary(r.report));
}

export async function report(db: GraphDb, id: string): Promise<ReportDetail> {
  type Fact = { relation: RawRelation; source: RawNode; target: RawNode };
  const [row] = await db.read<{ report: RawReport; facts: Fact[] }>('report', { id });
  if (!row) throw new NotFoundError('report', id);
  const files = { [row.report.id]: row.report.file };
  return {
    ...toSummary(row.report),
    text: row.report.text ?? '',
    entities: uniqueNodes(row.facts.flatMap((f) => [f.source, f.target])),
    facts: row.facts.map((f) => {
      const rel = toRelation(f.relation, files);
      return { ...rel, evidence: rel.evidence.filter((e) => e.report === id) };
    }),
  };
}
