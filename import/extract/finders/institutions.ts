// Organisations named in a sentence (universities, libraries, consulates, companies, ministries, …), with their
// nominative names, and the city authorities (`Администрация города Омска`, `Мэр города Омска`) that stand for
// the city itself and so are returned apart, for the caller to map to the city.
import { isAbbreviation, nounLemmas, wordReadings } from '../lexicon/morph.js';
import {
  type Frame,
  type NameTail,
  type NP,
  type Scan,
  balanceQuotes,
  extendLeft,
  extendRight,
  headFrames,
  npAt,
  properRun,
  scanText,
  toNominative,
} from '../lexicon/nominative.js';
import type { Sentence } from '../types.js';

export type InstitutionType =
  | 'university'
  | 'school'
  | 'library'
  | 'museum'
  | 'theatre'
  | 'ensemble'
  | 'chamber'
  | 'diplomatic'
  | 'company'
  | 'government'
  | 'association'
  | 'centre'
  | 'other';

export interface InstitutionMention {
  /** Nominative, as the name is written: `Омский государственный университет им. Ф.М. Достоевского`. */
  name: string;
  /** The words as they stand in the text. */
  surface: string;
  /** Offsets in the full text. */
  start: number;
  end: number;
  type: InstitutionType;
  /** The city word inside or right after the name, raw (`Омска` from `города Омска`), for the caller to resolve. */
  cityWord?: string | null;
  /** A place adjective among the modifiers, raw (`Омского`, `Урумчийским`): a weaker hint of the city. */
  cityAdjective?: string | null;
}

export interface CityAuthorityMention {
  /** The city's word, raw: `Омска`, `Фучжоу`, `Гродненского` (an adjective), `Томск` (from `МО «Город Томск»`). */
  cityWord: string;
  surface: string;
  start: number;
  end: number;
}

/** Head nouns (lemmas) that name an organisation, and the type they give. */
const HEADS: Record<string, InstitutionType> = {
  университет: 'university', институт: 'university', академия: 'university', колледж: 'university',
  техникум: 'university', консерватория: 'university', училище: 'university',
  школа: 'school', лицей: 'school', гимназия: 'school', интернат: 'school', сад: 'school',
  библиотека: 'library', система: 'library',
  музей: 'museum', галерея: 'museum', заповедник: 'museum',
  театр: 'theatre', филармония: 'theatre', цирк: 'theatre',
  ансамбль: 'ensemble', оркестр: 'ensemble', хор: 'ensemble', капелла: 'ensemble',
  палата: 'chamber',
  консульство: 'diplomatic', генконсульство: 'diplomatic', посольство: 'diplomatic',
  представительство: 'diplomatic', отдел: 'government',
  корпорация: 'company', компания: 'company', предприятие: 'company', завод: 'company', фабрика: 'company',
  комбинат: 'company', холдинг: 'company', банк: 'company', фирма: 'company', издательство: 'company',
  концерн: 'company', объединение: 'company', общество: 'company', группа: 'company',
  министерство: 'government', департамент: 'government', комитет: 'government', управление: 'government',
  канцелярия: 'government', правительство: 'government', агентство: 'government', служба: 'government',
  ведомство: 'government', комиссия: 'government', администрация: 'government', инспекция: 'government',
  ассоциация: 'association', союз: 'association', совет: 'association', фонд: 'association',
  федерация: 'association', организация: 'association', отделение: 'association', клуб: 'association',
  ассамблея: 'association', лига: 'association',
  центр: 'centre', учреждение: 'other', архив: 'other',
};

/** Heads too generic to name an organisation by their dependents alone: they need a «name». */
const QUOTE_HEADS = new Set([
  'учреждение', 'организация', 'предприятие', 'компания', 'корпорация', 'объединение', 'общество', 'ансамбль',
  'оркестр', 'хор', 'капелла', 'издательство', 'холдинг', 'фирма', 'концерн', 'группа',
]);

/** Heads that only name an organisation with a given modifier: `детский сад`, `библиотечная система`. */
const NEEDS_MODIFIER: Record<string, RegExp> = {
  сад: /^детск/,
  система: /^библиотечн/,
};

