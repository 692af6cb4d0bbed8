// Decides whether a researcher's query may run in /api/cypher: Neo4j plans it (EXPLAIN, nothing runs) and the
// plan, not the text, says what it would do: only read queries over the graph and allow-listed read procedures.
import type { QueryResult, RecordShape } from 'neo4j-driver';

/** Read-only procedures that only look at this database's graph and schema. */
export const ALLOWED_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** SHOW commands that only describe this database's schema (the others reveal users, settings, other queries). */
const ALLOWED_SHOW = new Set(['ShowIndexes', 'ShowConstraints']);

/** Plan operators that write, named by the clause a researcher wrote. */
const WRITE_CLAUSES: Array<[RegExp, string]> = [
  [/^(Create|MergeCreate)/, 'CREATE'],
  [/^Merge/, 'MERGE'],
  [/^Set/, 'SET'],
  [/^(Detach)?Delete/, 'DELETE'],
  [/^Remove/, 'REMOVE'],
  [/^Foreach/, 'FOREACH'],
  [/^TransactionForeach|^TransactionApply/, 'CALL … IN TRANSACTIONS'],
];

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

export interface Refusal {
  /** The clause or procedure that is not allowed, as the researcher would write it. */
  clause: string;
  message: string;
}

const operator = (node: PlanNode) => node.operatorType.split('@')[0] ?? node.operatorType;

function* walk(node: PlanNode | false | undefined): Generator<PlanNode> {
  if (!node) return;
  yield node;
  for (const child of node.children) yield* walk(child);
}

/** `db.labels() :: (label :: STRING)` → `db.labels`. */
const procedureName = (node: PlanNode) => String(node.arguments?.['Details'] ?? '').split('(')[0]?.trim() ?? '';

/** `ShowTransactions` → `SHOW TRANSACTIONS`. */
const spaced = (op: string) => op.replace(/([a-z])([A-Z])/g, '$1 $2').toUpperCase();

const refuse = (clause: string, why: string): Refusal => ({
  clause,
  message: `${clause} is not allowed in /api/cypher: ${why}. Only read queries over the graph run here, with the procedures ${[...ALLOWED_PROCEDURES].join(', ')}.`,
});

/**
 * Judges the EXPLAIN summary of `query`; null when it may run. The query text is used only to name an
 * administration command, which Neo4j plans as one opaque operator.
 */
export function judgePlan(summary: Pick<QueryResult<RecordShape>['summary'], 'queryType' | 'plan'>, query: string): Refusal | null {
  const nodes = [...walk(summary.plan as PlanNode | false)];
  for (const node of nodes) {
    const op = operator(node);
    if (op === 'LoadCSV') return refuse('LOAD CSV', 'it reads files and URLs outside the graph');
    if (op === 'ProcedureCall' || op === 'SystemProcedureCall') {
      const name = procedureName(node);
      if (!ALLOWED_PROCEDURES.has(name)) return refuse(`CALL ${name}`, 'that procedure is not on the read-only allow-list');
    }
    if (/^(Show|Terminate)/.test(op) && !ALLOWED_SHOW.has(op)) {
      return refuse(spaced(op), 'it reaches beyond this database\'s graph');
    }
    if (op === 'AdministrationCommand' || op === 'SystemCommand') return refuse(adminClause(query), 'it is an administration command');
  }
  if (summary.queryType === 'r') return null;
  if (summary.queryType === 's') return refuse(adminClause(query), 'it changes the schema or administers the DBMS');
  for (const node of nodes) {
    const op = operator(node);
    const write = WRITE_CLAUSES.find(([re]) => re.test(op));
    if (write) return refuse(write[1], 'it writes to the graph');
  }
  return refuse(adminClause(query), 'it writes');
}

/** The first words of an administration command (`SHOW USERS`, `CREATE INDEX`), for the refusal only. */
function adminClause(query: string): string {
  const words = query
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(EXPLAIN|PROFILE)$/i.test(w));
  return words.slice(0, 2).join(' ').toUpperCase() || 'this command';
}
