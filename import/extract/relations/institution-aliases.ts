// One institution under two names in one report: "Тульский государственный университет" and, a sentence later,
// "ТулГУ"; "Государственный музей искусств … (г. Алматы)" and later "алматинский музей". The short name's relations
// go to the full name, which keeps the short one as an alias. Only within a report (sameInstitution): across reports
// an abbreviation may stand for another institution.
import type { EntityRegistry } from '../registry.js';
import type { ExtractedRelation } from '../types.js';
import { isAbbreviation } from '../lexicon/word-tokens.js';
import { sameInstitution } from '../finders/institution-key.js';
import { cityFromDerived } from '../finders/city-derived.js';

// "Алматинский музей", "Харбинский университет": a town's adjective and a kind of body, as a text names again a body
// it named in full (the stem of the kind: "музе" matches "музей", "музея").
const DESCRIBED = /^([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:ск|цк)[a-zß-öø-ſа-ԯ]{2})\s+(музе|университет|библиотек|театр|институт|академи|колледж|палат|школ|гимнази)[a-zß-öø-ſа-ԯ]*$/u;

/** The relations with every abbreviation that names exactly one full-named institution of the report replaced by it. */
export function mergeInstitutionAliases(relations: ExtractedRelation[], registry: EntityRegistry): ExtractedRelation[] {
  const used = new Set(relations.flatMap((r) => [r.source, r.target]));
  const institutions = registry.list((e) => e.kind === 'Institution');
  const to = new Map<string, string>();
  for (const short of institutions) {
    if (!used.has(short.id)) continue;
    // Named by its town's adjective: a body of the town the adjective gives (the finder may have placed it in the
    // reporter's town by default).
    const described = DESCRIBED.exec(short.name);
    const town = described ? cityFromDerived(described[1]!)?.id : undefined;
    if (described && !town) continue;
    if (!described && !isAbbreviation(short.name.split(/\s/)[0] ?? '')) continue;
    const full = described
      ? institutions.filter((e) => e !== short && e.city === town && e.name.toLowerCase().includes(described[2]!.toLowerCase()) && e.name.split(/\s+/).length > 2)
      : institutions.filter((e) => e !== short && !isAbbreviation(e.name.split(/\s/)[0] ?? '') && sameInstitution(short.name, e.name));
    if (full.length !== 1) continue;
    to.set(short.id, full[0]!.id);
    registry.addAlias(full[0]!.id, short.name);
  }
  if (to.size === 0) return relations;
  return relations.map((r) => (to.has(r.source) || to.has(r.target) ? { ...r, source: to.get(r.source) ?? r.source, target: to.get(r.target) ?? r.target } : r));
}

// "соглашение с харбинским вузом", "с коллегами из гродненского музея": a town's adjective and a kind of body. The
// kind is searched for first (a plain pattern, fast on the many sentences without one), then the word before it.
const KIND = /(вуз|университет|музе|библиотек|театр|колледж|палат|школ|гимнази)[a-zß-öø-ſа-ԯ]*/giu;
const ADJECTIVE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+(?:ск|цк)[a-zß-öø-ſа-ԯ]{2,3})\s+$/u;
const KIND_STEMS: Record<string, RegExp> = {
  вуз: /университет|институт|академи|вуз/iu,
  университет: /университет/iu, музе: /музе/iu, библиотек: /библиотек/iu, театр: /театр/iu, колледж: /колледж/iu,
  палат: /палат/iu, школ: /школ/iu, гимнази: /гимнази/iu,
};

/** The towns' bodies a quote names by adjective and kind: "харбинским вузом" → [Харбин, /университет|…/]. */
function townBodies(quote: string): Array<[string, RegExp]> {
  const out: Array<[string, RegExp]> = [];
  for (const m of quote.matchAll(KIND)) {
    const adjective = ADJECTIVE_BEFORE.exec(quote.slice(Math.max(0, m.index - 30), m.index));
    const town = adjective ? cityFromDerived(adjective[1]!)?.id : undefined;
    if (town) out.push([town, KIND_STEMS[m[1]!.toLowerCase()]!]);
  }
  return out;
}

/**
 * A relation's side given as a town ("харбинским вузом" read as Харбин) is the one body of that town, of that kind,
 * the report named: "ИГУ … видеомост с Хэйлунцзянским университетом (г. Харбин) … соглашение с харбинским вузом".
 */
export function bodiesForTowns(relations: ExtractedRelation[], registry: EntityRegistry): ExtractedRelation[] {
  const institutions = registry.list((e) => e.kind === 'Institution');
  if (institutions.length === 0) return relations;
  // Relations of one sentence share its quote: it is read once.
  const byQuote = new Map<string, Array<[string, RegExp]>>();
  return relations.map((r) => {
    if (r.kind !== 'AGREEMENT' && r.kind !== 'CONTACT') return r;
    let named = byQuote.get(r.evidence.quote);
    if (!named) byQuote.set(r.evidence.quote, (named = townBodies(r.evidence.quote)));
    let out = r;
    for (const [town, kind] of named) {
      if (out.source !== town && out.target !== town) continue;
      const bodies = institutions.filter((e) => e.city === town && kind.test(e.name));
      if (bodies.length !== 1) continue;
      out = { ...out, source: out.source === town ? bodies[0]!.id : out.source, target: out.target === town ? bodies[0]!.id : out.target };
    }
    return out;
  });
}
