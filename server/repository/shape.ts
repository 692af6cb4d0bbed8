// Raw Cypher maps into the API's DTOs: nodes, edges and evidence, with absent properties as null.
import { parseEvidence } from '../../neo4j/model/evidence.js';
import { isSymmetric } from '../../neo4j/model/kinds.js';
import type { EntityKind, RelationKind } from '../../neo4j/contract/common.js';
import type { Evidence, GraphEdge, GraphNode } from '../../neo4j/contract/subgraph.js';
import { csvFileOf } from '../../neo4j/model/ids.js';

/** What `n {.id, .name, …, kind: <its label other than Entity>}` returns. */
export interface RawNode {
  id: string;
  kind: string;
  name?: string | null;
  nameEn?: string | null;
  country?: string | null;
  iso2?: string | null;
  lat?: number | null;
  lon?: number | null;
  city?: string | null;
}

/** What the edge map projection in the cypher files returns. */
export interface RawEdge {
  id: string;
  kind: string;
  source: string;
  target: string;
  year?: number | null;
  month?: number | null;
  status?: string | null;
  confidence?: number | null;
  reports?: string[] | null;
  evidenceCount?: number | null;
}

const orNull = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);

export function toNode(n: RawNode): GraphNode {
  return {
    id: n.id,
    kind: n.kind as EntityKind,
    name: n.name ?? n.id,
    nameEn: orNull(n.nameEn),
    country: n.country ?? n.iso2 ?? null,
    lat: orNull(n.lat),
    lon: orNull(n.lon),
    city: orNull(n.city),
  };
}

export function toEdge(e: RawEdge): GraphEdge {
  const kind = e.kind as RelationKind;
  return {
    id: e.id,
    kind,
    source: e.source,
    target: e.target,
    directed: !isSymmetric(kind),
    year: orNull(e.year),
    month: orNull(e.month),
    status: orNull(e.status),
    confidence: orNull(e.confidence),
    reports: e.reports ?? [],
    evidenceCount: e.evidenceCount ?? 0,
  };
}

/** Evidence JSON strings as DTOs, each with its file: the report's when `files` knows it, a twin list's from its source. */
export function toEvidence(json: string[] | null | undefined, files: Record<string, string> = {}): Evidence[] {
  return (json ?? []).map((s) => {
    const e = parseEvidence(s);
    return {
      report: orNull(e.report),
      file: e.report ? (files[e.report] ?? null) : csvFileOf(e.source),
      source: e.source,
      quote: orNull(e.quote),
      start: orNull(e.start),
      end: orNull(e.end),
      year: orNull(e.year),
      month: orNull(e.month),
      confidence: orNull(e.confidence),
      line: orNull(e.line),
    };
  });
}

/** Nodes once each, in first-seen order. */
export function uniqueNodes(raw: RawNode[]): GraphNode[] {
  const seen = new Map<string, GraphNode>();
  for (const n of raw) if (!seen.has(n.id)) seen.set(n.id, toNode(n));
  return [...seen.values()];
}