/** Legal-form abbreviations: an organisation when a «name» follows (`ООО «Полиом»`, `БОУ города Омска «Лицей № 137»`). */
const LEGAL_FORMS: Record<string, InstitutionType> = {
  ООО: 'company', ОАО: 'company', ЗАО: 'company', ПАО: 'company', АО: 'company', НАО: 'company', ГК: 'company',
  НПО: 'company', НПП: 'company', ИП: 'company', ЧУП: 'company', УП: 'company', ФГУП: 'company', МУП: 'company',
  БОУ: 'school', МБОУ: 'school', МАОУ: 'school', МКОУ: 'school', МОУ: 'school', ГБОУ: 'school', СОШ: 'school',
  МБДОУ: 'school', МАДОУ: 'school', БДОУ: 'school', ДОУ: 'school', ГУО: 'school', ГБПОУ: 'university',
  ФГБОУ: 'university', ФГАОУ: 'university', ФГОУ: 'university', БПОУ: 'university',
  БУ: 'other', БУК: 'other', МБУ: 'other', МАУ: 'other', МКУ: 'other', КУ: 'other', АУ: 'other', ГБУ: 'other',
  ГАУ: 'other', ГКУ: 'other', ФГБУ: 'other', МБУК: 'other', ГБУК: 'other', АНО: 'association',
  НКО: 'association', РОО: 'association', МОО: 'association', ОО: 'association',
};

/** Abbreviations that name an organisation on their own. */
const STANDALONE: Record<string, InstitutionType> = {
  ТПП: 'chamber', ТИЦ: 'centre', НИИ: 'university', НПЗ: 'company', МФЦ: 'centre',
};
/** A university's abbreviation: `ОмГУ`, `ОмГТУ`, `ТГУ`, `СПбГУ`, `НГПУ`. */
const UNIVERSITY_ABBR = /^(?:[А-ЯЁ][а-яё]{0,2})?[А-ЯЁ]{0,3}[ГТ][А-ЯЁ]{0,2}У$/u;

/** Upper-case words that are places, not organisations. */
const NOT_ORGANISATIONS = new Set([
  'РФ', 'КНР', 'США', 'ЛНР', 'ДНР', 'ФРГ', 'СНГ', 'ЕАЭС', 'ОАЭ', 'СССР', 'МО', 'ЕС', 'ШОС', 'АТР', 'ВКС', 'ВУЗ',
  'ОМСК', 'СМИ', 'ИТ', 'IT', 'ЭКСПО',
]);

/** Words whose «name» is not an organisation's. */
const PROJECT_WORDS = new Set([
  'проект', 'программа', 'фестиваль', 'выставка', 'конкурс', 'акция', 'форум', 'марафон', 'мероприятие',
  'экспозиция', 'маршрут', 'тур', 'экскурсия', 'игра', 'лекторий',
]);

/** Heads that, with a city after them, are the city's own authority rather than an institution. */
const AUTHORITY_HEADS = new Set([
  'администрация', 'мэрия', 'мэр', 'вице-мэр', 'муниципалитет', 'правительство', 'акимат', 'горисполком',
  'магистрат', 'ратуша', 'бургомистр', 'бургомистрат', 'глава', 'исполком', 'руководство',
]);
/** Authority heads that need `города` before the name: `глава города Омска`, not `глава Омска`. */
const NEED_DESIGNATOR = new Set(['глава', 'руководство']);
const DISTRICT_WORDS = new Set(['район', 'округ']);
const REGION_WORDS = new Set([
  'область', 'провинция', 'край', 'республика', 'штат', 'федерация', 'префектура', 'округ', 'регион',
]);

/** Refines a generic head (`учреждение`, a legal form) by what its name says: `«Средняя школа № 75»` → school. */
function typeFromWords(text: string, fallback: InstitutionType): InstitutionType {
  const t = text.toLowerCase();
  if (/школ|лицей|гимнази|детск\S* сад/.test(t)) return 'school';
  if (/университет|институт|академи|колледж|техникум/.test(t)) return 'university';
  if (/библиотек/.test(t)) return 'library';
  if (/музе|галере/.test(t)) return 'museum';
  if (/театр|филармон/.test(t)) return 'theatre';
  if (/ансамбл|оркестр|хор\b/.test(t)) return 'ensemble';
  return fallback;
}

