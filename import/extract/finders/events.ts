// Named events in a sentence (festivals, forums, exhibitions, fairs, contests, championships, …) with their
// nominative names and whether the sentence says they were attended online.
import { type Token, isAbbreviation, tokenNounLemmas, tokenReadings } from '../lexicon/word-tokens.js';
import { type Frame, headFrames, isFixedModifier } from '../lexicon/agreement.js';
import { type NP, balanceQuotes, extendLeft, npAt } from '../lexicon/name-phrase.js';
import { extendRight } from '../lexicon/name-tail.js';
import { toNominative } from '../lexicon/nominative.js';
import { type Scan, scanText } from '../lexicon/scan.js';
import { EVENT_HEAD, EVENT_HEADS, headClasses } from './head-words.js';
import type { Sentence } from '../types.js';

export interface EventMention {
  /** Nominative: `Международный фестиваль живописи и графики «На своей Земле»`. */
  name: string;
  /** The words as they stand in the text. */
  surface: string;
  /** Offsets in the full text. */
  start: number;
  end: number;
  /** The clause says the event was attended online: `(онлайн формат)`, `в режиме видеоконференцсвязи`, … */
  online: boolean;
}

/** Heads too general to be part of the name: `проект «Встреча с городами-побратимами»` is the event `Встреча …`. */
const CONTAINER_HEADS = new Set(['проект', 'мероприятие']);

/** Heads that name an event only with a «name» (or a capitalised modifier), never by their dependents alone. */
const QUOTE_ONLY_HEADS = new Set(['проект', 'мероприятие', 'движение', 'сессия', 'чтение', 'праздник', 'акция', 'встреча']);

/** Counts of parties inside an event's name: `встреча трёх городов`, `саммит пяти столиц`. */
const COUNT_WORDS = /^(двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти)$/;

/** Heads that also name an event by a named body they belong to: `сессия Международной Ассамблеи столиц`. */
const BODY_HEADS = new Set(['сессия']);
const TWIN_TOWNS = /^город(ов|ам)-(побратимов|партн[её]ров)$/u;
// "всемирный", "международный", "XIII": a gathering's own word, not "ежегодная" or "очередная".
const QUALIFIER = /^(всемирн|международн|межрегиональн|всероссийск|российско|[ivxlc]+$|\d)/u;

/**
 * Plural-only heads: `Дни культуры`, `научные чтения «…»`, `Международные детские игры «…»`; a singular
 * `день`/`чтение`/`игра` is not an event, but for a city's day with its «name» (`День города «Липецк — город мастеров»`).
 */
const PLURAL_HEADS = new Set(['день', 'чтение', 'игра']);

/** Sports events named by their scope: `Чемпионат мира по …`, `первенство Европы`. */
const SPORTS_HEADS = new Set(['чемпионат', 'первенство', 'кубок', 'турнир', 'олимпиада', 'спартакиада', 'универсиада']);

const ONLINE =
  /онлайн|он-лайн|online|видеоконференц|видеосвяз|видео-связ|\bВКС\b|в режиме видео|в формате видео|трансляци|телемост|видеомост|видеовстреч|дистанционн|виртуальн|\bzoom\b|вебинар/iu;
/**
 * A piece of each of ONLINE's words, in a pattern without `u`: matched about seven times as fast, and never missing
 * a clause ONLINE matches (its case-insensitive letters take every letter `iu` takes for them; test/import/extract/finders/events-online.test.ts).
 */
const ONLINE_PIECES = /лайн|online|видео|вкс|трансляци|телемост|дистанционн|виртуальн|zoom|вебинар/i;

/** The clause says it was attended online (ONLINE), asked of the pieces first: most clauses have none. */
export function saysOnline(clause: string): boolean {
  return ONLINE_PIECES.test(clause) && ONLINE.test(clause);
}

