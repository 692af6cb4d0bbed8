// The grammar of a name, shared by the institution and event finders: the head noun, the modifiers on its
// left, and the noun phrases (a proper run, a designated city or region) that a name is built of.
import { type Agr, type Case, type Reading } from './morph.js';
import { type Token, isAbbreviation, isNumericOrdinal, isPreposition, isRoman, tokenReadings } from './word-tokens.js';
import { type Frame, agreeingReading, headFrames, isModifierReading } from './agreement.js';
import { type Scan } from './scan.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
const SINGLE_CAPITAL = /^[A-ZÀ-ÖØ-ÞЀ-Я]$/u;

/** Adjectives that point rather than name (`этой`, `других`, `данной`): never part of a name. */
const NOT_NAME_MODIFIERS = new Set([
  'другой', 'данный', 'указанный', 'следующий', 'различный', 'многий', 'некоторый', 'разный', 'такой', 'иной',
  'каждый', 'любой', 'весь', 'сам', 'самый', 'который', 'этот', 'тот', 'свой', 'наш', 'ваш', 'их', 'его', 'её',
  'ряд', 'целый', 'ближайший', 'прошлый', 'текущий', 'нынешний', 'вышеуказанный', 'настоящий',
]);

/** A reading of t that can stand as a modifier of a name agreeing with a: an adjective (a participle if capitalised). */
export function modifierReading(t: Token, a: Agr): Reading | null {
  if (t.kind !== 'word') return null;
  if (isNumericOrdinal(t.text) || isRoman(t.text)) return null;
  const r = agreeingReading(t, a);
  if (!r || r.parse.tag.Apro || NOT_NAME_MODIFIERS.has(r.lemma)) return null;
  if (r.pos === 'PRTF' && !t.cap) return null;
  if (r.lemma === 'один' && !/^перв/.test(t.lower)) return null;
  return r;
}

/** Extends a head leftwards over the modifiers that agree with it: `6-й`, `XIII`, `Китайской (Маньчжурской)`. */
export function extendLeft(s: Scan, head: number, frames: Frame[]): { start: number; frames: Frame[] } {
  let start = head;
  let live = frames;
  let j = head - 1;
  while (j >= 0 && live.length) {
    const t = s.toks[j]!;
    if (s.depth[j] !== s.depth[head]) break;
    if (isNumericOrdinal(t.text) || isRoman(t.text)) {
      start = j--;
      continue;
    }
    if (t.text === ')') {
      const inner: number[] = [];
      let k = j - 1;
      while (k >= 0 && s.toks[k]!.kind === 'word' && inner.length < 3) inner.push(k--);
      if (k >= 0 && s.toks[k]!.text === '(' && inner.length) {
        const next = live.filter((f) => inner.every((i) => modifierReading(s.toks[i]!, f.agr)));
        if (next.length) {
          live = next;
          start = k;
          j = k - 1;
          continue;
        }
      }
      break;
    }
    const next = live.filter((f) => modifierReading(t, f.agr));
    if (!next.length) break;
    live = next;
    start = j--;
  }
  return { start, frames: live };
}

/** A noun phrase found at a position: its end (exclusive), its head noun and what it says. */
export interface NP {
  start: number;
  end: number;
  head: number;
  lemma: string;
  agr: Agr;
  /** Has a capitalised word (a proper name, `Республики Корея`, `Омской области`). */
  proper: boolean;
  /** The name after a city designator (`города Омска`, `г. Кайфын`, `мэрии Маньчжурии`). */
  city: { text: string; start: number; end: number } | null;
}

const CITY_DESIGNATORS = new Set(['город', 'город-побратим', 'город-партнер', 'мэрия', 'муниципалитет']);
const REGION_DESIGNATORS = new Set([
  'республика', 'провинция', 'область', 'край', 'округ', 'район', 'штат', 'префектура', 'уезд', 'земля',
  'кантон', 'воеводство', 'губерния', 'аймак', 'федерация',
]);

/** Function words az also reads as nouns (`и` as the letter's name), and `им.`/`имени`, which start a tail. */
const NOT_NP_WORDS = new Set([
  'и', 'или', 'а', 'но', 'да', 'же', 'ли', 'не', 'ни', 'как', 'что', 'это', 'так', 'также', 'то', 'им', 'имени',
  'либо', 'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'которых', 'чем', 'где', 'когда',
  // Forms of быть: `на Форуме были подписаны` is no "Форум были" (the genitive of быль).
  'был', 'была', 'было', 'были', 'будет', 'будут',
  // Mr and Mrs: `ректор Хулуньбуирского института г-н Хоу Янь` names a person after the body.
  'г-н', 'г-на', 'г-ну', 'г-ном', 'г-жа', 'г-жи', 'г-же', 'г-жой',
]);

/** Closes the quotes a name leaves open: `«Группа компаний «Титан»` → `«Группа компаний «Титан»»`. */
export function balanceQuotes(name: string): string {
  const open = (name.match(/«/g) ?? []).length;
  const close = (name.match(/»/g) ?? []).length;
  return open > close ? name + '»'.repeat(open - close) : name;
}

/**
 * A place's name: capitalised adjectives and one capitalised noun (`Омска`, `Нижнего Новгорода`, `Кёнсанбук-до`,
 * `Внутренняя Монголия`), not initials. It ends after the noun, so `Омска Сергей Шелест` is `Омска` and
 * `Стаханова Луганской Народной Республики` is `Стаханова`.
 */
