// Keys: two spellings of one organisation in a report should meet on one entity.
import { Memo } from '../lexicon/memo.js';
import { isAbbreviation } from '../lexicon/word-tokens.js';
import { LEGAL_FORMS } from './institution-words.js';

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

/** EXPANSIONS as whole-word patterns, compiled once: institutionKey runs for every institution a sentence names. */
const EXPANSION_PATTERNS: ReadonlyArray<[string, RegExp, string]> = Object.entries(EXPANSIONS).map(([abbr, full]) => [
  abbr,
  new RegExp(`(^|[^A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])${abbr}(?=$|[^A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])`, 'gu'),
  `$1${full}`,
]);

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

// institutionKey is a pure function of the name, asked for every institution of every sentence (a dozen replaces
// and splits each).
const keys = new Memo<string>(20_000);

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
  return keys.get(name, keyOf);
}

function keyOf(name: string): string {
  let text = name.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  for (const [abbr, pattern, replacement] of EXPANSION_PATTERNS) {
    if (text.includes(abbr)) text = text.replace(pattern, replacement);
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
        (k > 0 && /^(г|города|город|городского|округа)$/i.test(words[k - 1]!) && /^[A-ZÀ-ÖØ-ÞЀ-Я]/u.test(w)),
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
    .filter((w) => /^[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]/u.test(w))
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
