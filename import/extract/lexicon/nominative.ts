// A noun phrase in any case → its nominative, as a person would write the name: only the head (leading
// modifiers and the head noun) is inflected; genitive dependents, «names», `им. …` and `№ N` stay as written.
import {
  type Agr,
  type Case,
  type GNumber,
  type Reading,
  type Token,
  inflectReading,
  isAbbreviation,
  isNumericOrdinal,
  isPreposition,
  isRoman,
  loadMorph,
  matchQuotes,
  numericOrdinalNominative,
  quoteDepths,
  tokenize,
  wordReadings,
} from './morph.js';

export { loadMorph };

/** An adjective or a participle: what agrees with a head noun. */
export function isModifierReading(r: Reading): boolean {
  return r.pos === 'ADJF' || r.pos === 'PRTF';
}

/** Does reading r of a modifier agree with a head of this case, number and gender? */
export function agrees(r: Reading, a: Agr): boolean {
  return (
    isModifierReading(r) &&
    r.case === a.case &&
    r.number === a.number &&
    (a.number === 'plur' || !a.gender || !r.gender || r.gender === a.gender)
  );
}

/** A token that modifies without declining in writing: `6-й`, `XIII`, `2016`. */
export function isFixedModifier(t: Token): boolean {
  return t.kind === 'num' || isNumericOrdinal(t.text) || isRoman(t.text);
}

const ALL_CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;

/** What a head noun imposes on its modifiers under one of its readings (none for an abbreviation). */
export interface Frame {
  agr: Agr;
  score: number;
  reading: Reading | null;
}

/** The agreement frames a head noun offers: one per noun reading; an abbreviation (`ТПП`) fits any. */
export function headFrames(t: Token): Frame[] {
  if (isAbbreviation(t.text)) {
    return ALL_CASES.flatMap((c) =>
      (['sing', 'plur'] as const).map((n) => ({ agr: { case: c, number: n, gender: null }, score: 0.01, reading: null })),
    );
  }
  const out: Frame[] = [];
  for (const r of wordReadings(t.text)) {
    if (r.pos !== 'NOUN' || !r.case || !r.number) continue;
    out.push({ agr: { case: r.case, number: r.number, gender: r.gender }, score: r.score, reading: r });
  }
  return out;
}

