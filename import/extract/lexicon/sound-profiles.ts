// How each language's Latin spelling sounds to a Russian ear, as rule tables: a profile is a list of steps (a
// replacement, or MARKS to drop accents) run in order on a lower-cased name (sound-key.ts latinKeys). A country
// reads its names by one profile or several (modern and older Russian renderings), each giving a key.
// Capital letters are placeholders a later step must not touch (C = ц/ч, J = ж, S = ш, H = х, E = ье, Z = з,
// I = й); the key lower-cases them.

type Step = readonly [RegExp, string] | typeof MARKS;
export type Profile = readonly Step[];

/** Drop the accents: é → e, ž → z (after the steps that read them). */
export const MARKS = 'marks';

// English: Coventry → Ковентри, Chapel Hill → Чапел-Хилл, Shrewsbury → Шрусбери.
const ENGLISH: Profile = [
  MARKS, [/tch|ch/g, 'C'], [/sh/g, 's'], [/th/g, 't'], [/ph/g, 'f'], [/ck/g, 'k'], [/c(?=[eiy])/g, 's'], [/c/g, 'k'],
  [/q/g, 'k'], [/x/g, 'ks'], [/j/g, 'dj'], [/w/g, 'v'], [/y/g, 'i'], [/ee|ea/g, 'i'], [/oo/g, 'u'],
  // A silent final e: Greenville → Гринвилл.
  [/([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{2,}[^aeiou\s-])e(?=$|[\s-])/gu, '$1'],
];

// English variants Russian uses: -ham as гем (Birmingham → Бирмингем), -ow as о and s as з (Glasgow → Глазго).
const ENGLISH_OLD: Profile = [
  [/ham(?=$|[\s-])/g, 'gem'], [/ow(?=$|[\s-])/g, 'o'], [/(?<=[aeiou])s(?=[aeiou])|s(?=g)/g, 'z'], ...ENGLISH,
];

// German and Dutch: Dortmund, München → Мюнхен, Zwickau → Цвиккау, Schwerin → Шверин. An initial Oe is an Ö
// written without the mark (Oelsnitz → Эльсниц); inside a word oe may be a long o (Soest → Зост).
const GERMAN: Profile = [
  [/(^|[\s-])oe/g, '$1e'], [/ä/g, 'e'], [/ö/g, 'e'], [/ü/g, 'iu'], MARKS, [/sch/g, 's'], [/ch/g, 'h'], [/tz|z/g, 'C'], [/ei/g, 'ai'],
  [/eu|äu/g, 'oi'], [/ie/g, 'i'], [/ck/g, 'k'], [/c/g, 'k'], [/w/g, 'v'], [/j/g, 'i'], [/y/g, 'i'], [/oo/g, 'o'],
];

// Dutch: Zwolle → Зволле, Groningen → Гронинген, Scheveningen → Схевенинген, Roermond → Рурмонд (z is з, oe у).
const DUTCH: Profile = [
  MARKS, [/sch/g, 'sH'], [/ch/g, 'H'], [/oe/g, 'u'], [/ij|ui/g, 'ei'], [/ee/g, 'e'], [/oo/g, 'o'], [/aa/g, 'a'],
  [/uu/g, 'iu'], [/c/g, 'k'], [/w/g, 'v'], [/j/g, 'i'], [/y/g, 'i'],
];

// Older German renderings: h as г and ei as ей (Hamburg → Гамбург, Heidelberg → Гейдельберг, Mannheim →
// Мангейм, Leipzig → Лейпциг), a silent h after a vowel (Karlsruhe → Карлсруэ), initial s as з (Salzburg →
// Зальцбург).
const GERMAN_OLD: Profile = [
  [/(?<=[aeiouäöü])h/g, ''], [/h/g, 'g'], [/ei/g, 'eI'], [/(^|[\s-])s(?=[aeiou])/g, '$1Z'], ...GERMAN, [/I/g, 'i'],
];

// French: Neuville → Нёвиль, Poitiers → Пуатье, Cherbourg → Шербур.
// Saint-Maur-des-Fossés → Сен-Мор-де-Фоссе: saint is сен (сент before a vowel: Сент-Этьен), a final é is sounded (E survives the silent-e step), des is де.
const FRENCH: Profile = [
  [/(^|[\s-])sainte?(?=[\s-][aeiouéèê])/g, '$1sent'], [/(^|[\s-])sainte?(?=[\s-])/g, '$1sen'], [/é(?=s?($|[\s-]))/g, 'E'], [/(^|[\s-])([dl])es(?=[\s-])/g, '$1$2e'],
  [/ç/g, 's'], MARKS, [/eaux?|aux?/g, 'o'], [/eu|œu/g, 'e'], [/oi/g, 'ua'], [/ou/g, 'u'], [/ch/g, 's'], [/qu/g, 'k'],
  [/c(?=[eiy])/g, 's'], [/c/g, 'k'], [/gn/g, 'ni'], [/y/g, 'i'], [/ers?(?=$|[\s-])/g, 'E'],
  [/([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{3,}?)(es|e|s|x)(?=$|[\s-])/gu, '$1'],
];

// French s between vowels is з, and Russian keeps a final e as а (Toulouse → Тулуза); -eille is ель (Marseille →
// Марсель); a final s may be sounded (Reims → Реймс).
const FRENCH_VARIANTS: Profile = [
  [/(?<=[aeiouy])s(?=[aeiouy])/g, 'z'], [/eille(?=$|[\s-])/g, 'el'], [/([^aeiou\s-])e(?=$|[\s-])/g, '$1a'], ...FRENCH,
];
const FRENCH_FINAL_S: Profile = [[/s(?=$|[\s-])/g, 'S'], ...FRENCH, [/S/g, 's']];

// Slavic and Baltic Latin scripts: Łódź → Лодзь, Čačak → Чачак, Mojkovac → Мойковац, Arilje → Арилье. The letter
// j is a glide (i); ж, written rz, ž, ż, ź or in dž, is J (Rzeszów → Жешув).
const SLAVIC: Profile = [
  [/j/g, 'i'], [/cz|č|ć/g, 'c'], [/sz|š|ś/g, 's'], [/dź|dz/g, 'dz'], [/dž/g, 'dJ'], [/rz|ž|ż|ź/g, 'J'], [/ch/g, 'h'],
  [/w/g, 'v'], [/y/g, 'i'], MARKS,
];

// Polish ó is у: Rzeszów → Жешув, Kraków → Краков (both readings).
const POLISH: Profile = [[/ó/g, 'u'], ...SLAVIC];

// Polish nasal vowels as Russian writes them: Częstochowa → Ченстохова, Dąbrowa → Домброва.
const POLISH_NASAL: Profile = [[/ę(?=[bp])/g, 'em'], [/ą(?=[bp])/g, 'om'], [/ę/g, 'en'], [/ą/g, 'on'], ...POLISH];

// Czech and Slovak h is Russian г: Kutná Hora → Кутна-Гора, Hradec Králové → Градец-Кралове.
const CZECH: Profile = [[/(?<!c)h/g, 'g'], ...SLAVIC];

// Hungarian: Szeged → Сегед, Miskolc → Мишкольц, Pécs → Печ, Győr → Дьёр.
const HUNGARIAN: Profile = [
  [/cs/g, 'C'], [/zs/g, 'J'], [/sz/g, 'S'], [/s/g, 'S'], [/gy/g, 'd'], [/ly/g, 'i'], [/ny/g, 'n'], [/ty/g, 't'],
  [/[öőüű]/g, 'e'], [/j/g, 'i'], [/w/g, 'v'], [/y/g, 'i'], MARKS,
];

// Romanian: Cluj-Napoca → Клуж-Напока, Iași → Яссы, Timișoara → Тимишоара, Constanța → Констанца.
const ROMANIAN: Profile = [
  [/ch(?=[ei])/g, 'k'], [/gh(?=[ei])/g, 'g'], [/c(?=[ei])/g, 'C'], [/g(?=[ei])/g, 'dJ'], [/ș|ş/g, 'S'], [/ț|ţ/g, 'C'],
  [/j/g, 'J'], [/c/g, 'k'], [/[âî]/g, 'i'], MARKS,
];

// Turkish: İzmir → Измир, Çanakkale → Чанаккале, Eskişehir → Эскишехир.
const TURKISH: Profile = [[/ç/g, 'C'], [/ş/g, 'S'], [/c/g, 'dJ'], [/ğ/g, ''], [/j/g, 'J'], [/y/g, 'i'], MARKS];

// Italian, Spanish, Portuguese and the rest: Palermo, Valencia, Porto; also the fallback for any country.
const ROMANCE: Profile = [
  MARKS, [/ch/g, 'k'], [/gli/g, 'li'], [/gn|ñ/g, 'ni'], [/sc(?=[ei])/g, 's'], [/c(?=[ei])/g, 'C'], [/c/g, 'k'],
  [/qu/g, 'k'], [/z/g, 'c'], [/j/g, 'i'], [/y/g, 'i'], [/w/g, 'v'], [/x/g, 'ks'],
];

// Italian s between vowels is з: Pisa → Пиза, Brescia keeps ш (sc before e, i).
const ITALIAN_Z: Profile = [[/(?<=[aeiou])s(?=[aeiou])/g, 'Z'], ...ROMANCE];

// Spanish: Barcelona → Барселона, Zaragoza → Сарагоса, México → Мехико, Jerez → Херес.
const SPANISH: Profile = [
  [/ñ/g, 'ni'], MARKS, [/ch/g, 'C'], [/qu/g, 'k'], [/gu(?=[ei])/g, 'g'], [/c(?=[ei])/g, 's'], [/c/g, 'k'], [/z/g, 's'],
  [/[jx]/g, 'H'], [/h/g, ''], [/ll/g, 'l'], [/y/g, 'i'], [/w/g, 'v'],
];

// Portuguese: Porto, Coimbra, São Paulo → Сан-Паулу; s between vowels is з (Braga, Rosário → Розарио).
const PORTUGUESE: Profile = [
  [/ç/g, 's'], MARKS, [/lh/g, 'li'], [/nh/g, 'ni'], [/ch/g, 'S'], [/qu/g, 'k'], [/c(?=[ei])/g, 's'], [/c/g, 'k'],
  [/(?<=[aeiou])s(?=[aeiou])/g, 'z'], [/j/g, 'J'], [/x/g, 'S'], [/o(?=$|[\s-])/g, 'u'],
];

// Nordic and Finnic: Jyväskylä-type names (y = ю), Tromsø, Göteborg, Kohtla-Järve.
const NORDIC: Profile = [
  [/ä/g, 'ia'], [/ö/g, 'e'], [/y|ü/g, 'iu'], [/å/g, 'o'], [/aa/g, 'o'], MARKS, [/sj|skj|sch/g, 's'], [/ck/g, 'k'],
  [/c/g, 'k'], [/w/g, 'v'], [/j/g, 'i'],
];

// Finnish: doubled vowels are long, not the Swedish å (Vantaa → Вантаа, Jyväskylä → Ювяскюля).
const FINNISH: Profile = [[/ä/g, 'ia'], [/ö/g, 'e'], [/y/g, 'iu'], MARKS, [/j/g, 'i'], [/w/g, 'v']];

// Russian in Latin letters, as GeoNames writes the towns of Russia and its neighbours (BGN/PCGN): Khabarovsk →
// Хабаровск, Blagoveshchensk → Благовещенск, Mytishchi → Мытищи, Arkhangel’sk → Архангельск. The English reading
// would take kh for к-х and shch for ш-ч, and no Russian spelling would meet it.
// "Komsomolsk-on-Amur" is Комсомольск-на-Амуре: на and the river in the prepositional.
// Arabic and Persian names as English and French write them: Hurghada → Хургада, Sharm el-Sheikh → Шарм-эш-Шейх,
// Esfahan → Исфахан, Marrakech → Марракеш (gh is г, kh х, q к, ou у).
const ARABIC: Profile = [
  MARKS, [/gh/g, 'g'], [/kh/g, 'H'], [/sh/g, 'S'], [/th/g, 's'], [/dh/g, 'z'], [/q/g, 'k'], [/ou/g, 'u'], [/j/g, 'dj'],
  [/y/g, 'i'], [/w/g, 'v'], [/ee/g, 'i'], [/oo/g, 'u'],
];
const MAGHREB: Profile = [[/ch/g, 'S'], ...ARABIC];

const ROMANISED_RUSSIAN: Profile = [
  [/-on-([a-z]+[bcdfgklmnprstvz])$/g, '-na-$1e'], [/-on-/g, '-na-'],
  MARKS, [/shch/g, 'S'], [/kh/g, 'H'], [/zh/g, 'J'], [/ts/g, 'C'], [/ch/g, 'C'], [/sh/g, 'S'], [/y/g, 'i'],
];

/** The profiles of a country without its own: English and the Romance reading. */
export const DEFAULT_PROFILES: readonly Profile[] = [ENGLISH, ROMANCE];

export const PROFILES_BY_COUNTRY: Readonly<Record<string, readonly Profile[]>> = Object.fromEntries(
  (
    [
      ['GB US CA AU NZ IE ZA IN PK NG KE GH UG ZM ZW JM MT PH SG MY', [ENGLISH, ENGLISH_OLD]],
      ['DE AT LU LI', [GERMAN, GERMAN_OLD]],
      ['NL', [DUTCH, GERMAN]],
      ['CH', [GERMAN, GERMAN_OLD, FRENCH]],
      ['BE', [GERMAN, FRENCH]],
      ['FR MC', [FRENCH, FRENCH_VARIANTS, FRENCH_FINAL_S]],
      ['SI HR BA RS ME MK LT LV', [SLAVIC]],
      ['PL', [SLAVIC, POLISH, POLISH_NASAL]],
      ['CZ SK', [SLAVIC, CZECH]],
      ['HU', [HUNGARIAN]],
      ['RO MD', [ROMANIAN, ROMANCE]],
      ['TR', [TURKISH]],
      ['EG SA AE JO SY LB IQ OM QA KW BH YE SD LY PS IR AF', [ARABIC, ENGLISH, ROMANCE]],
      ['MA DZ TN MR', [MAGHREB, FRENCH, ROMANCE]],
      ['SE NO DK IS', [NORDIC]],
      ['FI EE', [NORDIC, FINNISH]],
      ['IT SM', [ROMANCE, ITALIAN_Z]],
      ['ES MX AR CL CO PE VE UY BO EC PY CU', [SPANISH, ROMANCE]],
      ['PT BR', [PORTUGUESE, ROMANCE]],
      ['GR', [ROMANCE]],
      ['RU UA BY KZ KG UZ TJ TM AZ AM GE', [ROMANISED_RUSSIAN, ENGLISH, ROMANCE]],
    ] as Array<[string, Profile[]]>
  ).flatMap(([countries, profiles]) => countries.split(' ').map((c) => [c, profiles] as const)),
);

/** A name read by one profile: its steps in order. */
export function readBy(profile: Profile, s: string): string {
  let out = s;
  for (const step of profile) out = step === MARKS ? out.normalize('NFD').replace(/\p{M}+/gu, '') : out.replace(step[0], step[1]);
  return out;
}
