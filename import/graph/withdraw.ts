// Taking one source's support out of the facts it supported (pure): relationships lose its evidence and are
// deleted when none is left; nodes lose it from `reports`.
import type { Props } from './batch.js';
import { parseEvidence, supporterOf } from '../../neo4j/model/evidence.js';
import { relProps, type RelProps } from './evidence.js';
import type { RelationKind } from '../../neo4j/model/kinds.js';

export interface SupportedRel {
  rid: string;
  type: RelationKind;
  key: string;
  props: Props;
}

export interface SupportedNode {
  id: string;
  reports: string[];
}

export interface Withdrawal {
  relUpdates: Array<{ rid: string; props: RelProps }>;
  relDeletes: string[];
  nodeUpdates: Array<{ id: string; reports: string[] }>;
}

export function withdraw(support: string, rels: SupportedRel[], nodes: SupportedNode[]): Withdrawal {
  const out: Withdrawal = { relUpdates: [], relDeletes: [], nodeUpdates: [] };
  for (const rel of rels) {
    const evidence = Array.isArray(rel.props.evidence) ? (rel.props.evidence as string[]) : [];
    const left = evidence.filter((e) => supporterOf(parseEvidence(e)) !== support);
    if (left.length === 0) out.relDeletes.push(rel.rid);
    else out.relUpdates.push({ rid: rel.rid, props: relProps(rel.type, rel.key, left) });
  }
  for (const node of nodes) out.nodeUpdates.push({ id: node.id, reports: node.reports.filter((r) => r !== support) });
  return out;
}