/** The best reading of a modifier that agrees with a frame, or null. */
export function agreeingReading(t: Token, a: Agr): Reading | null {
  let best: Reading | null = null;
  let bestScore = -1;
  for (const r of wordReadings(t.text)) {
    if (!agrees(r, a)) continue;
    // az guesses possessives (`духовых` as if from `Духов`) for many words: prefer any other reading.
    const score = r.parse.tag.Poss ? r.score / 4 : r.score;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** Copies the capitalisation of `orig` onto `word` (az returns lower case), part by part for hyphenated words. */
function withCaseOf(word: string, orig: string): string {
  const parts = word.split('-');
  const origParts = orig.split('-');
  const cased = parts.map((p, i) => {
    const o = origParts[Math.min(i, origParts.length - 1)] ?? '';
    if (o.length > 1 && o === o.toUpperCase() && o !== o.toLowerCase()) return p.toUpperCase();
    const f = o[0] ?? '';
    return f !== f.toLowerCase() ? p.charAt(0).toUpperCase() + p.slice(1) : p;
  });
  let out = cased.join('-');
  // az spells its dictionary forms with ё; keep the writer's е.
  if (!/[ёЁ]/.test(orig)) out = out.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  return out;
}

/** Inflects one word of the head to the nominative; hyphenated nouns inflect each part that agrees (`Домом-музеем`). */
function inflectWord(text: string, r: Reading, grammemes: string[], nounParts: boolean): string {
  const dash = text.lastIndexOf('-');
  const last = r.parse ? inflectReading(r, grammemes) : null;
  if (!last) return text;
  if (dash < 0) return withCaseOf(last, text);
  const parts = text.split('-');
  const lastOut = withCaseOf(last, parts[parts.length - 1]!);
  const head = parts.slice(0, -1).map((p) => {
    if (!nounParts) return p;
    const pr = wordReadings(p).find((x) => x.pos === 'NOUN' && x.case === r.case && x.number === r.number);
    const out = pr ? inflectReading(pr, grammemes) : null;
    return out ? withCaseOf(out, p) : p;
  });
  return [...head, lastOut].join('-');
}

/** The nominative of a hard-stem adjective by its ending alone: `Первой` → `Первая`; null for another ending. */
function byHardEnding(word: string, number: GNumber, gender: string | null): string | null {
  const m = /^(.*?)(ого|ому|ыми|ым|ом|ой|ая|ую|ое|ые|ых|ый)$/u.exec(word);
  if (!m) return null;
  const ending = number === 'plur' ? 'ые' : gender === 'femn' ? 'ая' : gender === 'neut' ? 'ое' : 'ый';
  return m[1] + ending;
}

function nominativeGrammemes(number: GNumber, gender: string | null): string[] {
  return number === 'plur' ? ['nomn', 'plur'] : gender ? ['nomn', 'sing', gender] : ['nomn', 'sing'];
}

function capitaliseFirst(s: string): string {
  // Only a word that starts the name: `6-я Выставка` keeps its ordinal suffix.
  const i = s.search(/[^«"„“(\s]/u);
  if (i < 0 || !/\p{L}/u.test(s.charAt(i))) return s;
  return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}

interface HeadChoice {
  zone: number[];
  head: number;
  agr: Agr;
  reading: Reading | null;
}

/** Finds the head noun of the phrase: the last word of the leading run of modifiers that agrees with them all. */
function chooseHead(toks: Token[], from: number, prefer?: GNumber): HeadChoice | null {
  const zone: number[] = [];
  for (let j = from; j < toks.length; j++) {
    const t = toks[j]!;
    if (t.kind === 'punct' && (t.text === '(' || t.text === ')')) continue;
    if (t.kind === 'num') {
      zone.push(j);
      continue;
    }
    if (t.kind !== 'word') break;
    zone.push(j);
    if (isFixedModifier(t)) continue;
    if (isAbbreviation(t.text) || !wordReadings(t.text).some(isModifierReading)) break;
  }
  for (let h = zone.length - 1; h >= 0; h--) {
    const ht = toks[zone[h]!]!;
    if (isFixedModifier(ht)) continue;
    let best: { agr: Agr; reading: Reading | null; score: number } | null = null;
    for (const frame of headFrames(ht)) {
      let score = frame.score + (frame.agr.case === 'nomn' ? 0.2 : 0) + (frame.agr.number === 'sing' ? 0.05 : 0);
      if (prefer && frame.agr.number === prefer) score += 10;
      let ok = true;
      for (let m = 0; m < h && ok; m++) {
        const mt = toks[zone[m]!]!;
        if (isFixedModifier(mt)) continue;
        const r = agreeingReading(mt, frame.agr);
        if (!r) ok = false;
        else score += r.score;
      }
      if (ok && (!best || score > best.score)) best = { agr: frame.agr, reading: frame.reading, score };
    }
    if (best) return { zone: zone.slice(0, h + 1), head: zone[h]!, agr: best.agr, reading: best.reading };
  }
  return null;
}

const cache = new Map<string, string>();

/**
 * The nominative of a name found in an oblique case: `Омским государственным университетом им. Ф.М.
 * Достоевского` → `Омский государственный университет им. Ф.М. Достоевского`. A leading preposition is
 * dropped; the first letter is capitalised; everything after the head noun stays as written (a coordinated
 * head in the same case, `чемпионате и первенстве Европы`, is inflected too). `number: 'sing'` prefers a
 * singular reading where the case is ambiguous (`гимназии` → `Гимназия`, not `Гимназии`) and makes a plural
 * head singular (`фестивалей` → `Фестиваль`). Needs loadMorph(); results are cached.
 */
export function toNominative(phrase: string, opts: { number?: GNumber } = {}): string {
  const key = `${opts.number ?? ''}|${phrase}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const text = phrase.trim().replace(/\s+/g, ' ');
  const toks = tokenize(text);
  let from = 0;
  if (toks.length > 1 && toks[0]!.kind === 'word' && isPreposition(toks[0]!.lower)) from = 1;
  const replaced = new Map<number, string>();
  const choice = chooseHead(toks, from, opts.number);
  if (choice) {
    const { agr } = choice;
    const number = opts.number ?? agr.number;
    const inflectHead = (idx: number, r: Reading | null) => {
      const t = toks[idx]!;
      if (!r || r.parse.tag.Fixd || isAbbreviation(t.text)) return;
      let out = inflectWord(t.text, r, ['nomn', number], true);
      if (out === t.text && number === 'sing') out = inflectWord(t.text, r, ['nomn'], true);
      replaced.set(idx, out);
    };
    const inflectModifier = (idx: number, a: Agr, n: GNumber) => {
      const t = toks[idx]!;
      if (isNumericOrdinal(t.text)) replaced.set(idx, numericOrdinalNominative(t.text, n, a.gender));
      if (isFixedModifier(t)) return;
      const r = agreeingReading(t, a);
      if (!r) return;
      const gender = a.gender ?? r.gender;
      let out = inflectWord(t.text, r, nominativeGrammemes(n, gender), false);
      // az keeps `первый` in the paradigm of `один` (`Первая` → `одна`): decline such a word by its ending.
      if (out.slice(0, 3).toLowerCase() !== t.text.slice(0, 3).toLowerCase()) out = byHardEnding(t.text, n, gender) ?? t.text;
      replaced.set(idx, out);
    };
    for (const idx of choice.zone) if (idx !== choice.head) inflectModifier(idx, agr, number);
    inflectHead(choice.head, choice.reading);
    // A coordinated head in the same case: `чемпионате и первенстве Европы`.
    const j = choice.head + 1;
    if (toks[j]?.lower === 'и' || toks[j]?.lower === 'или') {
      const second = chooseHead(toks, j + 1);
      if (second && second.agr.case === agr.case && !isAbbreviation(toks[second.head]!.text)) {
        const n2 = opts.number ?? second.agr.number;
        for (const idx of second.zone) if (idx !== second.head) inflectModifier(idx, second.agr, n2);
        const r = second.reading;
        if (r && !r.parse.tag.Fixd) replaced.set(second.head, inflectWord(toks[second.head]!.text, r, ['nomn', n2], true));
      }
    }
  }
  let out = '';
  let pos = from < toks.length ? toks[from]!.start : text.length;
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    out += text.slice(pos, t.start) + (replaced.get(i) ?? t.text);
    pos = t.end;
  }
  out = capitaliseFirst(out + text.slice(pos));
  if (cache.size > 50_000) cache.clear();
  cache.set(key, out);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The grammar of a name, shared by the institution and event finders: the head noun, the modifiers on its left,
// and on its right the genitive dependents, a «name», `№ N` and `им. …`.

/** A tokenised sentence with its quotes matched. */
export interface Scan {
  text: string;
  toks: Token[];
  /** For an opening quote, the index of its closing quote; -1 otherwise. */
  match: number[];
  /** How many quotes are open around each token. */
  depth: number[];
  /** The first word of the sentence (after list markers): its capital letter says nothing. */
  firstWord: number;
}

const scans = new Map<string, Scan>();

/** Tokenises a sentence once: the finders that read one sentence share its scan (a small cache). */
export function scanText(text: string): Scan {
  let hit = scans.get(text);
  if (!hit) {
    hit = computeScan(text);
    if (scans.size >= 256) scans.delete(scans.keys().next().value!);
    scans.set(text, hit);
  }
  return hit;
}

function computeScan(text: string): Scan {
  const toks = tokenize(text);
  const match = matchQuotes(toks);
  const depth = quoteDepths(toks, match);
  let firstWord = toks.findIndex((t) => t.kind === 'word' && !/^\d/.test(t.text));
  if (firstWord < 0) firstWord = toks.length;
  return { text, toks, match, depth, firstWord };
}

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
    const rs = wordReadings(s.toks[k]!.text);
    // `Гомеля Республики Беларусь`: a designator starts the next place.
    if (k > i && rs.some((r) => r.pos === 'NOUN' && (REGION_DESIGNATORS.has(r.lemma) || CITY_DESIGNATORS.has(r.lemma)))) break;
    const adjective = rs.some((r) => r.pos === 'ADJF' && r.known && r.score >= 0.3);
    k++;
    if (!adjective) break;
  }
  if (k === i) return null;
  return { start: i, end: k, text: s.text.slice(s.toks[i]!.start, s.toks[k - 1]!.end) };
}

/** Initials and a surname: `Ф.М. Достоевского`, `М. М. Кузьмина`. */
function initialsName(s: Scan, i: number): number {
  let k = i;
  while (s.toks[k]?.kind === 'word' && /^\p{Lu}$/u.test(s.toks[k]!.text) && s.toks[k + 1]?.text === '.') k += 2;
  if (k === i || !s.toks[k]?.cap || s.toks[k]!.kind !== 'word') return -1;
  return k + 1;
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
      const adj = (x: Token) => wordReadings(x.text).some((r) => isModifierReading(r) && r.case === 'gent');
      if (adj(before) && adj(after) && !isAbbreviation(after.text)) continue;
    }
    if (t.kind !== 'word' || isPreposition(t.lower) || NOT_NP_WORDS.has(t.lower)) break;
    zone.push(j);
    if (isNumericOrdinal(t.text)) continue;
    if (isAbbreviation(t.text) || !wordReadings(t.text).some(isModifierReading)) break;
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
        if (run) {
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

export interface RightOptions {
  /** Event names: `между X и Y`, `на корейском языке`, `для детей и молодежи «…»`, a year `- 2016`. */
  event?: boolean;
  /** `по делам молодежи`, `по спортивной аэробике`. */
  byPhrase?: boolean;
  /** `в городе Иркутске` is part of a consulate's name. */
  diplomatic?: boolean;
  /** A noun that starts a new name when coordinated (`… и университета`) rather than continuing this one. */
  isHead?: (np: NP) => boolean;
}

export interface NameTail {
  /** Token index just after the name. */
  end: number;
  /** Genitive dependents and phrases taken. */
  deps: number;
  /** A proper name among the dependents, other than a lone place name (`центре Омска`). */
  properDep: boolean;
  /** A capitalised word among the dependents (`первенство Азии`). */
  capitalDep: boolean;
  quote: { open: number; close: number } | null;
  number: boolean;
  imeni: boolean;
  /** The city named inside the name (`города Омска`, `в городе Иркутске`). */
  city: { text: string; start: number; end: number } | null;
  /** The city named right after the name, outside it (`… им. Саниных города Омска`, `(г. Павлодар, …)`). */
  cityAfter: { text: string; start: number; end: number } | null;
  depLemmas: string[];
}

/** Nouns after which a dative object is part of the phrase: `содействия международной торговле`. */
const DATIVE_GOVERNORS = new Set(['содействие', 'помощь', 'служение']);

/** `по …` phrases that say why or how, not what a body or contest is about. */
const NOT_NAME_PP = new Set([
  'итог', 'результат', 'инициатива', 'приглашение', 'поручение', 'случай', 'повод', 'причина', 'просьба',
  'адрес', 'линия', 'окончание', 'завершение', 'состояние', 'мнение', 'оценка', 'данные', 'слово', 'сравнение',
  'время', 'создание', 'проведение', 'реализация', 'организация', 'подготовка', 'подписание', 'установка',
  'обмен', 'публикация', 'итоги', 'согласование', 'договоренность', 'соглашение', 'счет', 'территория',
  'месяц', 'год', 'сторона', 'сеть', 'телефон', 'видеосвязь', 'мир', 'страна', 'город', 'россия',
]);

function cityAt(s: Scan, i: number): { text: string; start: number; end: number; next: number } | null {
  const t = s.toks[i];
  if (!t) return null;
  if (t.lower === 'г' && s.toks[i + 1]?.text === '.') {
    const run = properRun(s, i + 2);
    return run ? { ...run, next: run.end } : null;
  }
  if (/^город(а|е|ом)?$/.test(t.lower)) {
    const run = properRun(s, i + 1);
    return run ? { ...run, next: run.end } : null;
  }
  return null;
}

/** Extends a name rightwards from token `from` (just after its head). */
export function extendRight(s: Scan, from: number, opts: RightOptions = {}): NameTail {
  const toks = s.toks;
  const tail: NameTail = {
    end: from, deps: 0, properDep: false, capitalDep: false, quote: null, number: false, imeni: false, city: null, cityAfter: null,
    depLemmas: [],
  };
  const d = s.depth[from - 1] ?? 0;
  const same = (i: number) => i < toks.length && s.depth[i] === d;
  let i = from;
  const take = (np: NP) => {
    i = np.end;
    tail.deps++;
    // A lone place name (`центре Омска`) does not make a name; `г. Кайфын`, `Павла Васильева` do.
    const lonePlace = np.end - np.start === 1 && wordReadings(toks[np.head]!.text).some((r) => r.parse.tag.Geox);
    tail.properDep ||= np.proper && !lonePlace;
    tail.capitalDep ||= np.proper;
    if (np.lemma) tail.depLemmas.push(np.lemma);
    if (np.city) tail.city = np.city;
  };
  const isHead = opts.isHead ?? (() => false);

  chain: for (let guard = 0; guard < 20 && same(i); guard++) {
    const t = toks[i]!;
    const np = npAt(s, i, ['gent']);
    if (np) {
      take(np);
      if (np.city) break;
      // Coordinated dependents: `промышленности и науки`, `строительства, цветоводства и садоводства`.
      for (;;) {
        const c = toks[i];
        if (!c || !same(i)) break;
        if (c.lower === 'и' || c.lower === 'или') {
          const np2 = npAt(s, i + 1, ['gent']);
          // `экономики и управления` goes on; `… и Омского университета` starts another name.
          const bare = np2 !== null && np2.head === np2.start && !toks[np2.head]!.cap;
          if (np2 && (bare || !isHead(np2))) {
            take(np2);
            if (np2.city) break chain;
            continue;
          }
        } else if (c.text === ',') {
          // A comma list of lower-case genitives, closed by `и …` or by a «name».
          const items: NP[] = [];
          let k = i;
          while (toks[k]?.text === ',' && same(k)) {
            const item = npAt(s, k + 1, ['gent']);
            if (!item || toks[k + 1]!.cap || isHead(item) || item.city) break;
            items.push(item);
            k = item.end;
          }
          const closer = toks[k];
          const closes =
            items.length > 0 &&
            closer !== undefined &&
            same(k) &&
            (((closer.lower === 'и' || closer.lower === 'или') && npAt(s, k + 1, ['gent'])) || closer.kind === 'open');
          if (closes) {
            for (const item of items) take(item);
            continue;
          }
        }
        break;
      }
      continue;
    }
    const last = tail.depLemmas[tail.depLemmas.length - 1];
    if (last && DATIVE_GOVERNORS.has(last)) {
      const dn = npAt(s, i, ['datv']);
      if (dn) {
        take(dn);
        continue;
      }
    }
    if (t.lower === 'по' && (opts.byPhrase || opts.event)) {
      const pp = npAt(s, i + 1, ['datv']);
      if (pp && !NOT_NAME_PP.has(pp.lemma)) {
        take(pp);
        continue;
      }
    }
    if (opts.event && t.lower === 'между') {
      const a = npAt(s, i + 1, ['ablt']);
      const conj = a ? toks[a.end] : undefined;
      const b = a && conj && (conj.lower === 'и' || conj.text === ',') ? npAt(s, a.end + 1, ['ablt']) : null;
      if (a && b) {
        take(a);
        take(b);
        continue;
      }
    }
    if (opts.event && t.lower === 'на') {
      const lang = npAt(s, i + 1, ['loct']);
      if (lang && lang.lemma === 'язык') {
        take(lang);
        continue;
      }
    }
    if (opts.event && t.lower === 'для') {
      // `для детей и молодежи «…»`: only when a «name» follows, which shows the phrase belongs to the name.
      let k = i + 1;
      const nps: NP[] = [];
      for (let np2 = npAt(s, k, ['gent']); np2; np2 = npAt(s, k, ['gent'])) {
        nps.push(np2);
        k = np2.end;
        if (toks[k]?.lower === 'и') k++;
        else break;
      }
      if (nps.length && toks[k]?.kind === 'open') {
        nps.forEach(take);
        continue;
      }
    }
    break;
  }

  // `в городе Иркутске`, `в г. Омске`, `в Омске` after a consulate or embassy.
  if (opts.diplomatic && (toks[i]?.lower === 'в' || toks[i]?.lower === 'во') && same(i)) {
    const c = cityAt(s, i + 1);
    // `в Омске` (a city), `в Российской Федерации` (a country: part of the name, but no city word).
    const place = !c ? npAt(s, i + 1, ['loct']) : null;
    if (c) {
      tail.city = c;
      i = c.next;
    } else if (place && place.proper && toks[place.start]!.cap) {
      if (place.end - place.start === 1) {
        tail.city = { start: place.start, end: place.end, text: toks[place.start]!.text };
      }
      i = place.end;
    }
  }
  // `Форум … Шелкового пути - 2016`.
  if (opts.event && /^[-–—]$/.test(toks[i]?.text ?? '') && /^(19|20)\d\d$/.test(toks[i + 1]?.text ?? '')) i += 2;
  // «name», № 75, им. Ф.М. Достоевского, in either order: `школы № 1 им. Саниных`, `сада № 45 «Солнышко»`.
  for (let progressed = true; progressed; ) {
    progressed = false;
    if (!tail.quote && toks[i]?.kind === 'open' && s.match[i]! > i) {
      tail.quote = { open: i, close: s.match[i]! };
      i = s.match[i]! + 1;
      progressed = true;
    }
    if (!tail.number && toks[i]?.text === '№' && toks[i + 1]?.kind === 'num') {
      tail.number = true;
      i += 2;
      progressed = true;
    }
    if (!tail.imeni && (toks[i]?.lower === 'им' || toks[i]?.lower === 'имени')) {
      // им. Ф.М. Достоевского, имени Героя Советского Союза М. М. Кузьмина, имени 30-летия Победы
      let k = i + 1 + (toks[i]!.lower === 'им' && toks[i + 1]?.text === '.' ? 1 : 0);
      const begin = k;
      for (let n = 0; n < 6 && k < toks.length; n++) {
        const t = toks[k]!;
        if (t.kind === 'word' && /^\p{Lu}$/u.test(t.text) && toks[k + 1]?.text === '.') k += 2;
        else if (t.kind === 'word' && (t.cap || /^\d/.test(t.text))) k++;
        else break;
      }
      if (k > begin) {
        tail.imeni = true;
        i = k;
        progressed = true;
      }
    }
  }
  tail.end = i;
  // The city right after the name: `… города Омска`, `(город Павлодар, Республика Казахстан)`.
  const after = toks[i]?.text === '(' ? cityAt(s, i + 1) : cityAt(s, i);
  if (after && !tail.city) tail.cityAfter = after;
  return tail;
}
