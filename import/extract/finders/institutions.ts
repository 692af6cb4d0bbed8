// Organisations named in a sentence (universities, libraries, consulates, companies, ministries, …), with their
// nominative names, and the city authorities (`Администрация города Омска`, `Мэр города Омска`) that stand for
// the city itself and so are returned apart, for the caller to map to the city. The words it looks for are in
// institution-words.ts, the authorities' shapes in city-authorities.ts, the keys that join spellings in
// institution-key.ts.
import { isAbbreviation, tokenNounLemmas } from '../lexicon/word-tokens.js';
import { headFrames } from '../lexicon/agreement.js';
import { type NP, extendLeft } from '../lexicon/name-phrase.js';
import { type NameTail, dependents, extendRight, finishTail } from '../lexicon/name-tail.js';
import { type Scan, scanText } from '../lexicon/scan.js';
import type { Sentence } from '../types.js';
import { type AuthorityHit, authorityAt, compoundAuthorityAt, formationAt } from './city-authorities.js';
import { INSTITUTION_HEAD, headClasses } from './head-words.js';
import { cityAdjectiveOf, modifierLemmas, nameOf, spanText } from './institution-parts.js';
import type { CityAuthorityMention, InstitutionMention, InstitutionType } from './institution-types.js';
import {
  HEADS, LEGAL_FORMS, NEEDS_DEPENDENT, NEEDS_MODIFIER, NOT_ORGANISATIONS, PROJECT_WORDS, QUOTE_HEADS, REGION_WORDS, STANDALONE, UNIVERSITY_ABBR, typeFromWords,
} from './institution-words.js';

export type { CityAuthorityMention, InstitutionMention, InstitutionType } from './institution-types.js';
export { institutionKey, sameInstitution } from './institution-key.js';

interface Candidate extends InstitutionMention {
  from: number;
  to: number;
}

type Found = { institutions: Candidate[]; authorities: AuthorityHit[]; s: Scan };
// The two finders are given the same sentence object in turn: the last one is enough, found by the object, or by
// its offset and text (what the answer depends on), without the map look-ups and insertions a memo costs.
let lastSentence: Sentence | undefined;
let lastFound: Found | undefined;

/** One pass finds both institutions and authorities; the two exported finders share it. */
function scanAll(sentence: Sentence): Found {
  const last = lastSentence;
  if (last !== undefined && (last === sentence || (last.start === sentence.start && last.text === sentence.text))) return lastFound!;
  const found = computeAll(sentence);
  lastSentence = sentence;
  lastFound = found;
  return found;
}

// candidate and isHead are module functions, not closures in computeAll: tsx compiles with esbuild's keepNames,
// which wraps every named closure in a `__name(…)` call each time the enclosing function runs.

/** The candidate named by tokens [from, to) of `sentence`, whose head word is token `head`. */
function candidate(sentence: Sentence, s: Scan, from: number, to: number, type: InstitutionType, tail: NameTail | null, head: number): Candidate {
  const surface = spanText(s, from, to);
  const city = tail?.city ?? tail?.cityAfter ?? null;
  return {
    name: nameOf(surface),
    surface,
    start: sentence.start + s.toks[from]!.start,
    end: sentence.start + s.toks[to - 1]!.end,
    type,
    cityWord: city ? city.text : null,
    cityAdjective: cityAdjectiveOf(s, from, head),
    from,
    to,
  };
}

/** A noun phrase headed by an organisation's word: coordinated, it starts another name (`… и университета`). */
function isHead(s: Scan, np: NP): boolean {
  return [...tokenNounLemmas(s.toks[np.head]!)].some((l) => HEADS[l] !== undefined);
}

