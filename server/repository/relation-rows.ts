// Relations read with their evidence: edge maps plus evidence JSON, labelled with their reports' files.
import { isReportId } from '../../neo4j/model/ids.js';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { Relation } from '../../neo4j/contract/subgraph.js';
import { toEdge, toEvidence, type RawEdge } from './shape.js';

export interface RawRelation extends RawEdge {
  evidence?: string[] | null;
}

/** Report id → file name, for the reports these relations cite. */
export async function reportFiles(db: GraphDb, relations: RawRelation[]): Promise<Record<string, string>> {
  const ids = [...new Set(relations.flatMap((r) => (r.reports ?? []).filter(isReportId)))];
  if (ids.length === 0) return {};
  const rows = await db.read<{ id: string; file: string }>('report-files', { ids });
  return Object.fromEntries(rows.map((r) => [r.id, r.file]));
}

export function toRelation(r: RawRelation, files: Record<string, string>): Relation {
  return { ...toEdge(r), evidence: toEvidence(r.evidence, files) };
}

/** The relations as DTOs with evidence, reading the file names in one query. */
export async function toRelations(db: GraphDb, raw: RawRelation[]): Promise<Relation[]> {
  const files = await reportFiles(db, raw);
  return raw.map((r) => toRelation(r, files));
}
