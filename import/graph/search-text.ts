// The `searchText` an entity carries for the full-text index: every name and variant, Russian and English,
// lowercased and space-joined; for cities and countries also the Russian case forms, so `гомеля` finds Гомель.
import { caseForms } from '../extract/lexicon/case-forms.js';
import type { EntityKind } from '../../neo4j/model/kinds.js';

const CYRILLIC = /[а-яё]/i;
const DECLINED: ReadonlySet<EntityKind> = new Set(['City', 'Country', 'Region']);

const present = (names: Array<string | null | undefined>): string[] =>
  names.filter((n): n is string => typeof n === 'string' && n.trim() !== '');

/** The names whose Russian case forms go into the search text. */
export function namesToDecline(label: EntityKind, names: Array<string | null | undefined>): string[] {
  return DECLINED.has(label) ? present(names).filter((n) => CYRILLIC.test(n) && n.length <= 60) : [];
}

export function searchText(label: EntityKind, names: Array<string | null | undefined>): string {
  const all = present(names);
  for (const n of namesToDecline(label, names)) all.push(...caseForms(n));
  const seen = new Set<string>();
  for (const n of all) seen.add(n.toLowerCase().replace(/\s+/g, ' ').trim());
  return [...seen].join(' ');
}