function computeAll(sentence: Sentence): Found {
  const s = scanText(sentence.text);
  const toks = s.toks;
  const heads = headClasses(s);
  const cands: Candidate[] = [];
  const authorities: AuthorityHit[] = [];

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // "«Курганский Ротари-клуб» при поддержке …": an organisation named by its «name» alone, its head inside.
    if (t.kind === 'open' && s.depth[i] === 0 && (i === 0 || !isWordBefore(toks, i))) {
      const quoted = quotedInstitution(sentence, s, i);
      if (quoted) cands.push(quoted);
      continue;
    }
    if (t.kind !== 'word' || s.depth[i]! > 0) continue;
    const formation = formationAt(s, i) ?? compoundAuthorityAt(s, i);
    if (formation) {
      authorities.push(formation);
      continue;
    }
    if (isAbbreviation(t.text)) {
      if (NOT_ORGANISATIONS.has(t.text)) continue;
      const tail = extendRight(s, i + 1);
      const legal = LEGAL_FORMS[t.text];
      const university = t.text.length >= 3 && UNIVERSITY_ABBR.test(t.text);
      if (legal || (!STANDALONE[t.text] && !university)) {
        // A legal form, or any other abbreviation, names an organisation with a «name» after it, unless the
        // «name» is a project's or an event's: `проекта ГМИО «Параллели»`.
        if (!tail.quote) continue;
        const prev = toks[i - 1];
        if (!legal && prev && [...tokenNounLemmas(prev)].some((l) => PROJECT_WORDS.has(l))) continue;
        const end = tail.quote.close + 1;
        const q = s.text.slice(toks[tail.quote.open]!.start, toks[tail.quote.close]!.end);
        cands.push(candidate(sentence, s, i, end, typeFromWords(q, legal ?? 'other'), tail, i));
        continue;
      }
      const frames = headFrames(t);
      const left = extendLeft(s, i, frames);
      cands.push(candidate(sentence, s, left.start, tail.end, STANDALONE[t.text] ?? 'university', tail, i));
      continue;
    }
    // Only an authority's or an organisation's head word goes further: most nouns need no agreement frames.
    if ((heads[i]! & INSTITUTION_HEAD) === 0) continue;
    const lemmas = tokenNounLemmas(t);
    const frames = headFrames(t);
    const authority = authorityAt(s, i, lemmas, frames);
    if (authority) {
      authorities.push(authority);
      i = authority.to - 1;
      continue;
    }
    let lemma: string | undefined;
    for (const l of lemmas) {
      if (HEADS[l]) {
        lemma = l;
        break;
      }
    }
    if (!lemma) continue;
    let type = HEADS[lemma]!;
    const headFramesOf = frames.filter((f) => f.reading?.lemma === lemma);
    const left = extendLeft(s, i, headFramesOf);
    const mods = modifierLemmas(s, left.start, i);
    const needs = NEEDS_MODIFIER[lemma];
    if (needs && !mods.some((m) => needs.test(m))) continue;
    // "группа компаний"; "административным центром аймака г. Мурэном": an administrative centre is a town.
    if ((lemma === 'группа' && !/^компани/.test(toks[i + 1]?.lower ?? '')) || (lemma === 'центр' && mods.includes('административный'))) continue;
    // Government bodies, associations and centres are often named by what they do: `Совет по …`, `Агентство по делам молодежи`.
    const byPhrase = type === 'government' || type === 'association' || type === 'centre';
    const deps = dependents(s, i + 1, { byPhrase, isHead });
    const needsDependent = NEEDS_DEPENDENT[lemma];
    if (needsDependent && !(deps.depLemmas.length > 0 && needsDependent.test(deps.depLemmas[0]!))) continue;
    // `в городе X` belongs to the name of a consulate, an embassy or its trade office only.
    const diplomatic =
      type === 'diplomatic' ||
      (lemma === 'отдел' && mods.includes('торговый')) ||
      deps.depLemmas.some((l) => HEADS[l] === 'diplomatic');
    // "Университет в Крагуеваце": a foreign university named by its town, the way a consulate is.
    const namedByTown = type === 'university' && t.cap && left.start === i && deps.end === i + 1 && toks[i + 1]?.lower === 'в';
    const tail = finishTail(s, i + 1, deps, { byPhrase, diplomatic: diplomatic || namedByTown, isHead });
    let end = tail.end;
    // A Latin name in place of a «name»: `компанией Huawei`, `корпорации Samsung Electronics`.
    let latin = false;
    if (!tail.quote) {
      let k = end;
      while (k < toks.length && k - end < 4 && toks[k]!.kind === 'word' && /^[A-Z][A-Za-z0-9&.-]*$/.test(toks[k]!.text)) k++;
      latin = k > end;
      end = k;
    }
    // Types that depend on modifiers or words of the name.
    if (lemma === 'отдел' && mods.includes('торговый')) type = 'diplomatic';
    if (lemma === 'палата' && !mods.some((m) => /торгово-промышленн/.test(m))) type = 'association';
    if (lemma === 'центр' && mods.some((m) => /библиотечн/.test(m))) type = 'library';
    if ((lemma === 'объединение' || lemma === 'общество') && mods.some((m) => /общественн|общероссийск|региональн/.test(m))) type = 'association';
    if (lemma === 'учреждение' || type === 'other') type = typeFromWords(spanText(s, i, end), 'other');
    if (lemma === 'администрация' || lemma === 'правительство') {
      // A region's: a city's own administration was caught as an authority above.
      if (!tail.depLemmas.some((l) => REGION_WORDS.has(l))) continue;
      // "Администрация (городского) округа" with no name: the reporter's own, as "Администрация города" is.
      if (!tail.properDep && tail.depLemmas.every((l) => l === 'округ' || l === 'городской')) continue;
    }
    // Is this a name, or a common noun (`омских вузов`, `музей мундира`)?
    const plural = headFramesOf.length > 0 && left.frames.every((f) => f.agr.number === 'plur');
    const words = end - left.start;
    // A capital letter that is not the sentence's, or a place adjective (`Урумчинского …` opening a sentence).
    const capitalised =
      toks.slice(left.start, i + 1).some((x, k) => x.cap && left.start + k !== s.firstWord) ||
      cityAdjectiveOf(s, left.start, i) !== null;
    const named = tail.quote !== null || tail.number || tail.imeni || latin || (namedByTown && tail.city !== null);
    let evidence: boolean;
    // `Российской Федерации` is a country; a federation is an organisation with what it federates.
    if (lemma === 'федерация') evidence = (tail.deps > 0 && !tail.properDep) || tail.quote !== null;
    else if (named) evidence = true;
    else if (type === 'government' || type === 'diplomatic') evidence = tail.deps > 0 || (capitalised && words > 1);
    else evidence = (capitalised && words > 1) || tail.properDep;
    // "Торгово-промышленной палатой Бурсы (Турция) – с 2019 года;" opening a list item: a chamber of something is
    // named, whatever letter the sentence's first word takes.
    if (type === 'chamber' && tail.deps > 0 && toks[left.start]!.cap) evidence = true;
    if (QUOTE_HEADS.has(lemma)) {
      // Generic words name an organisation only with a «name», or a capitalised modifier (`Омский … оркестр`).
      const capitalHead = toks[i]!.cap && i !== s.firstWord && tail.deps > 0;
      evidence =
        tail.quote !== null ||
        latin ||
        ((type === 'company' || type === 'ensemble') && ((capitalised && left.start < i) || capitalHead));
    }
    // "Дом культуры Тулы провёл …": a capitalised house of culture is named, whatever word opens the sentence.
    if (needsDependent && toks[i]!.cap) evidence = true;
    // A plural (`омских вузов`, `духовых оркестров «…»` in a festival's name) is not one organisation.
    if (!evidence || plural) continue;
    cands.push(candidate(sentence, s, left.start, end, type, tail, i));
  }
  return { institutions: withBranches(sentence, s, resolveOverlaps(cands)), authorities, s };
}

