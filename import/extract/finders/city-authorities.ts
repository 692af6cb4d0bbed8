// A city's own authority named in a sentence (`Администрации города Омска`, `Мэр Маньчжурии`, `МО «Город Томск»`):
// it stands for the city itself, so the institutions finder returns it apart.
import { tokenNounLemmas, tokenReadings } from '../lexicon/word-tokens.js';
import { type Frame } from '../lexicon/agreement.js';
import { extendLeft, npAt, properRun } from '../lexicon/name-phrase.js';
import { extendRight } from '../lexicon/name-tail.js';
import { type Scan } from '../lexicon/scan.js';
import { modifierLemmas } from './institution-parts.js';
import { AUTHORITY_HEADS, DISTRICT_WORDS, NEED_DESIGNATOR, REGION_WORDS } from './institution-words.js';
import { cuedHomeTown } from './uncued-towns.js';

// "городского совета Советского района": an adjective, a district's name, not a town's.
const ADJECTIVE_ENDING = /(ого|его|ой|ий|ый|ая|ое)$/u;
// A town's elected body, with "городской" or "муниципальный" before it.
const COUNCILS = new Set(['совет', 'дума', 'ассамблея', 'скупщина']);

export interface AuthorityHit {
  from: number;
  to: number;
  cityWord: string;
}

/** `Администрации города Омска`, `Мэр Маньчжурии`, `Народным Правительством города Фучжоу`, `Гродненского исполнительного комитета`. */
export function authorityAt(s: Scan, i: number, lemmas: Set<string>, frames: Frame[]): AuthorityHit | null {
  const toks = s.toks;
  let lemma: string | undefined;
  for (const l of lemmas) {
    if (AUTHORITY_HEADS.has(l) || COUNCILS.has(l) || l === 'комитет') {
      lemma = l;
      break;
    }
  }
  // A manager is a town's head only as its "сити-менеджер".
  if (!lemma || (lemma === 'менеджер' && !toks[i]!.lower.startsWith('сити-'))) return null;
  const left = extendLeft(s, i, frames.filter((f) => f.reading && lemmas.has(f.reading.lemma)));
  if (lemma === 'комитет') {
    // A town's executive committee (Belarus): `Гродненского городского исполнительного комитета`; a Vietnamese
    // town's people's committee: `Народного комитета города Дананга`.
    const mods = modifierLemmas(s, left.start, i);
    const peoples = mods.includes('народный');
    // `Брестского областного исполнительного комитета` is a region's (regions.ts), not a town's.
    if (mods.includes('областной')) return null;
    const tail = extendRight(s, i + 1);
    // A Chinese town's party committee (`постоянного комитета КПК города Даляня`) governs it as a mayor's office does.
    const party = toks.slice(i + 1, tail.end).some((t) => t.lower === 'кпк' || t.lower === 'партии');
    if (!mods.includes('исполнительный') && !peoples && !party) return null;
    if (tail.city) return { from: left.start, to: tail.end, cityWord: tail.city.text };
    // The party's committee named in full, its town after the country's short name in brackets.
    if (party && tail.cityAfter) return { from: left.start, to: tail.cityAfter.end, cityWord: tail.cityAfter.text };
    if (peoples || party) return null;
    const adj = left.start < i && toks[left.start]!.cap ? toks[left.start]!.text : null;
    return adj ? { from: left.start, to: i + 1, cityWord: adj } : null;
  }
  if (COUNCILS.has(lemma)) {
    // A town's council or duma: `Муниципальный совет города Ковентри`, `Городской думы Кирова`, a Cuban town's
    // `муниципальной ассамблеи Матансаса`, a Serbian town's `городской скупщины Ниша`.
    // "Совет депутатов городского округа Мытищи": a council of deputies is a municipality's by its name.
    const deputies = lemma === 'совет' && toks[i + 1]?.lower === 'депутатов';
    if (!deputies && !modifierLemmas(s, left.start, i).some((m) => m === 'муниципальный' || m === 'городской')) return null;
    const tail = extendRight(s, i + 1);
    const city = tail.city ?? tail.cityAfter;
    if (city) return { from: left.start, to: tail.end, cityWord: city.text };
    // "городского совета Судака": a town's name right after, with no city word, that the world list knows at home.
    const next = toks[i + 1];
    if (next?.cap && next.kind === 'word' && !ADJECTIVE_ENDING.test(next.lower) && cuedHomeTown(next.text) !== null) return { from: left.start, to: i + 2, cityWord: next.text };
    // `Кировской городской думы`: the town's adjective first.
    const adj = left.start < i && toks[left.start]!.cap ? toks[left.start]!.text : null;
    return adj ? { from: left.start, to: i + 1, cityWord: adj } : null;
  }
  if (lemma === 'горисполком') {
    // `горисполкома города Витебска`, or the town's adjective first: `Витебского горисполкома` (Belarus).
    const tail = extendRight(s, i + 1);
    if (tail.city) return { from: left.start, to: tail.end, cityWord: tail.city.text };
    const adj = left.start < i && toks[left.start]!.cap ? toks[left.start]!.text : null;
    return adj ? { from: left.start, to: i + 1, cityWord: adj } : null;
  }
  // "администрации муниципального образования городского округа «Усинск»": the formation names the town.
  const formation = toks[i + 1] ? formationAt(s, i + 1) : null;
  if (formation) return { from: left.start, to: formation.to, cityWord: formation.cityWord };
  if (NEED_DESIGNATOR.has(lemma) && !/^(город|г$)/.test(toks[i + 1]?.lower ?? '')) return null;
  let k = i + 1;
  // `городского округа` before `городского` alone: the pattern below takes `городского` too.
  if (toks[k]?.lower === 'г' && toks[k + 1]?.text === '.') k += 2;
  else if (toks[k]?.lower === 'городского' && toks[k + 1]?.lower === 'округа') {
    k += 2;
    // "Администрацией городского округа город Уфа": the official name repeats "город".
    if (toks[k]?.lower === 'город') k += 1;
  }
  else if (/^город(а|ского)?$/.test(toks[k]?.lower ?? '')) k += 1;
  // A district's administration is the district's (a City per the contract): `Администрации Кировского района`.
  if (k === i + 1) {
    const district = npAt(s, k, ['gent']);
    if (district && DISTRICT_WORDS.has(district.lemma) && toks[k]!.cap && district.head > k) {
      let to = district.end;
      const city = toks[to]?.lower === 'г' || /^город(а)?$/.test(toks[to]?.lower ?? '') ? npAt(s, to, ['gent']) : null;
      if (city?.city) to = city.end;
      return { from: left.start, to, cityWord: s.text.slice(toks[k]!.start, toks[to - 1]!.end) };
    }
  }
  const run = properRun(s, k);
  if (!run) return null;
  // A region's administration or government is an institution, not a city: `Правительства Омской области`.
  const runWords = s.toks.slice(run.start, run.end);
  const next = toks[run.end];
  if (k === i + 1) {
    // An adjective the dictionary knows (`Омской`), or one it guesses with nothing better (`Сухума` reads first as a noun).
    if (runWords.some((t) => isAdjective(tokenReadings(t)))) return null;
    if (next && [...tokenNounLemmas(next)].some((l) => REGION_WORDS.has(l))) return null;
    if (runWords.some((t) => [...tokenNounLemmas(t)].some((l) => REGION_WORDS.has(l)))) return null;
  }
  return { from: left.start, to: run.end, cityWord: run.text };
}


