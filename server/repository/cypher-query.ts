// Researchers' read-only Cypher: planned first and refused unless the plan only reads the graph (cypher-guard),
// then run in a READ session with a timeout and a row cap, nodes, relationships and paths turned into plain JSON.
import neo4j, { isNode, isPath, isRelationship, Neo4jError } from 'neo4j-driver';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import { QueryRefusedError, translateNeo4jError } from '../../neo4j/db/errors.js';
import { BadQueryError } from '../../neo4j/model/errors.js';
import type { CypherAnswer } from '../../neo4j/contract/cypher.js';
import { judgePlan } from './cypher-guard.js';

export interface CypherQuery {
  query: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  maxRows: number;
  /** Stop reading rows once their JSON passes this many bytes (the answer's byte cap). */
  maxBytes?: number;
}

function plain(v: unknown): unknown {
  if (isNode(v as object)) {
    const n = v as neo4j.Node;
    return { elementId: n.elementId, labels: n.labels, properties: plain(n.properties) };
  }
  if (isRelationship(v as object)) {
    const r = v as neo4j.Relationship;
    return { elementId: r.elementId, type: r.type, start: r.startNodeElementId, end: r.endNodeElementId, properties: plain(r.properties) };
  }
  if (isPath(v as object)) {
    const p = v as neo4j.Path;
    return { start: plain(p.start), end: plain(p.end), segments: p.segments.map((s) => ({ start: plain(s.start), relationship: plain(s.relationship), end: plain(s.end) })) };
  }
  if (Array.isArray(v)) return v.map(plain);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  }
  // Temporal and spatial values print as their ISO / WKT text.
  if (v !== null && typeof v === 'object') return String(v);
  return v;
}

/**
 * Streams the result and stops reading at maxRows + 1 rows or maxBytes of JSON, so a huge answer never lands
 * in memory; a client that hangs up closes the session, which ends the query in the database.
 */
export async function cypherQuery(db: GraphDb, q: CypherQuery): Promise<CypherAnswer> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  const signal = db.signal;
  const onAbort = () => void session.close().catch(() => {});
  signal?.addEventListener('abort', onAbort, { once: true });
  const rows: Array<Record<string, unknown>> = [];
  let columns: string[] = [];
  let truncated = false;
  let bytes = 0;
  try {
    // EXPLAIN plans without running anything; the plan, not the text, tells what the query would do.
    const explained = await session.run(`EXPLAIN ${q.query}`, q.params, { timeout: q.timeoutMs });
    const refusal = judgePlan(explained.summary, q.query);
    if (refusal) throw new QueryRefusedError(refusal.message);
    const result = session.run(q.query, q.params, { timeout: q.timeoutMs });
    for await (const record of result) {
      const row = plain(record.toObject()) as Record<string, unknown>;
      bytes += JSON.stringify(row).length + 1;
      if (rows.length >= q.maxRows || bytes > (q.maxBytes ?? Infinity)) {
        truncated = true;
        break;
      }
      columns = record.keys as string[];
      rows.push(row);
    }
    if (rows.length === 0) columns = (await result.keys()) as string[];
  } catch (err) {
    const translated = translateNeo4jError(err);
    // The researcher's own mistake (syntax, unknown function, bad parameter) is a 400, not our 500.
    if (translated instanceof Neo4jError && /^Neo\.ClientError\.(Statement|Procedure)\./.test(translated.code)) {
      throw new BadQueryError(translated.message.split('\n')[0] ?? 'The query is not valid Cypher.', { cause: err });
    }
    throw translated;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await session.close();
  }
  return { columns, rows, truncated };
}
