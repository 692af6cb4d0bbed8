// The declension of place names: the six case forms of a name given in the nominative, with the OpenCorpora
// dictionaries of `az` where it knows the word (place names carry the `Geox` grammeme) and a small rule set for
// foreign names it does not know. The dictionaries are loaded SYNCHRONOUSLY on first use (~0.2 s); call
// `initMorph()` at start-up to pay that cost early. Without `az`, the rules alone are used. The prebuilt forms
// of known names are in case-forms.ts.
import { CYRILLIC } from './homoglyphs.js';
import { loadAzSync } from './morph.js';
import { lookupKey } from './name-key.js';

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
  return lookupKey(a) === lookupKey(b);
}

/**
 * The forms of a dictionary parse that share its part of speech and number; for adjectives also its gender and
 * stem (a participle's paradigm also holds the other participles of its verb, an adjective's its superlative).
 */
function paradigmOf(p: AzParse, adjective: boolean): Declension | undefined {
  const out: Declension = { nomn: [], gent: [], datv: [], accs: [], ablt: [], loct: [] };
  const number = p.tag.NMbr;
  const gender = p.tag.GNdr;
  const stem = lookupKey(p.word).slice(0, -2);
  for (let i = 0; i < (p.formCnt ?? 0); i++) {
    const f = p.inflect(i);
    if (!f) continue;
    const t = f.tag;
    const c = CASE_OF[t.CAse ?? ''];
    if (!c || t.POS !== p.tag.POS || t.Abbr) continue;
    if (number && t.NMbr !== number) continue;
    if (adjective && number === 'sing' && t.GNdr !== gender) continue;
    if (adjective && !lookupKey(f.word).startsWith(stem)) continue;
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