/** A word stands right before token `i` (a head the «name» belongs to). */
function isWordBefore(toks: Scan['toks'], i: number): boolean {
  return toks[i - 1]?.kind === 'word' && !/^(и|с|со|в|во|на|для|от|при|между|а|но)$/iu.test(toks[i - 1]!.text);
}

/** A «name» whose last word is an organisation's head and whose first is capitalised: the whole «name». */
function quotedInstitution(sentence: Sentence, s: Scan, open: number): Candidate | null {
  const close = s.match[open]!;
  if (close <= open + 1 || close - open > 8) return null;
  const last = s.toks[close - 1]!;
  const first = s.toks[open + 1]!;
  if (last.kind !== 'word' || first.kind !== 'word' || !first.cap) return null;
  const lemma = [...tokenNounLemmas(last)].find((l) => HEADS[l] !== undefined) ?? [...tokenNounLemmas(last)].map((l) => l.split('-').pop()!).find((l) => HEADS[l] !== undefined);
  if (!lemma || HEADS[lemma] === 'company') return null;
  const inner = spanText(s, open + 1, close);
  return { ...candidate(sentence, s, open, close + 1, HEADS[lemma]!, null, close - 1), name: nameOf(inner), cityAdjective: cityAdjectiveOf(s, open + 1, close - 1) };
}

