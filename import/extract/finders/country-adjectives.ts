// Adjectives that name a country (`китайские`, `российско-китайской`): the country's ISO code from the stem.
import { Memo } from '../lexicon/memo.js';
import { lookupKey } from '../lexicon/name-key.js';

/** Adjective stems that name a country: `китайск|ий` → CN. */
export const COUNTRY_ADJECTIVE_STEMS: Readonly<Record<string, string>> = {
  российск: 'RU', русск: 'RU', китайск: 'CN', белорусск: 'BY', казахстанск: 'KZ', казахск: 'KZ', немецк: 'DE',
  германск: 'DE', монгольск: 'MN', корейск: 'KR', южнокорейск: 'KR', северокорейск: 'KP', американск: 'US',
  японск: 'JP', французск: 'FR', итальянск: 'IT', британск: 'GB', английск: 'GB', узбекск: 'UZ',
  узбекистанск: 'UZ', таджикск: 'TJ', таджикистанск: 'TJ', киргизск: 'KG', кыргызск: 'KG', кыргызстанск: 'KG',
  армянск: 'AM', азербайджанск: 'AZ', грузинск: 'GE', молдавск: 'MD', молдовск: 'MD', туркменск: 'TM',
  вьетнамск: 'VN', болгарск: 'BG', сербск: 'RS', черногорск: 'ME', чешск: 'CZ', словацк: 'SK', польск: 'PL',
  латвийск: 'LV', латышск: 'LV', литовск: 'LT', эстонск: 'EE', финск: 'FI', финляндск: 'FI', шведск: 'SE',
  норвежск: 'NO', датск: 'DK', голландск: 'NL', нидерландск: 'NL', бельгийск: 'BE', австрийск: 'AT',
  швейцарск: 'CH', испанск: 'ES', португальск: 'PT', греческ: 'GR', турецк: 'TR', израильск: 'IL',
  иранск: 'IR', индийск: 'IN', пакистанск: 'PK', таиландск: 'TH', тайск: 'TH', индонезийск: 'ID',
  малайзийск: 'MY', сингапурск: 'SG', австралийск: 'AU', канадск: 'CA', бразильск: 'BR', мексиканск: 'MX',
  аргентинск: 'AR', египетск: 'EG', украинск: 'UA', венгерск: 'HU', румынск: 'RO', хорватск: 'HR',
  словенск: 'SI', македонск: 'MK', албанск: 'AL', кипрск: 'CY', абхазск: 'XA', южноосетинск: 'XO', афганск: 'AF', сирийск: 'SY',
  иракск: 'IQ', эмиратск: 'AE', саудовск: 'SA', лаосск: 'LA', камбоджийск: 'KH', филиппинск: 'PH',
  непальск: 'NP', кубинск: 'CU', венесуэльск: 'VE', чилийск: 'CL', новозеландск: 'NZ', ирландск: 'IE',
  исландск: 'IS', люксембургск: 'LU', мальтийск: 'MT', бангладешск: 'BD', мьянманск: 'MM', иорданск: 'JO',
  ливанск: 'LB', катарск: 'QA', кувейтск: 'KW', марокканск: 'MA', алжирск: 'DZ', тунисск: 'TN',
  эфиопск: 'ET', нигерийск: 'NG', южноафриканск: 'ZA', перуанск: 'PE', колумбийск: 'CO',
};
export const ADJECTIVE_END = /(?:ий|ый|ой|ая|яя|ое|ее|ие|ые|ого|его|ому|ему|им|ым|ом|ем|ей|ую|юю|их|ых|ими|ыми|ою|ею)$/;

function stemCountry(stem: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(COUNTRY_ADJECTIVE_STEMS, stem) ? COUNTRY_ADJECTIVE_STEMS[stem] : undefined;
}

// The place finder asks about every adjective before a capitalised word and every word shaped like a place
// adjective: the same few hundred words in every report.
const adjectives = new Memo<string | null>(20_000);

/** The country an adjective names, in any gender, number and case: `китайские` → CN, `белорусского` → BY. */
export function adjectiveCountry(word: string): string | undefined {
  return adjectives.get(word, countryOfAdjective) ?? undefined;
}

function countryOfAdjective(word: string): string | null {
  const w = lookupKey(word);
  const m = ADJECTIVE_END.exec(w);
  return (m ? stemCountry(w.slice(0, m.index)) : undefined) ?? null;
}

/** Every country a (possibly compound) adjective names: `российско-китайской` → [RU, CN]. */
export function adjectiveCountries(word: string): string[] {
  const parts = lookupKey(word).split('-');
  const out: string[] = [];
  parts.forEach((p, i) => {
    const iso2 = i < parts.length - 1 && p.endsWith('о') ? stemCountry(p.slice(0, -1)) : adjectiveCountry(p);
    if (iso2 && !out.includes(iso2)) out.push(iso2);
  });
  return out;
}

// A country's adjective opening a sentence or a line: "Армянский Иджеван и грузинский Рустави …".
const OPENING_WORD = /^\s*([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)\s+$/u;

/**
 * The country's adjective, lower-cased, when it opens the sentence or line right before `from` (capitalised there,
 * where the place finder's adjective before a name is read in lower case); otherwise undefined.
 */
export function openingCountryAdjective(text: string, from: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  if (from - lineStart > 40) return undefined;
  const m = OPENING_WORD.exec(text.slice(lineStart, from));
  const word = m?.[1]!.toLowerCase();
  return word && adjectiveCountry(word) ? word : undefined;
}