// Of a token, not its text: the noun lemmas (in the order of their readings) and the lower case kept on the token
// cost no look-up or copy per word. Asked only of a word headClasses marks as an event's head, and of `ЭКСПО`.
function eventLemma(t: Token): string | null {
  for (const lemma of tokenNounLemmas(t)) if (EVENT_HEADS.has(lemma)) return lemma;
  if (t.lower === 'экспо') return 'экспо';
  return null;
}

// The helpers of findEvents are module functions, not closures in it: tsx compiles with esbuild's keepNames, which
// wraps every named closure in a `__name(…)` call each time the enclosing function runs.

/** Token `k` is a `,` or `;` outside quotes and brackets. */
function isClauseBoundary(s: Scan, k: number): boolean {
  const t = s.toks[k]!;
  if (t.text !== ',' && t.text !== ';') return false;
  if (s.depth[k]! > 0) return false;
  let open = 0;
  for (let j = 0; j < k; j++) open += s.toks[j]!.text === '(' ? 1 : s.toks[j]!.text === ')' ? -1 : 0;
  return open <= 0;
}

/** The clause around tokens [from, to): up to the nearest `,` or `;` outside quotes and brackets. */
function clauseOf(s: Scan, from: number, to: number): string {
  let a = from;
  while (a > 0 && !isClauseBoundary(s, a - 1)) a--;
  let b = to;
  while (b < s.toks.length && !isClauseBoundary(s, b)) b++;
  if (a >= b) return '';
  return s.text.slice(s.toks[a]!.start, s.toks[b - 1]!.end);
}

/** The name's last word is a place: `… городов-побратимов Омска`, `… городов Прииртышья`. */
function endsInPlace(s: Scan, end: number): boolean {
  const last = s.toks[end - 1];
  return last !== undefined && last.cap && tokenReadings(last).some((r) => r.parse.tag.Geox);
}

/** Gatherings of a body's members: `Форум ректоров Международной ассоциации …` (an exhibition of a museum is the museum's). */
const GATHERINGS = new Set(['форум', 'конференция', 'съезд', 'ассамблея', 'конгресс', 'саммит']);
/** The body's noun after its capitalised adjective: an association, a union, an academy. */
const BODY_NOUN = /^(ассоциаци|союз|объединени|организаци|лиг|сообществ|академи|совет)/u;

/** Tokens [from, to) hold a capitalised adjective before a body's noun: `Международной ассоциации`, `Российской академии`. */
function namesBody(s: Scan, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const x = s.toks[k]!;
    if (!x.cap || k === s.firstWord || !BODY_NOUN.test(s.toks[k + 1]!.lower)) continue;
    const rs = tokenReadings(x);
    if (rs.some((r) => r.pos === 'ADJF') && !rs.some((r) => r.parse.tag.Name || r.parse.tag.Surn || r.parse.tag.Patr || r.parse.tag.Geox)) return true;
  }
  return false;
}

interface Candidate extends EventMention {
  from: number;
  to: number;
}

function quoteText(s: Scan, open: number, close: number): string {
  return s.text.slice(s.toks[open]!.start, s.toks[close]!.end);
}

/** The candidate named `name` on tokens [from, to) of `sentence`. */
function candidate(sentence: Sentence, s: Scan, from: number, to: number, name: string): Candidate {
  return {
    name: balanceQuotes(name),
    surface: s.text.slice(s.toks[from]!.start, s.toks[to - 1]!.end),
    start: sentence.start + s.toks[from]!.start,
    end: sentence.start + s.toks[to - 1]!.end,
    // Read for the candidates kept only (markOnline).
    online: false,
    from,
    to,
  };
}

/** A preposition before a place: the event after it names the venue of the one before. */
const VENUE_PREPOSITION = /^(на|в|во)$/;

// Reported speech: «…», - сказал он. Names inside it are read as if unquoted.
const SPEECH = /^(\s*«)(.+)»\s*,?\s*[-–—]\s*[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]/su;