/**
 * A branch named with its parent: "Набережночелнинский институт (филиал) Казанского федерального университета" is one
 * organisation, and so is "Нижнетагильский технологический институт (филиал УрФУ)".
 */
function withBranches(sentence: Sentence, s: Scan, cands: Candidate[]): Candidate[] {
  const toks = s.toks;
  const out: Candidate[] = [];
  for (let k = 0; k < cands.length; k++) {
    const a = cands[k]!;
    if (toks[a.to]?.text !== '(' || !/^филиал/u.test(toks[a.to + 1]?.lower ?? '')) {
      out.push(a);
      continue;
    }
    let close = a.to + 2;
    while (close < toks.length && close < a.to + 8 && toks[close]!.text !== ')') close++;
    if (toks[close]?.text !== ')') {
      out.push(a);
      continue;
    }
    // "(филиал) Казанского федерального университета": the parent follows the brackets, in the genitive.
    const parent = close === a.to + 2 && cands[k + 1]?.from === close + 1 ? cands[k + 1]! : null;
    const to = parent ? parent.to : close + 1;
    const rest = spanText(s, a.to, to);
    out.push({ ...a, name: `${a.name} ${rest}`, surface: spanText(s, a.from, to), end: sentence.start + toks[to - 1]!.end, to });
    // Whatever the brackets or the parent held is part of the name.
    while (cands[k + 1] && cands[k + 1]!.from < to) k++;
  }
  return out;
}

/** Keeps the longest of overlapping candidates: an embassy inside a trade office's name is not a second one. */
function resolveOverlaps<T extends { from: number; to: number }>(cands: T[]): T[] {
  const kept: T[] = [];
  for (const c of [...cands].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from)) {
    if (!kept.some((k) => c.from < k.to && k.from < c.to)) kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from);
}

// Who reports the news is no party to it: press offices, news agencies, editorial offices and channels.
const NEWS_SOURCE = /^(пресс-служб|пресс-центр|пресс-бюро|информационн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+агентств|(ИА|РИА|ТАСС)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])|редакци|телеканал|радиостанци|газет)/iu;

/** The organisations a sentence names. Needs loadMorph(). */
export function findInstitutions(sentence: Sentence): InstitutionMention[] {
  return scanAll(sentence).institutions.filter((m) => !isNewsSource(m)).map(({ from: _f, to: _t, ...m }) => m);
}

/** Who reports the news in a sentence ("сообщает пресс-служба Нижнекамского района"): where it stands, no party. */
export function findNewsSources(sentence: Sentence): Array<{ start: number; end: number }> {
  return scanAll(sentence).institutions.filter(isNewsSource).map((m) => ({ start: m.start, end: m.end }));
}

// (The surface too: the dictionary declines "пресс-службу" to a misspelt "Прес-служба".)
function isNewsSource(m: { name: string; surface: string }): boolean {
  return NEWS_SOURCE.test(m.name) || NEWS_SOURCE.test(m.surface);
}

/**
 * City administrations, mayors, mayoralties, people's governments, executive committees and municipal
 * formations: they stand for the city. One that is part of an institution's name (`департамент культуры
 * Администрации города Омска`) is not returned: the institution carries the city word.
 */
export function findCityAuthorities(sentence: Sentence): CityAuthorityMention[] {
  const { institutions, authorities, s } = scanAll(sentence);
  return authorities
    .filter((a) => !institutions.some((n) => n.from <= a.from && a.to <= n.to))
    .map((a) => ({
      cityWord: a.cityWord,
      surface: spanText(s, a.from, a.to),
      start: sentence.start + s.toks[a.from]!.start,
      end: sentence.start + s.toks[a.to - 1]!.end,
    }));
}
