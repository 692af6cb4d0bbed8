// What a sentence may refer back to without naming it: "этих городов" are the cities the sentence before named,
// "такие соглашения" or a bare "Договор был подписан" are the document the text was last about, "на приёме
// собрались делегации из A и B" after "приём делегаций городов-побратимов" are twin cities' delegations.
import type { Mention } from '../mentions.js';
import { datedYearsIn, monthsIn, relativeYears, yearsIn } from '../dates.js';
import { documentWords, isPlanned, TWIN_INTENT, TWIN_WORD } from '../relations/cues.js';

export interface Recall {
  /** Partner cities (not the report city) of the last sentence that named any, in order. */
  cities: string[];
  /** The text was last about a twinning (a twin word, or a document on twinning): a bare document word means it. */
  twinning: boolean;
  /**
   * The sentence before spoke of twin cities it did not name ("приём делегаций городов-побратимов", "есть и другие
   * города-побратимы"): the next list of guests or "Среди них …" names them.
   */
  unnamedTwins: boolean;
  /**
   * The last year a sentence stated as when something happened: "в октябре 2024 года", or "в прошлом году" in a
   * text of 2019 (2018).
   */
  year: number | null;
  /**
   * The one or two parties (cities, their authorities, organisations) the sentence before named: who "стороны" are
   * in the next ("ИГУ принимал делегацию Шэньянского университета. Стороны подписали …"); with one, the reporter is
   * the other.
   */
  sides?: readonly string[];
  /** How many sentences ago `sides` were named (0: the sentence before). */
  sidesAge?: number;
  /**
   * The sentence before dated itself by the text's own year ("В прошлом году наш город посетила …"): the next one,
   * with no date of its own, goes on about that year.
   */
  relativeYear?: boolean;
  /**
   * The text has named a document of its own ("соглашение о сотрудничестве"): a sentence that opens with a bare
   * "Соглашение подписано …" and names no side speaks of that one again.
   */
  documentNamed?: boolean;
  /**
   * The sentence before listed partner towns as ties ("сотрудничество с городами A, B и C"), not as places visited:
   * "С городами-побратимами ведётся переписка" opening the next names them.
   */
  tiesListed?: boolean;
}

export const NO_RECALL: Recall = { cities: [], twinning: false, unnamedTwins: false, year: null };

