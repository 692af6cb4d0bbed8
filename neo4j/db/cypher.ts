// Loads the parameterised queries in cypher/*.cypher by name, once, so no query text lives in TypeScript.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher, leading `//` comment lines removed. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad cypher file name: ${name}`);
    text = readFileSync(`${CYPHER_DIR}${name}.cypher`, 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .join('\n')
      .trim();
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
