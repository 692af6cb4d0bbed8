// The cypher/ loader: comment lines dropped, the shared projections (cypher/fragments/) expanded where a query
// names them, and every query file loadable, used, and free of copies of those projections.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cypher, expandFragments } from '../../../neo4j/db/cypher.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const QUERIES = readdirSync(`${ROOT}cypher`)
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.replace(/\.cypher$/, ''));

function sourceText(dir: string): string {
  return readdirSync(`${ROOT}${dir}`, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => readFileSync(`${e.parentPath}/${e.name}`, 'utf8'))
    .join('\n');
}

describe('cypher loader', () => {
  it('expands a fragment with the variable it is given', () => {
    const text = expandFragments('MATCH (city:Entity) RETURN {{node(city)}} AS node', (name) => {
      expect(name).toBe('node');
      return '_ {.id, kind: head(labels(_))}';
    });
    expect(text).toBe('MATCH (city:Entity) RETURN city {.id, kind: head(labels(city))} AS node');
  });

  it('replaces only the placeholder variable, not names that contain an underscore', () => {
    expect(expandFragments('{{edge(rel)}}', () => '{id: elementId(_), via: _.entity_id}')).toBe('{id: elementId(rel), via: rel.entity_id}');
  });

  it('leaves the placeholders a repository fills (paths.cypher) alone', () => {
    expect(expandFragments('MATCH (a:{{fromLabel}}) RETURN {{node(a)}}', () => '_.id')).toBe('MATCH (a:{{fromLabel}}) RETURN a.id');
  });

  it('expands a fragment named inside another, each with its own variable', () => {
    const bodies: Record<string, string> = { node: '_ {.id, kind: {{kind(_)}}}', kind: 'head(labels(_))' };
    expect(expandFragments('RETURN {{node(c)}}', (name) => bodies[name] ?? '')).toBe('RETURN c {.id, kind: head(labels(c))}');
  });

  it('refuses a fragment that names itself instead of expanding forever', () => {
    expect(() => expandFragments('RETURN {{loop(n)}}', () => '{{loop(_)}}')).toThrow(/nested more than/);
  });

  it('names the fragment it cannot find', () => {
    expect(() => expandFragments('RETURN {{nodes(n)}}')).toThrow(/cypher\/fragments\/nodes\.cypher/);
  });

  it('loads the real fragments into the queries', () => {
    const text = cypher('node-by-id');
    expect(text).toContain("n {.id, .name, .nameEn");
    expect(text).toContain('labels(n)');
    expect(text).not.toContain('{{');
    expect(cypher('relation')).toMatch(/evidence: COLLECT \{\s*MATCH \(s:Statement \{fact: type\(r\)/);
  });

  it('every query loads with its fragments expanded and no comment lines', () => {
    for (const name of QUERIES) {
      const text = cypher(name);
      expect(text, name).not.toMatch(/\{\{[a-z-]+\(/);
      expect(text.split('\n').some((l) => l.trimStart().startsWith('//')), name).toBe(false);
    }
  });

  it('no query writes the node or edge projection out, or the six-label union, instead of the fragment and :Entity', () => {
    const copies = QUERIES.filter((name) => {
      const raw = readFileSync(`${ROOT}cypher/${name}.cypher`, 'utf8');
      const union = name !== 'schema' && /:City\|Region\|Country\|Institution\|Event\|Person/.test(raw);
      const kind = /labels\(\w+\) WHERE NOT l IN/.test(raw);
      return union || kind || /\.nameEn, \.country/.test(raw) || /evidenceCount:/.test(raw);
    });
    expect(copies).toEqual([]);
  });

  it('every query file is used by the code', () => {
    const code = ['server', 'import', 'neo4j', 'bench', 'bin'].map(sourceText).join('\n');
    expect(QUERIES.filter((name) => !code.includes(`'${name}'`))).toEqual([]);
  });
});
