// Which words of a sentence may head an organisation's or an event's name, read once per sentence for both finders:
// the head test is one look-up by the word, where it was a look-up of the word's noun lemmas and a set test of each.
import { type Scan } from '../lexicon/scan.js';
import { tokenHeadClass } from '../lexicon/word-tokens.js';
import { HEAD_LEMMAS } from './institution-words.js';

/** Head nouns (lemmas) of event names. */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'фестиваль', 'форум', 'выставка', 'конкурс', 'ярмарка', 'экспо', 'чемпионат', 'первенство', 'турнир', 'кубок',
  'олимпиада', 'спартакиада', 'акция', 'марафон', 'конференция', 'биеннале', 'триеннале', 'неделя', 'день',
  'саммит', 'симпозиум', 'конгресс', 'слет', 'смотр', 'чтение', 'движение', 'соревнование', 'праздник',
  'проект', 'мероприятие', 'сессия', 'эстафета', 'регата', 'пленэр', 'универсиада', 'встреча', 'игра',
  // compounds the dictionary keeps as words of their own
  'фотовыставка', 'фотоконкурс', 'кинофестиваль', 'медиафорум', 'видеоконкурс', 'фотофестиваль',
]);

/** A noun lemma of the word is in HEAD_LEMMAS (an organisation's or an authority's head). */
export const INSTITUTION_HEAD = 1;
/** A noun lemma of the word is in EVENT_HEADS. */
export const EVENT_HEAD = 2;

// A small integer per word: kept in the map's own table, it costs no read of a lemma set and its strings, which
// for most words of a sentence are far apart in memory by the time the sentence is read.
function classOf(nouns: ReadonlySet<string>): number {
  let c = 0;
  for (const l of nouns) {
    if (HEAD_LEMMAS.has(l)) c |= INSTITUTION_HEAD;
    if (EVENT_HEADS.has(l)) c |= EVENT_HEAD;
  }
  return c;
}

let lastScan: Scan | undefined;
let lastClasses = new Uint8Array(0);

/**
 * For each token of the scan, INSTITUTION_HEAD and EVENT_HEAD as its noun lemmas allow; 0 for a token that is no
 * word or stands inside quotes, which neither finder reads for a head. The institution and event finders read the
 * same scan one after the other: the last scan's answer is kept.
 */
export function headClasses(s: Scan): Uint8Array {
  if (s === lastScan) return lastClasses;
  const toks = s.toks;
  const out = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || s.depth[i]! > 0) continue;
    out[i] = tokenHeadClass(t, classOf);
  }
  lastScan = s;
  lastClasses = out;
  return out;
}