/** The named events of a sentence. Needs loadMorph(). */
export function findEvents(sentence: Sentence): EventMention[] {
  const speech = SPEECH.exec(sentence.text);
  if (speech) {
    const start = sentence.start + speech[1]!.length;
    return findEvents({ text: speech[2]!, start, end: start + speech[2]!.length });
  }
  const s = scanText(sentence.text);
  const toks = s.toks;
  const heads = headClasses(s);
  const cands: Candidate[] = [];

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || s.depth[i]! > 0) continue;
    // A word none of whose noun lemmas is an event's head, unless it is `ЭКСПО`, is none (eventLemma).
    if ((heads[i]! & EVENT_HEAD) === 0 && t.lower !== 'экспо') continue;
    const lemma = eventLemma(t);
    if (!lemma) continue;
    const frames: Frame[] = isAbbreviation(t.text)
      ? headFrames(t)
      : headFrames(t).filter((f) => f.reading?.lemma === lemma);
    if (!frames.length) continue;
    const left = extendLeft(s, i, frames);
    const plural = left.frames.every((f) => f.agr.number === 'plur');
    if (PLURAL_HEADS.has(lemma) && !plural && !(lemma === 'день' && toks[i + 1]?.lower === 'города' && toks[i + 2]?.kind === 'open')) continue;

    // A coordinated second head in the same case: `чемпионате и первенстве Европы`.
    let headEnd = i + 1;
    if (toks[headEnd]?.lower === 'и') {
      const second: NP | null = npAt(s, headEnd + 1, [left.frames[0]!.agr.case]);
      if (second && second.end === second.head + 1 && eventLemma(toks[second.head]!)) headEnd = second.end;
    }
    // "встрече трёх городов «A – B – C»": a count of the parties before their genitive.
    if (COUNT_WORDS.test(toks[headEnd]?.lower ?? '') && toks[headEnd + 1]?.kind === 'word') headEnd++;
    const tail = extendRight(s, headEnd, { event: true });
    const end = tail.end;
    const hasQuote = tail.quote !== null;
    const capitalised = toks.slice(left.start, headEnd).some((x, k) => x.cap && left.start + k !== s.firstWord);
    const numbered = toks.slice(left.start, i).some((x) => isFixedModifier(x));
    const words = end - left.start;

    // Plural heads: `фестивалей «Град Петров», «Осенины»` are one event per «name».
    if (plural && !PLURAL_HEADS.has(lemma)) {
      if (!hasQuote) continue;
      const head = toNominative(s.text.slice(toks[left.start]!.start, toks[i]!.end), { number: 'sing' });
      for (let q = tail.quote!.open; toks[q]?.kind === 'open' && s.match[q]! > q; ) {
        const close = s.match[q]!;
        const inner = s.text.slice(toks[q + 1]!.start, toks[close - 1]!.end);
        cands.push(candidate(sentence, s, q === tail.quote!.open ? left.start : q, close + 1, CONTAINER_HEADS.has(lemma) ? inner : `${head} ${quoteText(s, q, close)}`));
        const sep = toks[close + 1];
        if (sep && (sep.text === ',' || sep.lower === 'и') && toks[close + 2]?.kind === 'open') q = close + 2;
        else break;
      }
      continue;
    }

    let evidence = hasQuote || numbered || (capitalised && words > 1);
    if (SPORTS_HEADS.has(lemma) && (tail.capitalDep || tail.depLemmas.includes('мир'))) evidence = true;
    // "фестиваль городов-побратимов Омска": a lower-case head whose dependents end in a place's name (not a
    // person's: "выставка художника Ивана Петрова").
    // "Форум ректоров Международной ассоциации …": so are dependents that name a body by its capitalised adjective.
    if (!QUOTE_ONLY_HEADS.has(lemma) && tail.capitalDep && end - i >= 3 && (endsInPlace(s, end) || (GATHERINGS.has(lemma) && namesBody(s, headEnd, end)))) evidence = true;
    if (QUOTE_ONLY_HEADS.has(lemma)) evidence = hasQuote || (capitalised && left.start < i && words > 1) || (BODY_HEADS.has(lemma) && tail.capitalDep);
    // "на всемирном форуме городов-побратимов": a gathering of twin towns with a word of its own before it is one
    // named by what it is ("фестиваль городов-побратимов в Витебске" alone names no one event).
    if (left.start < i && QUALIFIER.test(toks[left.start]!.lower) && TWIN_TOWNS.test(toks[headEnd]?.lower ?? '')) evidence = true;
    if (!evidence) continue;
    if (CONTAINER_HEADS.has(lemma) && hasQuote && !capitalised && !numbered) {
      // `онлайн-проект «Фильм-концерт песен военных лет»` → `Фильм-концерт песен военных лет`.
      const { open, close } = tail.quote!;
      if (close > open + 1) {
        const inner = s.text.slice(toks[open + 1]!.start, toks[close - 1]!.end);
        cands.push(candidate(sentence, s, left.start, close + 1, inner.charAt(0).toUpperCase() + inner.slice(1)));
      }
      continue;
    }
    const surface = s.text.slice(toks[left.start]!.start, toks[end - 1]!.end);
    cands.push(candidate(sentence, s, left.start, end, toNominative(surface, plural ? {} : { number: 'sing' })));
  }

  quotedHeads(sentence, s, cands);
  // Keep the longest of overlapping candidates: `выставке-ярмарке … проекта «…»` is one event, not two.
  const kept: Candidate[] = [];
  for (const c of [...cands].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from)) {
    if (!kept.some((k) => c.from < k.to && k.from < c.to)) kept.push(c);
  }
  // "в рамках выставки «Сибирь» на Выставке народных промыслов": the second names the first one's
  // venue, a place, not another event.
  const events = kept
    .filter((c) => !kept.some((k) => k.to + 1 === c.from && VENUE_PREPOSITION.test(toks[k.to]!.lower)))
    .sort((a, b) => a.from - b.from);
  markOnline(s, events);
  return events.map(({ from: _f, to: _t, ...m }) => m);
}

