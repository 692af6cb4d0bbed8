// One report into the graph in ONE write transaction: unchanged when its id (content hash) is known, else its older
// versions (same city, year and title in the text: versions.ts) are taken out and it is written, unless it states far
// fewer facts than they do; or, as a dry run, what that would change, written nowhere.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphDb } from '../../neo4j/db/graph-db.js';
import type { Extraction } from '../extract/types.js';
import { planWrite, type PlanStats } from './plan-write.js';
import { readExisting } from './read-existing.js';
import { removeReport } from './remove.js';
import { learnPlan, planReport, type PlannedReport } from './plan-report.js';
import { decideVersions, isVersionOf, type IncomingReport, type StoredReport } from './versions.js';
import { readTx, run } from '../../neo4j/db/tx.js';
import { lockEntities, writeBatch, writeReport } from './write.js';

export type ReportStatus = 'imported' | 'replaced' | 'unchanged';

export interface ReportOutcome {
  status: ReportStatus;
  reportId: string;
  /** Ids of the older versions of this report that it replaced (or would replace). */
  replaced: string[];
  /** Entities and facts this report gives, and how many were new or already known. */
  entities: number;
  facts: number;
  stats: PlanStats;
  /** Relations the graph could not take, with why. */
  skipped: string[];
}

export interface ImportOptions {
  dryRun?: boolean;
  /** Replace an older version even when this one states far fewer facts (CLI `--replace`, API `replace=true`). */
  replace?: boolean;
  /** Reports never replaced by this one: those imported earlier by the same command. */
  keep?: ReadonlySet<string>;
}

export async function importExtraction(db: GraphDb, x: Extraction, opts: ImportOptions = {}): Promise<ReportOutcome> {
  return importGraph(db, planReport(x), opts);
}

/**
 * A report already turned into graph rows (plan-report.ts): the database half of an import, so the CPU half can
 * run elsewhere (the server plans uploads in a worker thread).
 */
export async function importGraph(db: GraphDb, planned: PlannedReport, opts: ImportOptions = {}): Promise<ReportOutcome> {
  const { report, graph } = planned;
  learnPlan(planned);
  const base = { reportId: report.id, entities: graph.entities.length, facts: graph.facts.length, skipped: graph.skipped };
  const incoming = { ...report, facts: graph.facts.filter((r) => r.kind !== 'LOCATED_IN').length };
  const work = async (tx: ManagedTransaction): Promise<ReportOutcome> => {
    const decision = decideVersions(incoming, await storedVersions(tx, incoming), opts);
    if (decision.unchanged) {
      const stats = { entitiesNew: 0, entitiesKnown: base.entities, entitiesUpdated: 0, factsNew: 0, factsKnown: base.facts, factsUpdated: 0 };
      return { ...base, status: 'unchanged', replaced: [], stats };
    }
    const replaced = decision.replaces.map((v) => v.id);
    // A dry run compares with the graph as it is (an older version's facts still count as known).
    if (!opts.dryRun) for (const old of replaced) await removeReport(tx, old);
    const status = replaced.length > 0 ? 'replaced' : 'imported';
    if (opts.dryRun) return { ...base, status, replaced, stats: planWrite(graph, await readExisting(tx, graph)).stats };
    // The Report first: its statements are linked to it. Both queries go out together (the driver pipelines the
    // queries of one transaction and the server runs them in order), saving a round trip per report.
    const [, entities] = await Promise.all([writeReport(tx, graph.report.id, graph.report.props), lockEntities(tx, graph)]);
    const { plan } = await writeBatch(tx, graph, entities, graph.report.id);
    return { ...base, status, replaced, stats: plan.stats };
  };
  return opts.dryRun ? readTx(db, work) : db.writeTx(work);
}

/**
 * The stored reports `incoming` is (same id) or may replace (same city and year), the versions' facts counted: only
 * theirs, since a city and year may hold many reports that are not versions of this one, whose statements would
 * otherwise be read at every import.
 */
async function storedVersions(tx: ManagedTransaction, incoming: IncomingReport): Promise<StoredReport[]> {
  const stored = await run<Omit<StoredReport, 'facts'>>(tx, 'report-versions', {
    id: incoming.id,
    city: incoming.city,
    year: incoming.year == null ? null : neo4j.int(incoming.year),
  });
  const versions = stored.filter((s) => isVersionOf(incoming, s)).map((s) => s.id);
  const counts = versions.length === 0 ? [] : await run<{ id: string; facts: number }>(tx, 'report-fact-counts', { ids: versions });
  const facts = new Map(counts.map((c) => [c.id, c.facts]));
  return stored.map((s) => ({ ...s, facts: facts.get(s.id) ?? 0 }));
}
