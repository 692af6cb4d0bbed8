// One institution under two names in one report: "Тульский государственный университет" and, a sentence later,
// "ТулГУ". The abbreviation's relations go to the full name, which keeps the abbreviation as an alias. Only within a
// report (sameInstitution): across reports an abbreviation may stand for another institution.
import type { EntityRegistry } from '../registry.js';
import type { ExtractedRelation } from '../types.js';
import { isAbbreviation } from '../lexicon/word-tokens.js';
import { sameInstitution } from '../finders/institution-key.js';

/** The relations with every abbreviation that names exactly one full-named institution of the report replaced by it. */
export function mergeInstitutionAliases(relations: ExtractedRelation[], registry: EntityRegistry): ExtractedRelation[] {
  const used = new Set(relations.flatMap((r) => [r.source, r.target]));
  const institutions = registry.list((e) => e.kind === 'Institution');
  const to = new Map<string, string>();
  for (const short of institutions) {
    if (!used.has(short.id) || !isAbbreviation(short.name.split(/\s/)[0] ?? '')) continue;
    const full = institutions.filter((e) => e !== short && !isAbbreviation(e.name.split(/\s/)[0] ?? '') && sameInstitution(short.name, e.name));
    if (full.length !== 1) continue;
    to.set(short.id, full[0]!.id);
    registry.addAlias(full[0]!.id, short.name);
  }
  if (to.size === 0) return relations;
  return relations.map((r) => (to.has(r.source) || to.has(r.target) ? { ...r, source: to.get(r.source) ?? r.source, target: to.get(r.target) ?? r.target } : r));
}