export function properRun(s: Scan, i: number): { start: number; end: number; text: string } | null {
  let k = i;
  while (
    k < s.toks.length &&
    k - i < 4 &&
    s.toks[k]!.kind === 'word' &&
    s.toks[k]!.cap &&
    s.depth[k] === s.depth[i] &&
    !(s.toks[k]!.text.length === 1 && s.toks[k + 1]?.text === '.')
  ) {
    const rs = tokenReadings(s.toks[k]!);
    // `Гомеля Республики Беларусь`: a designator starts the next place.
    if (k > i && rs.some((r) => r.pos === 'NOUN' && (REGION_DESIGNATORS.has(r.lemma) || CITY_DESIGNATORS.has(r.lemma)))) break;
    const adjective = rs.some((r) => r.pos === 'ADJF' && r.known && r.score >= 0.3);
    k++;
    if (!adjective) break;
  }
  if (k === i) return null;
  return { start: i, end: k, text: s.text.slice(s.toks[i]!.start, s.toks[k - 1]!.end) };
}

/** A token that can be a modifier in the genitive (a module function: see name-tail.ts on keepNames). */
function isGenitiveModifier(x: Token): boolean {
  return tokenReadings(x).some((r) => isModifierReading(r) && r.case === 'gent');
}

/** Initials and a surname: `Ф.М. Достоевского`, `М. М. Кузьмина`. */
function initialsName(s: Scan, i: number): number {
  let k = i;
  while (s.toks[k]?.kind === 'word' && SINGLE_CAPITAL.test(s.toks[k]!.text) && s.toks[k + 1]?.text === '.') k += 2;
  if (k === i || !s.toks[k]?.cap || s.toks[k]!.kind !== 'word') return -1;
  return k + 1;
}

/** A first name that can only be nominative ("Татьяна", not "Татьяны"), by the dictionary. */
function isNominativeFirstName(t: Scan['toks'][number]): boolean {
  const rs = tokenReadings(t).filter((r) => r.known && r.parse.tag.Name);
  return rs.length > 0 && rs.every((r) => r.parse.tag.nomn);
}

/** Like chooseHead, on a sentence: the noun phrase at i whose head takes one of the cases given. */
export function npAt(s: Scan, i: number, cases: readonly Case[]): NP | null {
  const toks = s.toks;
  const d = s.depth[i];
  const first = toks[i];
  if (!first || first.kind !== 'word' || isPreposition(first.lower) || NOT_NP_WORDS.has(first.lower)) return null;
  if (cases.includes('gent')) {
    const end = initialsName(s, i);
    if (end > 0) return { start: i, end, head: end - 1, lemma: '', agr: { case: 'gent', number: 'sing', gender: null }, proper: true, city: null };
    if (first.lower === 'г' && toks[i + 1]?.text === '.') {
      const run = properRun(s, i + 2);
      if (run) return { start: i, end: run.end, head: i, lemma: 'город', agr: { case: 'gent', number: 'sing', gender: 'masc' }, proper: true, city: run };
      return null;
    }
  }
  const zone: number[] = [];
  for (let j = i; j < toks.length && s.depth[j] === d; j++) {
    const t = toks[j]!;
    // Coordinated adjectives: `сибирских и дальневосточных городов`.
    if ((t.lower === 'и' || t.text === ',') && zone.length && toks[j + 1]?.kind === 'word') {
      const before = toks[zone[zone.length - 1]!]!;
      const after = toks[j + 1]!;
      if (isGenitiveModifier(before) && isGenitiveModifier(after) && !isAbbreviation(after.text)) continue;
    }
    if (t.kind !== 'word' || isPreposition(t.lower) || NOT_NP_WORDS.has(t.lower)) break;
    zone.push(j);
    if (isNumericOrdinal(t.text)) continue;
    if (isAbbreviation(t.text) || !tokenReadings(t).some(isModifierReading)) break;
  }
  for (let h = zone.length - 1; h >= 0; h--) {
    const ht = toks[zone[h]!]!;
    if (isNumericOrdinal(ht.text)) continue;
    for (const frame of headFrames(ht)) {
      if (!cases.includes(frame.agr.case)) continue;
      const mods = zone.slice(0, h);
      if (!mods.every((m) => isNumericOrdinal(toks[m]!.text) || modifierReading(toks[m]!, frame.agr))) continue;
      const head = zone[h]!;
      const lemma = frame.reading?.lemma ?? ht.lower;
      const np: NP = {
        start: i,
        end: head + 1,
        head,
        lemma,
        agr: frame.agr,
        proper: zone.slice(0, h + 1).some((z) => toks[z]!.cap),
        city: null,
      };
      // `города Омска`, `мэрии Маньчжурии`: the name after a city designator ends the dependents.
      const cityWord = CITY_DESIGNATORS.has(lemma) || /^город[а-я]*-(побратим|партн[её]р)/.test(ht.lower);
      if (cityWord || REGION_DESIGNATORS.has(lemma)) {
        const run = properRun(s, head + 1);
        // ("Краславского края Татьяна Козачук": a first name in the nominative starts the person after the place.)
        if (run && !isNominativeFirstName(toks[head + 1]!)) {
          np.end = run.end;
          np.proper = true;
          if (cityWord && frame.agr.number === 'sing') np.city = run;
        }
      }
      return np;
    }
  }
  return null;
}
