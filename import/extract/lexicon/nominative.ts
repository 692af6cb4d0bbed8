// A noun phrase in any case → its nominative, as a person would write the name: only the head (leading
// modifiers and the head noun) is inflected; genitive dependents, «names», `им. …` and `№ N` stay as written.
import { type Agr, type GNumber, type Reading, inflectReading } from './morph.js';
import { type Token, isAbbreviation, isNumericOrdinal, isPreposition, numericOrdinalNominative, tokenize, tokenReadings, wordReadings } from './word-tokens.js';
import { Memo } from './memo.js';
import { agreeingReading, headFrames, isFixedModifier, isModifierReading } from './agreement.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
const LETTER = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]/u;

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

// A passive participle's suffix before its ending: `-анн-`, `-енн-`, `-ённ-`, `-ованн-`, `-нн-` after a vowel, `-т-`.
const PASSIVE = /(нн|[аяе]н|ённ|т)(ого|ому|ыми|ым|ом|ой|ая|ую|ое|ые|ых|ый)$/iu;

/** The nominative of an adjective by its ending alone: `Первой` → `Первая`; null for another ending. */
function byHardEnding(word: string, number: GNumber, gender: string | null): string | null {
  const m = /^(.*?)(ого|ому|ыми|ым|ом|ой|ая|ую|ое|ые|ых|ый)$/u.exec(word) ?? /^(.*?[кгхжшчщ])(ими|им|их|ие|ий)$/u.exec(word);
  if (!m) return null;
  // After к, г, х and the hushing consonants Russian writes и, not ы: `Уппсальским` → `Уппсальский`.
  const soft = /[кгхжшчщ]$/u.test(m[1]!);
  const ending = number === 'plur' ? (soft ? 'ие' : 'ые') : gender === 'femn' ? 'ая' : gender === 'neut' ? 'ое' : soft ? 'ий' : 'ый';
  return m[1] + ending;
}

function nominativeGrammemes(number: GNumber, gender: string | null): string[] {
  return number === 'plur' ? ['nomn', 'plur'] : gender ? ['nomn', 'sing', gender] : ['nomn', 'sing'];
}

function capitaliseFirst(s: string): string {
  // Only a word that starts the name: `6-я Выставка` keeps its ordinal suffix.
  const i = s.search(/[^«"„“(\s]/u);
  if (i < 0 || !LETTER.test(s.charAt(i))) return s;
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
    if (isAbbreviation(t.text) || !tokenReadings(t).some(isModifierReading)) break;
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

const cache = new Memo<string>(50_000);

/**
 * The nominative of a name found in an oblique case: `Омским государственным университетом им. Ф.М.
 * Достоевского` → `Омский государственный университет им. Ф.М. Достоевского`. A leading preposition is
 * dropped; the first letter is capitalised; everything after the head noun stays as written (a coordinated
 * head in the same case, `чемпионате и первенстве Европы`, is inflected too). `number: 'sing'` prefers a
 * singular reading where the case is ambiguous (`гимназии` → `Гимназия`, not `Гимназии`) and makes a plural
 * head singular (`фестивалей` → `Фестиваль`). Needs loadMorph(); results are cached.
 */
export function toNominative(phrase: string, opts: { number?: GNumber } = {}): string {
  return cache.get(`${opts.number ?? ''}|${phrase}`, () => computeNominative(phrase, opts));
}

function computeNominative(phrase: string, opts: { number?: GNumber }): string {
  const text = phrase.trim().replace(/\s+/g, ' ');
  const toks = tokenize(text);
  let from = 0;
  if (toks.length > 1 && toks[0]!.kind === 'word' && isPreposition(toks[0]!.lower)) from = 1;
  const replaced = new Map<number, string>();
  const choice = chooseHead(toks, from, opts.number);
  if (choice) {
    // `ЭКСПО`, indeclinable, is neuter: the adjectives before it (`Российско-китайском`) take its gender.
    const agr = toks[choice.head]!.lower === 'экспо' ? { ...choice.agr, gender: 'neut' as const } : choice.agr;
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
      // Already the nominative the head asks for (`Тверской` before `университет`): kept as written, where az's
      // paradigm of a surname would make it `Тверский`.
      if (a.case === 'nomn' && n === 'sing' && tokenReadings(t).some((x) => x.known && x.pos === 'ADJF' && !x.proper && x.case === 'nomn' && x.number === 'sing' && (!a.gender || x.gender === a.gender))) return;
      const r = agreeingReading(t, a);
      if (!r) return;
      const gender = a.gender ?? r.gender;
      let out = inflectWord(t.text, r, nominativeGrammemes(n, gender), false);
      // az keeps `первый` in the paradigm of `один` (`Первая` → `одна`): decline such a word by its ending.
      // A word the dictionary cannot inflect (`Уппсальским`) declines by its ending too.
      // A passive participle: az's paradigm is the active one (`Централизованной` → `централизовавшая`), so it
      // declines by its ending too.
      if (out.slice(0, 3).toLowerCase() !== t.text.slice(0, 3).toLowerCase() || out === t.text || (r.pos === 'PRTF' && PASSIVE.test(t.text))) {
        out = byHardEnding(t.text, n, gender) ?? t.text;
      }
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
  return capitaliseFirst(out + text.slice(pos));
}