// "такие соглашения", "данный договор", "соответствующее соглашение", "этот меморандум": a document named before.
const POINTING = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(так[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|эт(от|и|а|о|ого|ой|их|ими|им)|данн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|соответствующ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|указанн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|настоящ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+$/iu;
// What a document word says of itself: "соглашение о сотрудничестве", "меморандум об установлении …", "договор
// между Администрацией X и …" (its named sides; "между городами" names none), "соглашения: о …" (a lead line).
// "дорожная карта сотрудничества", "протокол намерений": a subject in the genitive.
const OWN_SUBJECT = /^\s*(\([^)]*\)\s*)?[:–—-]?\s*((о|об|по|на)\s|(сотрудничеств|партн[её]рств|дружб|намерени|взаимодействи)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])|между\s+(?!(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|ними|сторон[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|наш[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|двум[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])))/iu;
// "подписано 3 соглашения", "ещё два договора": counted documents are new ones.
const COUNTED = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(\d+|два|две|три|четыре|пять|несколько|ряд|ещ[её])\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?$/iu;
// Twin cities spoken of as a group: "приём делегаций городов-побратимов", "есть и другие города-побратимы",
// "является побратимом для 20 городов", "поддерживает побратимские связи с 15 городами мира".
// "вступали в породнённые отношения с европейскими городами": twins of a kind, named in the next sentence.
const TWIN_GROUP = /((породн|побратим)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(отношени|связ)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([^.;:]{0,40}\s)?с\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}городами\s*[.:;]?\s*$|побратимск[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(отношени|связ)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+с\s+(\d+|нескольк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|многими|десятк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|рядом)\s+([a-zß-öø-ſа-ԯ]+\s+)?город|делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-побратим|побратим)|(есть|имеет|насчитыва[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-побратим|побратим)|побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(для|у)\s+(\d+|нескольк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|многих|десятк[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([a-zß-öø-ſа-ԯ]+\s+(и\s+[a-zß-öø-ſа-ԯ]+\s+)?)?город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)/iu;

// One twin named as one of several, the others not named: "стал девятым побратимом Тулы", "одним из побратимов".
const ONE_OF_TWINS =
  /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])((одн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+из|ещ[её]\s+одн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?|(\d+-?[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-)?побратим/iu;
// What follows a group of twins when it is one of several: ", городов разных регионов", " и партнёров".
const MORE_GROUPS = /^[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*\s*(,|и|,\s*а\s+также)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(город|партн[её]р|друж|предста|район|регион|муниципал)/iu;

/**
 * Whether the document word at `at` (a match of AGREEMENT_DOC) points back at a document named before: it says
 * "такие"/"данное" before it, or nothing about its own subject after it ("Подписание соглашения стало …").
 */
export function pointsBack(text: string, at: number, word: string): boolean {
  const lead = text.slice(Math.max(0, at - 30), at);
  if (POINTING.test(lead)) return true;
  if (COUNTED.test(lead)) return false;
  return !OWN_SUBJECT.test(text.slice(at + word.length, at + word.length + 40));
}

// Ties with the towns a sentence lists: "сотрудничество с городами", "связи", "отношения", "партнёры".
const TIES_WORDS = /(сотрудничеств|связ[иья]|отношени|партн[её]р)/iu;

/** How many sentences without sides of their own the sides named before outlast. */
const SIDES_KEPT = 3;

const IN_BRACKETS_BEFORE = /\(\s*(г\.\s*|город\s+)?$/u;

// "Тогда …", "В тот же день …", "в том же году": the time of the sentence before.
const THEN = /((?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])тогда(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])|в\s+тот\s+(же\s+)?день|в\s+том\s+же\s+году|тогда\s+же)/iu;
// What every match of THEN holds: asked of every sentence once a year is stated, and THEN looks behind at each letter.
const THEN_STEM = /тогда|в\s+то[тм]\s/iu;

/** The year a sentence that names none takes from the one before ("Тогда …"); null when it takes the report's. */
export function yearReferredTo(text: string, recall: Recall): number | null {
  if (recall.year === null || yearsIn(text).length > 0) return null;
  if (THEN_STEM.test(text) && THEN.test(text)) return recall.year;
  // "В прошлом году … . Мы подписали соглашение …": the next sentence, dating itself no other way, is of that year.
  return recall.relativeYear && relativeYears(text) === 0 && monthsIn(text).length === 0 ? recall.year : null;
}

/** The recall after one more sentence; `reportYear` is the text's own year, what "в прошлом году" counts from. */
export function recallAfter(previous: Recall, text: string, mentions: Mention[], reportCityId: string | null, reportYear: number | null = null): Recall {
  const named = mentions.filter(
    (m) => m.kind === 'City' && (m.via === 'name' || m.via === 'authority') && !m.nestedIn && m.id !== reportCityId,
  );
  const cities = named.length > 0 ? [...new Set(named.map((m) => m.id))] : previous.cities;
  const docs = documentWords(text);
  let twinning = previous.twinning;
  const twinWord = TWIN_WORD.test(text);
  // An intended twinning ("соглашение о намерении стать побратимами") is an agreement: its "меморандум" is one.
  if (twinWord) twinning = !isPlanned(text) && !TWIN_INTENT.test(text);
  const ownDocument = docs.some((d) => !pointsBack(text, d.index!, d[0]));
  if (!twinWord && ownDocument) twinning = false;
  // Every match of TWIN_GROUP holds "побратим", one of TWIN_WORD's stems: a sentence without a twin word has none.
  const group = twinWord ? TWIN_GROUP.exec(text) : null;
  // "делегациями городов-побратимов, городов разных регионов и …": twins among others cannot be told apart.
  const mixed = group !== null && MORE_GROUPS.test(text.slice(group.index + group[0].length, group.index + group[0].length + 60));
  const unnamedTwins = (group !== null && !mixed && named.length === 0) || (twinWord && ONE_OF_TWINS.test(text));
  // "на 2024–2026 годы" is a period, not when something happened: "В тот же день" does not point at it.
  const stated = datedYearsIn(text).filter((y) => !/^-?лет/u.test(text.slice(y.index + 4, y.index + 8)));
  const away = stated.length === 0 && reportYear !== null ? relativeYears(text) : 0;
  const year = stated.length > 0 ? stated[stated.length - 1]!.year : away !== 0 ? reportYear! + away : previous.year;
  const relativeYear = stated.length === 0 && away !== 0;
  // A town in brackets only places the body before it ("Хэнаньского университета (г. Кайфэн)"): no side of its own.
  const sideMentions = mentions.filter(
    (m) => !m.nestedIn && (m.kind === 'Institution' || (m.kind === 'City' && (m.via === 'name' || m.via === 'authority') && !IN_BRACKETS_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))),
  );
  const parties = [...new Set(sideMentions.map((m) => (m.via === 'authority' && m.cityId ? m.cityId : m.id)))];
  // A sentence that names no party, or many (a tour of the host's museums), leaves the sides of the talks as they
  // were for a few sentences: "ИГУ принимал делегацию МонГУ. Гостей провели по музеям … . Стороны подписали …".
  const own = parties.length === 1 || parties.length === 2;
  const sidesAge = own ? 0 : (previous.sidesAge ?? 0) + 1;
  const sides = own ? parties : sidesAge <= SIDES_KEPT ? previous.sides : undefined;
  return {
    cities, twinning, unnamedTwins, year,
    ...(sides ? { sides, sidesAge } : {}),
    ...(relativeYear ? { relativeYear } : {}),
    ...(previous.documentNamed || ownDocument ? { documentNamed: true } : {}),
    ...(named.length >= 2 && TIES_WORDS.test(text) ? { tiesListed: true } : {}),
  };
}