interface Candidate extends InstitutionMention {
  from: number;
  to: number;
}

/** The modifiers' lemmas; a hyphenated one keeps its first parts as written (`торгово-промышленный`). */
function modifierLemmas(s: Scan, start: number, head: number): string[] {
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
const GENERIC_ADJECTIVES =
  /^(международн|всероссийск|российск|общероссийск|межрегиональн|региональн|городск|областн|краев|государственн|муниципальн|федеральн|национальн|сибирск|дальневосточн|европейск|азиатск|китайск|корейск|белорусск|казахск|центральн|генеральн|детск|научн|торгов)/;
function cityAdjectiveOf(s: Scan, start: number, head: number): string | null {
  for (let k = start; k < head; k++) {
    const t = s.toks[k]!;
    if (!t.cap || t.kind !== 'word' || t.text.includes('-')) continue;
    const r = wordReadings(t.text).find((x) => x.pos === 'ADJF');
    if (r && /(ск|цк)ий$/.test(r.lemma) && !GENERIC_ADJECTIVES.test(r.lemma)) return t.text;
  }
  return null;
}

function spanText(s: Scan, from: number, to: number): string {
  return s.text.slice(s.toks[from]!.start, s.toks[to - 1]!.end);
}

/** The name's nominative; `города-побратима Стаханова` is written `города Стаханова` in a name. */
function nameOf(surface: string): string {
  const text = surface.replace(/(^|\s)(г|Г)орода-(побратима|партн[её]ра)(?=\s)/gu, '$1$2орода');
  return balanceQuotes(toNominative(text, { number: 'sing' }));
}

interface AuthorityHit {
  from: number;
  to: number;
  cityWord: string;
}

/** `Администрации города Омска`, `Мэр Маньчжурии`, `Народным Правительством города Фучжоу`, `Гродненского исполнительного комитета`. */
function authorityAt(s: Scan, i: number, lemmas: Set<string>, frames: Frame[]): AuthorityHit | null {
  const toks = s.toks;
  const lemma = [...lemmas].find((l) => AUTHORITY_HEADS.has(l) || l === 'комитет');
  if (!lemma) return null;
  const left = extendLeft(s, i, frames.filter((f) => f.reading && lemmas.has(f.reading.lemma)));
  if (lemma === 'комитет') {
    // A town's executive committee (Belarus): `Гродненского городского исполнительного комитета`.
    const mods = modifierLemmas(s, left.start, i);
    if (!mods.includes('исполнительный')) return null;
    const tail = extendRight(s, i + 1);
    if (tail.city) return { from: left.start, to: tail.end, cityWord: tail.city.text };
    const adj = left.start < i && toks[left.start]!.cap ? toks[left.start]!.text : null;
    return adj ? { from: left.start, to: i + 1, cityWord: adj } : null;
  }
  if (NEED_DESIGNATOR.has(lemma) && !/^(город|г$)/.test(toks[i + 1]?.lower ?? '')) return null;
  let k = i + 1;
  if (toks[k]?.lower === 'г' && toks[k + 1]?.text === '.') k += 2;
  else if (/^город(а|ского)?$/.test(toks[k]?.lower ?? '')) k += 1;
  else if (toks[k]?.lower === 'городского' && toks[k + 1]?.lower === 'округа') k += 2;
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
    if (runWords.some((t) => wordReadings(t.text).some((r) => r.pos === 'ADJF'))) return null;
    if (next && [...nounLemmas(next.text)].some((l) => REGION_WORDS.has(l))) return null;
    if (runWords.some((t) => [...nounLemmas(t.text)].some((l) => REGION_WORDS.has(l)))) return null;
  }
  return { from: left.start, to: run.end, cityWord: run.text };
}


