// The `searchText` an entity carries for the full-text index: every name and variant, Russian and English,
// lowercased and space-joined; for cities and countries also the Russian case forms, so `гомеля` finds Гомель.
import { caseForms } from '../extract/lexicon/case-forms.js';
import type { EntityKind } from '../../neo4j/model/kinds.js';

const CYRILLIC = /[а-яё]/i;
const DECLINED: ReadonlySet<EntityKind> = new Set(['City', 'Country', 'Region']);

export function searchText(label: EntityKind, names: Array<string | null | undefined>): string {
  const plain = names.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  const all = [...plain];
  if (DECLINED.has(label)) {
    for (const n of plain) if (CYRILLIC.test(n) && n.length <= 60) all.push(...caseForms(n));
  }
  const seen = new Set<string>();
  for (const n of all) seen.add(n.toLowerCase().replace(/\s+/g, ' ').trim());
  return [...seen].join(' ');
}
