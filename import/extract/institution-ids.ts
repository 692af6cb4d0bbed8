// An institution with a generic name gets its town in its id: at its mention when the sentence states the town
// (sentence-mentions.ts), else as the last step of a report's extraction, once the report's town is known.
// "Средняя школа № 5", "Гимназия имени А.С. Пушкина" and "МБУК «Централизованная библиотечная система»" exist in
// hundreds of towns; an id made from the name alone would make them one node of the graph, and a path from a
// school in Gomel to Omsk would run through every other town's school of that number. A name with a proper word in
// it ("Омский государственный университет", "Университет Хоккайдо", "Ансамбль «Илем»") keeps the id its name gives,
// so reports that place it differently, or not at all, still meet on one node.
import { adjectiveCountry } from './finders/country-adjectives.js';
import { Memo } from './lexicon/memo.js';
import { readings } from './lexicon/morph.js';
import type { Entity, ExtractedRelation } from './types.js';

// "им. П. Васильева", "имени Героя Советского Союза М. М. Кузьмина": whom it is named after, up to a closing quote.
const NAMED_AFTER = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(им\.|им(?=\s)|имени)[^«»"“”]*/gu;
const PART = /[«»"“”„]/u;
const WORD = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ\d-]*|№/gu;
const ABBREVIATION = /^[A-ZÀ-ÖØ-ÞЀ-Я\d]{2,}$/u;
const INITIAL = /^[A-ZÀ-ÖØ-ÞЀ-Я]$/u;
/**
 * The modifiers a type of institution takes in any town (lemmas). A capitalised adjective outside this list is a
 * place's or a person's ("Сибирский", "Державинский", "Котбусская") and makes the name proper.
 */
const GENERIC_MODIFIERS = new Set([
  'средний', 'детский', 'городской', 'центральный', 'централизованный', 'районный', 'сельский', 'муниципальный',
  'областной', 'краевой', 'республиканский', 'национальный', 'государственный', 'народный', 'образцовый',
  'спортивный', 'музыкальный', 'художественный', 'общеобразовательный', 'основной', 'начальный', 'вечерний',
  'специальный', 'специализированный', 'коррекционный', 'юношеский', 'публичный', 'научный', 'универсальный',
  'межпоселенческий', 'культурный', 'молодёжный', 'молодежный', 'кадетский', 'частный', 'краеведческий',
  'дошкольный', 'профессиональный', 'политехнический', 'педагогический', 'медицинский', 'технический',
]);

// Asked of every institution a sentence names with its town: one answer per name.
const generic = new Memo<boolean>(20_000);

/** A name that any town's institution of its type could bear: no proper word, only a type, a number, whom it is named after. */
export function isGenericName(name: string): boolean {
  return generic.get(name, computeIsGenericName);
}

function computeIsGenericName(name: string): boolean {
  // Only abbreviations ("САФУ", "ИРНИТУ", "ТПП МО"): contracted from a proper name as often as from a type's.
  let plain = 0;
  const parts = name.split(PART);
  for (const part of parts) {
    // "Ансамбль «Илем»": a title of one word in quotes is the institution's own name.
    if (parts.length > 1 && /^\s*[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+\s*$/u.test(part)) return false;
    const words = [...part.replace(NAMED_AFTER, ' ').matchAll(WORD)].map((m) => m[0]);
    for (const [k, word] of words.entries()) {
      if (ABBREVIATION.test(word) || INITIAL.test(word) || word === '№' || /^\d/.test(word)) continue;
      plain++;
      // "Союз российских городов": a country's adjective makes a national body, not a town's.
      if (adjectiveCountry(word.toLowerCase()) !== undefined) return false;
      if (!/^[A-ZÀ-ÖØ-ÞЀ-Я]/u.test(word)) continue;
      // A capital inside a part is a proper name's; at its start, the word must be a common noun or modifier.
      if (k > 0 || !isCommonHead(word)) return false;
    }
  }
  return plain > 0;
}

function isCommonHead(word: string): boolean {
  if (word.includes('-')) return false;
  const rs = readings(word.toLowerCase());
  if (rs.length === 0 || rs.some((r) => r.proper || !r.known)) return false;
  return rs.some((r) => r.pos === 'NOUN' || (r.pos === 'ADJF' && GENERIC_MODIFIERS.has(r.lemma)));
}

/** `id` of a body named `name` in `cityId`, with the town in it when the name is generic: `inst:<name>@<town>`. */
export function placedInstitutionId(id: string, name: string, cityId: string | null | undefined): string {
  if (!cityId?.startsWith('city:') || id.includes('@') || !isGenericName(name)) return id;
  return `${id}@${cityId.slice('city:'.length)}`;
}

/** The id of an institution with a town and a generic name, when it has no town in it yet. */
function placedId(e: Entity): string | null {
  if (e.kind !== 'Institution') return null;
  const id = placedInstitutionId(e.id, e.name, e.city);
  return id === e.id ? null : id;
}

/** The report's entities and relations, with the ids of generically named institutions made town-specific. */
export function placeInstitutionIds(entities: Entity[], relations: ExtractedRelation[]): { entities: Entity[]; relations: ExtractedRelation[] } {
  const renamed = new Map<string, string>();
  for (const e of entities) {
    const id = placedId(e);
    if (id) renamed.set(e.id, id);
  }
  if (renamed.size === 0) return { entities, relations };
  const rename = (id: string) => renamed.get(id) ?? id;
  // A body named with its town stated in one sentence and bare in another meets itself again here: one entity.
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    const id = rename(e.id);
    const known = byId.get(id);
    byId.set(id, known ? { ...e, ...known, aliases: [...new Set([...(known.aliases ?? []), ...(e.aliases ?? []), ...(e.name !== known.name ? [e.name] : [])])] } : { ...e, id });
  }
  return {
    entities: [...byId.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)),
    relations: distinct(
      relations.map((r) => (renamed.has(r.source) || renamed.has(r.target) ? { ...r, source: rename(r.source), target: rename(r.target) } : r)),
    ),
  };
}

/** The relations without one that now joins a body to itself or repeats another (the two names became one id). */
function distinct(relations: ExtractedRelation[]): ExtractedRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.kind}|${r.source}|${r.target}|${r.year}|${r.month}|${r.status}`;
    if (r.source === r.target || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
