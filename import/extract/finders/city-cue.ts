// The words before a name that say it is a city ("город", "г.", "города-побратимы", "мэрия", "муниципалитет"; a
// Norwegian or Finnish "коммуна", a Polish "гмина", a Chinese "уезд", in the singular: "Союз гмин Подкарпатья" is
// a region's):
// the place finder asks about the 40 characters before every capitalised word no gazetteer name took.
import { lastRunStart } from '../lexicon/plain-words.js';
import { findCountry } from './countries.js';

// "городов-побратимов: Карлсруэ, …", "делегации побратимов Карлсруэ": a list after a colon, the twins without "город".
// "городом побратимом Гвардейска": the hyphen left out; "является побратимом Гвардейска": the owner.
const CITY_CUE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(город(а|у|ом|е|ов|ам|ами|ах)?((-|\s+)побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-герой[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?(,?\s+как)?|побратим(ов|ам|ами|ах|ом)|г\.|мэри[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|муниципалитет(а|у|ом|е)?|городск[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+округ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(коммун|гмин)(а|ы|е|у|ой|ою)|уезд(а|е|у|ом)?)\s*(:\s*)?$/iu;

/** Every match of CITY_CUE holds one of these. */
const CUE_WORDS = /город|г\.|мэри|муниципалитет|побратим|партн[её]р|коммун|гмин|уезд/iu;

/**
 * The first letters of the last word of a match of CITY_CUE (город…, -герой…; -побратим…, -партнёр…, побратим…; как;
 * мэри…, муниципалитет…; округ…; коммун…, гмин…, уезд…), in both cases: the pattern cannot match a text whose last
 * word starts otherwise (or that ends in the list's colon or dash).
 */
const CUE_INITIALS = new Set(['г', 'Г', 'п', 'П', 'к', 'К', 'м', 'М', 'о', 'О', 'у', 'У'].map((c) => c.charCodeAt(0)));

/** Whether `text` holds any word a city cue is made of: a text without one needs no look before each word. */
export function hasCityCueWords(text: string): boolean {
  return CUE_WORDS.test(text);
}

/**
 * `text.slice(from, end)` ends in a city cue, and white space. The pattern, a look-behind tried at every position,
 * is asked only when the last word could end one: it starts with a cue's letter, or is the `.` of `г.`.
 */
export function cityCueBefore(text: string, from: number, end: number): boolean {
  const k = lastRunStart(text, from, end);
  if (k === -1) return false;
  if (k !== undefined) {
    const c = text.charCodeAt(k);
    if (c === 0x2e) {
      const g = k > from ? text.charCodeAt(k - 1) : 0;
      if (g !== 0x433 && g !== 0x413) return false;
    } else if (c !== 0x3a && c !== 0x2d && c !== 0x2013 && c !== 0x2014 && !CUE_INITIALS.has(c)) {
      // The twins' owner last ("город-побратим Омска "), or a copula after it ("являются", "стали").
      if ((c >= 0x410 && c <= 0x42f) || c === 0x401) return TWIN_OF_OWNER.test(text.slice(from, end));
      return (c === 0x44f || c === 0x441) && (OWNER_DASH.test(text.slice(from, end)) || tiesPair(text, from, end));
    }
  }
  const before = text.slice(from, end);
  // After a colon only twins and partners ("городов-побратимов: …"): "из других городов: Донбасс, ЛНР" lists regions.
  return (
    (CITY_CUE.test(before) && (!ENDS_IN_COLON.test(before) || TWINS_COLON.test(before))) ||
    TWINS_LEAD.test(before) ||
    OWNER_DASH.test(before) ||
    TWIN_OF_OWNER.test(before) ||
    countryTownsBefore(before) ||
    tiesPair(text, from, end)
  );
}

// "в честь 25-летия побратимских связей Ванино – Исикари": the two towns of the ties, joined by a dash.
const TIES_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(побратимск)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(связ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|отношени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+[—–-]\s+)?$/u;
const DASH_PAIR_AFTER = /^[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*\s+[—–-]\s+[A-ZÀ-ÖØ-ÞЀ-Я]/u;

/** The first or second of two towns a dash joins right after "побратимских связей" (not "отношений Газпрома"). */
function tiesPair(text: string, from: number, end: number): boolean {
  const m = TIES_BEFORE.exec(text.slice(from, end));
  return m !== null && (m[3] !== undefined || DASH_PAIR_AFTER.test(text.slice(end, end + 40)));
}
// "Побратимы Омска: A, …", "Города-партнёры Тулы: A", "Побратимы — A": the list's lead before a colon (its owner
// between) or a dash; its first item needs no other cue. ("Партнёры: Газпром, …" lists sponsors, no towns.) (After "побратимами Омска — " a dash opens what follows
// as often as a list.)
const TWINS_LEAD = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])([Пп]обратим|[Гг]ород(а|ов|ами)-партн[её]р)(ы|ов|ами|и)?((\s+(г\.\s*|города\s+)?[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)?\s*:|\s+[—–-])\s*$/u;
// "из городов-побратимов Лиона – A и B": the owner of the twins, then a dash before their list.
// "Городами-побратимами Омска являются A и B", "Новым городом-партнёром Омска стал Эрланген": after the owner, a copula.
// (Not "побратимами Омска — ": see TWINS_LEAD.)
const OWNER_DASH =
  /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(([Гг]ородов-побратимов|[Пп]обратимов)\s+[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+[—–-]|([Гг]ород(ом|ами|а)-(побратим|партн[её]р)(ом|ами|ы)|([Пп]обратим|[Пп]артн[её]р)(ом|ами|ы))\s+[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+(является|являются|стал|стала|стали))\s*$/u;
const ENDS_IN_COLON = /:\s*$/u;
// "посетили город-побратим Омска Биттерфельд-Вольфен": the twin's owner (a genitive) between the cue and the name.
// ("Мэр города-побратима Праги Зденек Гржиб": after an official's title the words are his name.)
const TWIN_OF_OWNER =
  /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?<!([Мм]эр|[Гг]лав|[Аа]ким|[Пп]редседател|[Рр]уководител|[Гг]убернатор|[Бб]ургомистр|[Кк]мет|[Зз]аместител|[Кк]омитет|[Аа]дминистраци|[Пп]редставител)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2})[Гг]ород(а|у|ом|е)?-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(а|я|ы|и)\s+$/u;
// "стали два города США: Кливленд-Хайтс и …": a country's towns, listed after a colon.
const COUNTRY_TOWNS = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])город(а|ов|ами|ам|ах)\s+([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*)\s*:\s*$/u;

function countryTownsBefore(before: string): boolean {
  return countryOfTownsBefore(before) !== undefined;
}

/** The ISO code of the country whose towns the words before list ("два города США: "), if they do. */
export function countryOfTownsBefore(before: string): string | undefined {
  const m = COUNTRY_TOWNS.exec(before);
  return m ? findCountry(m[2]!)?.iso2 : undefined;
}
const TWINS_COLON = /(побратим|партн[её]р)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*:\s*$/iu;

// "Бранденбург является городом-побратимом Магнитогорска", "Ковентри — город-побратим …": the cue after the name.
// "Кретинга является городом побратимом Гвардейска": the hyphen left out. "Краслава совсем молодой город-побратим
// Кингисеппа": no verb, an adjective (and its adverb) before the word.
const TWIN_CUE_AFTER = /^\s*((является|стал[аои]?|станет|—|–)\s+([a-zß-öø-ſа-ԯ]+\s+)?|([a-zß-öø-ſа-ԯ]+\s+)?[a-zß-öø-ſа-ԯ]+(ый|ий|ой)\s+)(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(-|\s+)(побратим|партн[её]р)|побратим)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;

/** Whether the words right after `end` call what stands before them a twin or partner town. */
export function twinCueAfter(text: string, end: number): boolean {
  // Asked after most capitalised words of a sentence with a cue's word: the word after must open like one of the
  // pattern's first words (я…, с…, a dash) before the pattern is.
  let k = end;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  if (k === end || !TWIN_CUE_OPENERS.has(text[k]!)) return false;
  return TWIN_CUE_AFTER.test(text.slice(end, end + 60));
}
const TWIN_CUE_OPENERS = new Set(['я', 'Я', 'с', 'С', '—', '–']);