/** `МО «Город Томск»`, `муниципального образования «Город Гродно»`. */
function formationAt(s: Scan, i: number): AuthorityHit | null {
  const toks = s.toks;
  let q = -1;
  if (toks[i]!.text === 'МО') q = i + 1;
  else if (toks[i]!.lower.startsWith('муниципальн') && /^образовани/.test(toks[i + 1]?.lower ?? '')) q = i + 2;
  else if (toks[i]!.lower.startsWith('городск') && /^округ/.test(toks[i + 1]?.lower ?? '')) q = i + 2;
  if (q < 0 || toks[q]?.kind !== 'open' || s.match[q]! < 0) return null;
  if (!/^город$/.test(toks[q + 1]?.lower ?? '')) return null;
  const close = s.match[q]!;
  if (close <= q + 2) return null;
  return { from: i, to: close + 1, cityWord: s.text.slice(toks[q + 2]!.start, toks[close - 1]!.end) };
}

type Found = { institutions: Candidate[]; authorities: AuthorityHit[]; s: Scan };
const found = new Map<string, Found>();

/** One pass finds both institutions and authorities; the two exported finders share it (a small cache). */
function scanAll(sentence: Sentence): Found {
  const key = `${sentence.start}:${sentence.text}`;
  let hit = found.get(key);
  if (!hit) {
    hit = computeAll(sentence);
    if (found.size >= 64) found.delete(found.keys().next().value!);
    found.set(key, hit);
  }
  return hit;
}

function computeAll(sentence: Sentence): Found {
  const s = scanText(sentence.text);
  const toks = s.toks;
  const cands: Candidate[] = [];
  const authorities: AuthorityHit[] = [];
  const push = (from: number, to: number, type: InstitutionType, tail: NameTail | null, head: number) => {
    const surface = spanText(s, from, to);
    const city = tail?.city ?? tail?.cityAfter ?? null;
    cands.push({
      name: nameOf(surface),
      surface,
      start: sentence.start + toks[from]!.start,
      end: sentence.start + toks[to - 1]!.end,
      type,
      cityWord: city ? city.text : null,
      cityAdjective: cityAdjectiveOf(s, from, head),
      from,
      to,
    });
  };

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'word' || s.depth[i]! > 0) continue;
    const formation = formationAt(s, i);
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
        if (!legal && prev && [...nounLemmas(prev.text)].some((l) => PROJECT_WORDS.has(l))) continue;
        const end = tail.quote.close + 1;
        const q = s.text.slice(toks[tail.quote.open]!.start, toks[tail.quote.close]!.end);
        push(i, end, typeFromWords(q, legal ?? 'other'), tail, i);
        continue;
      }
      const frames = headFrames(t);
      const left = extendLeft(s, i, frames);
      push(left.start, tail.end, STANDALONE[t.text] ?? 'university', tail, i);
      continue;
    }
    const lemmas = nounLemmas(t.text);
    if (!lemmas.size) continue;
    const frames = headFrames(t);
    const authority = authorityAt(s, i, lemmas, frames);
    if (authority) {
      authorities.push(authority);
      i = authority.to - 1;
      continue;
    }
    const lemma = [...lemmas].find((l) => HEADS[l]);
    if (!lemma) continue;
    let type = HEADS[lemma]!;
    const headFramesOf = frames.filter((f) => f.reading?.lemma === lemma);
    const left = extendLeft(s, i, headFramesOf);
    const mods = modifierLemmas(s, left.start, i);
    const needs = NEEDS_MODIFIER[lemma];
    if (needs && !mods.some((m) => needs.test(m))) continue;
    if (lemma === 'группа' && !/^компани/.test(toks[i + 1]?.lower ?? '')) continue;
    // Government bodies, associations and centres are often named by what they do: `Совет по …`, `Агентство по делам молодежи`.
    const byPhrase = type === 'government' || type === 'association' || type === 'centre';
    const isHead = (np: NP) => [...nounLemmas(toks[np.head]!.text)].some((l) => HEADS[l] !== undefined);
    let tail = extendRight(s, i + 1, { byPhrase, diplomatic: true, isHead });
    // `в городе X` belongs to the name of a consulate, an embassy or its trade office only.
    const diplomatic =
      type === 'diplomatic' ||
      (lemma === 'отдел' && mods.includes('торговый')) ||
      tail.depLemmas.some((l) => HEADS[l] === 'diplomatic');
    if (!diplomatic) tail = extendRight(s, i + 1, { byPhrase, isHead });
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
    }
    // Is this a name, or a common noun (`омских вузов`, `музей мундира`)?
    const plural = headFramesOf.length > 0 && left.frames.every((f) => f.agr.number === 'plur');
    const words = end - left.start;
    // A capital letter that is not the sentence's, or a place adjective (`Урумчинского …` opening a sentence).
    const capitalised =
      toks.slice(left.start, i + 1).some((x, k) => x.cap && left.start + k !== s.firstWord) ||
      cityAdjectiveOf(s, left.start, i) !== null;
    const named = tail.quote !== null || tail.number || tail.imeni || latin;
    let evidence: boolean;
    // `Российской Федерации` is a country; a federation is an organisation with what it federates.
    if (lemma === 'федерация') evidence = (tail.deps > 0 && !tail.properDep) || tail.quote !== null;
    else if (named) evidence = true;
    else if (type === 'government' || type === 'diplomatic') evidence = tail.deps > 0 || (capitalised && words > 1);
    else evidence = (capitalised && words > 1) || tail.properDep;
    if (QUOTE_HEADS.has(lemma)) {
      // Generic words name an organisation only with a «name», or a capitalised modifier (`Омский … оркестр`).
      const capitalHead = toks[i]!.cap && i !== s.firstWord && tail.deps > 0;
      evidence =
        tail.quote !== null ||
        latin ||
        ((type === 'company' || type === 'ensemble') && ((capitalised && left.start < i) || capitalHead));
    }
    // A plural (`омских вузов`, `духовых оркестров «…»` in a festival's name) is not one organisation.
    if (!evidence || plural) continue;
    push(left.start, end, type, tail, i);
  }
  return { institutions: resolveOverlaps(cands), authorities, s };
}