function isAdjective(rs: ReturnType<typeof tokenReadings>): boolean {
  const first = rs[0];
  return rs.some((r) => r.pos === 'ADJF' && r.known) || (first !== undefined && first.pos === 'ADJF');
}

// "Мингорисполком": Minsk's executive committee in one word, the only town whose name is so compounded.
const COMPOUND_AUTHORITIES: ReadonlyArray<[RegExp, string]> = [[/^мингорисполком[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*$/u, 'Минск']];

/** A town's authority written as one compound word. */
export function compoundAuthorityAt(s: Scan, i: number): AuthorityHit | null {
  const t = s.toks[i]!;
  // Asked of every word: most are no compound of "горисполком" at all.
  if (t.lower.length < 14 || !t.lower.includes('горисполком')) return null;
  for (const [word, city] of COMPOUND_AUTHORITIES) if (word.test(t.lower)) return { from: i, to: i + 1, cityWord: city };
  return null;
}

/** `МО «Город Томск»`, `муниципального образования «Город Гродно»`, `городского округа «Усинск»`. */
export function formationAt(s: Scan, i: number): AuthorityHit | null {
  const toks = s.toks;
  let q = -1;
  if (toks[i]!.text === 'МО') q = i + 1;
  else if (toks[i]!.lower.startsWith('муниципальн') && /^образовани/.test(toks[i + 1]?.lower ?? '')) q = i + 2;
  else if (toks[i]!.lower.startsWith('городск') && /^округ/.test(toks[i + 1]?.lower ?? '')) q = i + 2;
  // "муниципального образования городского округа «Усинск»": both words of the formation.
  if (q === i + 2 && toks[q]?.lower.startsWith('городск') && /^округ/.test(toks[q + 1]?.lower ?? '')) q += 2;
  if (q < 0 || toks[q]?.kind !== 'open' || s.match[q]! < 0) return null;
  const close = s.match[q]!;
  // "городского округа «Усинск»": the town's name alone in the quotes, one word as towns are written.
  // (Not an adjective, a district's or an estate's name: «Центральный».)
  if (close === q + 2 && toks[q + 1]!.cap && toks[q + 1]!.kind === 'word' && q > i + 1 && !isAdjective(tokenReadings(toks[q + 1]!))) return { from: i, to: close + 1, cityWord: toks[q + 1]!.text };
  if (!/^город$/.test(toks[q + 1]?.lower ?? '')) return null;
  if (close <= q + 2) return null;
  return { from: i, to: close + 1, cityWord: s.text.slice(toks[q + 2]!.start, toks[close - 1]!.end) };
}