/**
 * "участвовали в «Лесной ярмарке»": a «name» after "в"/"на" whose own words hold an event's head is the event, its
 * nominative in the quotes. (A head before the quotes takes them as its tail above, the longer candidate.)
 */
function quotedHeads(sentence: Sentence, s: Scan, cands: Candidate[]): void {
  const toks = s.toks;
  for (let q = 1; q < toks.length; q++) {
    if (toks[q]!.kind !== 'open' || s.depth[q - 1]! > 0 || !VENUE_PREPOSITION.test(toks[q - 1]!.lower)) continue;
    const close = s.match[q]!;
    if (!(close > q + 1)) continue;
    let head = false;
    for (let k = q + 1; k < close && !head; k++) {
      // headClasses leaves words inside quotes out: their lemmas are asked here, for a quote after "в"/"на" only.
      const lemma = toks[k]!.kind === 'word' ? eventLemma(toks[k]!) : null;
      head = lemma !== null && !QUOTE_ONLY_HEADS.has(lemma) && !PLURAL_HEADS.has(lemma);
    }
    if (!head) continue;
    const inner = s.text.slice(toks[q + 1]!.start, toks[close - 1]!.end);
    cands.push(candidate(sentence, s, q, close + 1, `«${toNominative(inner, { number: 'sing' })}»`));
  }
}

/**
 * Sets `online` on the events a sentence keeps, not on every candidate: ONLINE, with no fixed first letter, is tried
 * at every position of a clause, and overlapping candidates (one per head word of a long name) are dropped. Events
 * in the same clause share its answer.
 */
function markOnline(s: Scan, events: Candidate[]): void {
  let clause: string | null = null;
  let online = false;
  for (const e of events) {
    const c = clauseOf(s, e.from, e.to);
    if (c !== clause) {
      online = saysOnline(c);
      clause = c;
    }
    e.online = online;
  }
}