/** Keeps the longest of overlapping candidates: an embassy inside a trade office's name is not a second one. */
function resolveOverlaps<T extends { from: number; to: number }>(cands: T[]): T[] {
  const kept: T[] = [];
  for (const c of [...cands].sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from)) {
    if (!kept.some((k) => c.from < k.to && k.from < c.to)) kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from);
}

/** The organisations a sentence names. Needs loadMorph(). */
// Who reports the news is no party to it: press offices, news agencies, editorial offices and channels.
const NEWS_SOURCE = /^(пресс-служб|пресс-центр|пресс-бюро|информационн\p{L}*\s+агентств|(ИА|РИА|ТАСС)(?![\p{L}])|редакци|телеканал|радиостанци|газет)/iu;

export function findInstitutions(sentence: Sentence): InstitutionMention[] {
  return scanAll(sentence)
    .institutions.filter((m) => !NEWS_SOURCE.test(m.name))
    .map(({ from: _f, to: _t, ...m }) => m);
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

// ---------------------------------------------------------------------------------------------------------
// Keys: two spellings of one organisation in a report should meet on one entity.

/** Generic abbreviations, expanded so `Омская ТПП` meets `Омская торгово-промышленная палата`. */
const EXPANSIONS: Record<string, string> = {
  ТПП: 'торгово-промышленная палата',
  ТИЦ: 'туристский информационный центр',
  НИИ: 'научно-исследовательский институт',
  СОШ: 'средняя общеобразовательная школа',
  ДШИ: 'детская школа искусств',
  ДХШ: 'детская художественная школа',
  ДК: 'дом культуры',
  НПЗ: 'нефтеперерабатывающий завод',
  МФЦ: 'многофункциональный центр',
};

/** Words of a legal form (`Бюджетное учреждение культуры`, `Союз`, `ООО`), dropped when a «name» follows them. */
const LEGAL_FORM_WORDS = new Set([
  'учреждение', 'бюджетное', 'автономное', 'казенное', 'муниципальное', 'государственное', 'федеральное',
  'областное', 'краевое', 'городское', 'общеобразовательное', 'образовательное', 'дошкольное', 'культуры',
  'образования', 'дополнительного', 'профессионального', 'высшего', 'среднего', 'общество', 'акционерное',
  'ограниченной', 'ответственностью', 'с', 'публичное', 'открытое', 'закрытое', 'союз', 'некоммерческое',
  'некоммерческая', 'партнерство', 'организация', 'автономная', 'частное', 'унитарное', 'предприятие', 'научное',
  'г', 'города', 'город', 'городского', 'округа',
]);

const STEM = 6;

/**
 * A normalised key of an institution's name: lower case, `ё` → `е`, no quotes or punctuation, `им.`/`имени`
 * and the city designators (`г.`, `города`, `в городе`) dropped, generic abbreviations expanded (`ТПП`), and a
 * legal form before a «name» dropped (`Бюджетное учреждение культуры города Омска «Омские муниципальные
 * библиотеки»` → `омские муниципальные библиотеки`). Words are cut to their first six letters, which absorbs
 * inflection left in dependents and transliteration variants (`Урумчийский`/`Урумчинский`).
 *
 * Limits: word order counts; an adjective and a genitive of one place differ (`Омская ТПП` ≠ `ТПП Омской
 * области`); a university's abbreviation does not meet its full name here (see sameInstitution); two names that
 * differ only after the sixth letter of a word meet (`Омский государственный университет` and a hypothetical
 * `Омский государственнейший университет`).
 */
export function institutionKey(name: string): string {
  let text = name.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  for (const [abbr, full] of Object.entries(EXPANSIONS)) {
    text = text.replace(new RegExp(`(^|[^\\p{L}])${abbr}(?=$|[^\\p{L}])`, 'gu'), `$1${full}`);
  }
  const quote = text.indexOf('«');
  if (quote > 0) {
    const before = text.slice(0, quote).trim();
    const words = before.split(/[\s.]+/).filter(Boolean);
    const legal = words.every(
      (w, k) =>
        LEGAL_FORM_WORDS.has(w.toLowerCase()) ||
        LEGAL_FORMS[w] !== undefined ||
        // the city in `учреждение города Омска «…»`
        (k > 0 && /^(г|города|город|городского|округа)$/i.test(words[k - 1]!) && /^\p{Lu}/u.test(w)),
    );
    if (words.length && legal) text = text.slice(quote);
  }
  return text
    .toLowerCase()
    .replace(/[«»"“”„'’()[\]{},.;:!?№–—]/g, ' ')
    .replace(/-/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(им|имени|г|гор|город|города|городе|в)$/.test(w))
    .map((w) => (w.length > STEM ? w.slice(0, STEM) : w))
    .join(' ');
}

/** The part of a name before `им.`/`имени`, and the part from it on. */
function splitImeni(name: string): [string, string] {
  const m = /\s(им\.?|имени)\s/u.exec(name);
  return m ? [name.slice(0, m.index), name.slice(m.index)] : [name, ''];
}

/** `ОмГУ` ↔ `Омский государственный университет`: the abbreviation's capitals are the words' initials. */
function isAcronymOf(abbr: string, full: string): boolean {
  if (!isAbbreviation(abbr)) return false;
  const caps = abbr.replace(/[^А-ЯЁA-Z]/gu, '');
  const initials = full
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return caps.length >= 2 && caps === initials;
}

/**
 * Do two names, found in one report, name one institution? True when their keys are equal, or when one is an
 * abbreviation of the other (`ОмГУ им Ф.М. Достоевского` ↔ `Омский государственный университет им. Ф.М.
 * Достоевского`, `ОмГУ` ↔ the same) and their `им. …` parts, when both have one, agree. Only for names of one
 * report: across reports an abbreviation may stand for another institution.
 */
export function sameInstitution(a: string, b: string): boolean {
  if (institutionKey(a) === institutionKey(b)) return true;
  const [coreA, imA] = splitImeni(a);
  const [coreB, imB] = splitImeni(b);
  if (imA && imB && institutionKey(imA) !== institutionKey(imB)) return false;
  return isAcronymOf(coreA.trim(), coreB.trim()) || isAcronymOf(coreB.trim(), coreA.trim());
}
