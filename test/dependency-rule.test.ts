// The layers depend one way (README, "Project layout"): read every import of the source folders and check it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE_DIRS = ['server', 'import', 'neo4j', 'web/src', 'bench', 'bin', 'test'];

interface Import {
  from: string;
  /** Project-relative path of the imported file, or the package name. */
  to: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'target' && entry.name !== 'fixtures') out.push(...sourceFiles(rel));
    } else if (/\.(ts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

// `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`; statements may span lines.
const STATIC = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const resolve = (spec: string) =>
    spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts') : spec;
  const out: Import[] = [];
  for (const m of text.matchAll(STATIC)) out.push({ from: file, to: resolve(m[3]!), typeOnly: m[2] !== undefined });
  for (const m of text.matchAll(DYNAMIC)) out.push({ from: file, to: resolve(m[1]!), typeOnly: false });
  return out;
}

const ALL = SOURCE_DIRS.flatMap(sourceFiles).flatMap(importsOf);
const local = (i: Import) => /^(server|import|neo4j|web|bench|bin|test|cypher|data)\//.test(i.to);
const show = (list: Import[]) => list.map((i) => `${i.from} -> ${i.to}${i.typeOnly ? ' (type)' : ''}`);

/** The embedded-server launcher: whoever starts the database may import it. */
const LAUNCHER = new Set(['neo4j/embedded.ts', 'neo4j/cli.ts', 'neo4j/pidfile.ts', 'neo4j/ports.ts', 'neo4j/child-process.ts']);

describe('dependency rule', () => {
  it('finds the imports it checks', () => {
    // A parser that silently matched nothing would make every rule below pass.
    expect(ALL.filter((i) => i.from === 'server/app.ts' && i.to === 'neo4j/db/graph-db.ts')).toHaveLength(1);
    expect(ALL.filter(local).length).toBeGreaterThan(300);
  });

  it('the web view imports only types from neo4j/contract, and values only from its constants module', () => {
    const bad = ALL.filter((i) => i.from.startsWith('web/src/') && local(i) && !i.to.startsWith('web/src/'))
      .filter((i) => !(i.to.startsWith('neo4j/contract/') && (i.typeOnly || i.to === CONTRACT_CONSTANTS)));
    expect(show(bad)).toEqual(WEB_EXCEPTIONS);
  });

  it("the contract's constants module pulls no package into the browser bundle (no zod, no driver)", () => {
    // Everything it reaches, transitively, through value imports.
    const reached = new Set<string>();
    const queue = [CONTRACT_CONSTANTS];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      for (const i of ALL) if (i.from === file && !i.typeOnly) queue.push(i.to);
    }
    expect([...reached].filter((f) => !/^neo4j\/(contract|model)\//.test(f))).toEqual([]);
    expect(reached.size).toBeGreaterThan(1);
  });

  it('nothing outside server/ imports server/ (only its tests and the API bench start it)', () => {
    const bad = ALL.filter((i) => i.to.startsWith('server/') && !/^(server|test|bench)\//.test(i.from));
    expect(show(bad)).toEqual([]);
  });

  it('the core (neo4j/) imports neither server/ nor import/', () => {
    const bad = ALL.filter((i) => i.from.startsWith('neo4j/') && /^(server|import|web)\//.test(i.to));
    expect(show(bad)).toEqual([]);
  });

  it('only the database opener and tests reach the embedded launcher', () => {
    const bad = ALL.filter(
      (i) => LAUNCHER.has(i.to) && !i.from.startsWith('neo4j/') && !/^(test|bench)\//.test(i.from),
    );
    expect(show(bad)).toEqual([]);
  });

  it('the server calls the importer only through import/index.ts', () => {
    const bad = ALL.filter((i) => i.from.startsWith('server/') && i.to.startsWith('import/') && i.to !== 'import/index.ts');
    expect(show(bad)).toEqual([]);
  });

  it("the server's repository only reads: no write transaction, no importer call (uploads and first run are in server/)", () => {
    const writes = /\b(writeTx|executeWrite|importBytes|importReports|importTwins|removeReport|migrateToStatements)\b/;
    const files = [...new Set(ALL.map((i) => i.from))].filter((f) => f.startsWith('server/repository/'));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => writes.test(readFileSync(path.join(ROOT, f), 'utf8')))).toEqual([]);
  });
});

/** The one contract module the web view may take values from: the kind lists, zod-free. */
const CONTRACT_CONSTANTS = 'neo4j/contract/kinds.ts';

/** Web imports allowed outside the rule: none. */
const WEB_EXCEPTIONS: string[] = [];
