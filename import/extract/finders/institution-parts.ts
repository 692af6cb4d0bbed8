// Pieces of an organisation's name in a scanned sentence: its modifiers, a place adjective among them, its text
// and its nominative.
import { tokenReadings, wordReadings } from '../lexicon/word-tokens.js';
import { Memo } from '../lexicon/memo.js';
import { balanceQuotes } from '../lexicon/name-phrase.js';
import { toNominative } from '../lexicon/nominative.js';
import { type Scan } from '../lexicon/scan.js';

/** The modifiers' lemmas; a hyphenated one keeps its first parts as written (`торгово-промышленный`). */
export function modifierLemmas(s: Scan, start: number, head: number): string[] {
  const out: string[] = [];
  for (let k = start; k < head; k++) {
    const text = s.toks[k]!.text;
    const r = wordReadings(text).find((x) => x.pos === 'ADJF' || x.pos === 'PRTF');
    if (!r) continue;
    const dash = text.lastIndexOf('-');
    out.push(dash > 0 ? `${text.slice(0, dash + 1).toLowerCase()}${r.lemma}` : r.lemma);
  }
  return out;
}

/** A place adjective among the modifiers (`Омского`, `Урумчийским`), not a generic one (`Международный`). */
export const GENERIC_ADJECTIVES =
  /^(международн|всероссийск|российск|общероссийск|межрегиональн|региональн|городск|областн|краев|государственн|муниципальн|федеральн|национальн|сибирск|дальневосточн|европейск|азиатск|китайск|корейск|белорусск|казахск|центральн|генеральн|детск|научн|торгов)/;
const COMMON_SKOY = /^(мужск|морск|людск|заморск|приморск|воинск|городск|сельск)ой$/;
export function cityAdjectiveOf(s: Scan, start: number, head: number): string | null {
  for (let k = start; k < head; k++) {
    const t = s.toks[k]!;
    if (!t.cap || t.kind !== 'word' || t.text.includes('-')) continue;
    const r = tokenReadings(t).find((x) => x.pos === 'ADJF');
    // "Тверской": a town's adjective stressed on its ending is a -ской lemma; "мужской", "морской" are no town's.
    if (r && /(ск|цк)(ий|ой)$/.test(r.lemma) && !GENERIC_ADJECTIVES.test(r.lemma) && !COMMON_SKOY.test(r.lemma)) return t.text;
  }
  return null;
}

export function spanText(s: Scan, from: number, to: number): string {
  return s.text.slice(s.toks[from]!.start, s.toks[to - 1]!.end);
}

// A report names its organisations again and again, in the same words: each name's nominative is kept.
const nominatives = new Memo<string>(20_000);

/** The name's nominative; `города-побратима Стаханова` is written `города Стаханова` in a name. */
export function nameOf(surface: string): string {
  return nominatives.get(surface, nominativeOf);
}

function nominativeOf(surface: string): string {
  const text = surface.replace(/(^|\s)(г|Г)орода-(побратима|партн[её]ра)(?=\s)/gu, '$1$2орода');
  // "Витебский госуниверситет": the name written in full, as the university's own name has it.
  return balanceQuotes(toNominative(text, { number: 'sing' })).replace(STATE_UNIVERSITY, '$1государственный университет');
}
const STATE_UNIVERSITY = /(^|\s)госуниверситет(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/u;

/**
 * The city a name states without "города": a place adjective opening its «name» ("«Омская центральная библиотечная
 * система»") or a place in the genitive after a common noun ("Музей истории Омска"), never after "им."/"имени" or a
 * first name (`им. Юрия Гагарина`).
 */
// Constants, not literals in the function: built once rather than on every call.
const QUOTED_ADJECTIVE = /«\s*([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(ск|цк)(ая|ий|ое|ие|ого|ой))(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/u;
const CAPITALISED_AFTER_LOWER = /(?<=[a-zß-öø-ſа-ԯ]\s)([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(-[A-ZÀ-ÖØ-ÞЀ-Я]?[a-zß-öø-ſа-ԯ]+)*)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/gu;
const REGION_WORD_BEFORE = /(префектур|провинци|област|штат|кра[яюе]|округ|республик)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;

export function cityWordsInName(name: string): string[] {
  const out: string[] = [];
  const quoted = QUOTED_ADJECTIVE.exec(name);
  if (quoted) out.push(quoted[1]!);
  for (const m of name.matchAll(CAPITALISED_AFTER_LOWER)) {
    const before = name.slice(0, m.index);
    if (/(им\.|имени)\s*$/u.test(before) || before.lastIndexOf('«') > before.lastIndexOf('»')) continue;
    // "Омской области", "префектуры Акита": a region's name, not the city's.
    if (REGION_WORD_BEFORE.test(before)) continue;
    if (/^\s+(област|кра[йяюе]|округ|район|республик)/iu.test(name.slice(m.index! + m[0].length))) continue;
    out.push(m[1]!);
  }
  return out;
}
