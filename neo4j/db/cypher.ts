// Loads the parameterised queries in cypher/*.cypher by name, once, so no query text lives in TypeScript.
// Cypher has no includes: the projections every answer shares live once in cypher/fragments/ and a query names
// them as `{{node(a)}}`, `{{edge(r)}}`, `{{relation(r)}}` or `{{kind(a)}}`, which the loader expands here (a fragment
// may name another: node names kind).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
const cache = new Map<string, string>();

/** `{{fragment(variable)}}`; other `{{…}}` placeholders (paths.cypher's) are left to their repository. */
const FRAGMENT = /\{\{([a-z-]+)\(([A-Za-z_][A-Za-z0-9_]*)\)\}\}/g;

/** A .cypher file's text without its `//` comment lines. */
function readQuery(file: string): string {
  return readFileSync(`${CYPHER_DIR}${file}.cypher`, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** Fragments inside fragments, at most this deep (a fragment that names itself is an error, not a hang). */
const MAX_DEPTH = 4;

/** Expands the fragments a query names; a fragment's `_` stands for the variable it is given. */
export function expandFragments(
  text: string,
  fragment: (name: string) => string = (name) => readQuery(`fragments/${name}`),
  depth = 0,
): string {
  if (depth > MAX_DEPTH) throw new Error(`cypher fragments nested more than ${MAX_DEPTH} deep (does one name itself?)`);
  return text.replace(FRAGMENT, (_match, name: string, variable: string) => {
    let body: string;
    try {
      body = fragment(name);
    } catch (err) {
      throw new Error(`unknown cypher fragment {{${name}(…)}}: no cypher/fragments/${name}.cypher`, { cause: err });
    }
    return expandFragments(body.replace(/\b_\b/g, variable), fragment, depth + 1);
  });
}

/** The text of cypher/<name>.cypher, leading `//` comment lines removed and fragments expanded. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad cypher file name: ${name}`);
    text = expandFragments(readQuery(name));
    cache.set(name, text);
  }
  return text;
}

/** A .cypher file that holds several statements separated by `;` (the schema). */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
