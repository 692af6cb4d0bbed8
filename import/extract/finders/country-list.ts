// The list of countries: every ISO 3166-1 country with its Russian and English names, the abbreviations and long
// forms reports use, and the codes this project assigns itself. Changes when a name is missing, not when the way
// text is searched for countries does (countries.ts).
import countriesLib from 'i18n-iso-countries';

export interface CountryInfo {
  iso2: string;
  /** Canonical Russian name, as the gold annotations write it (Китай, Беларусь, Республика Корея, США). */
  name: string;
  nameEn: string;
  /** Every Russian name and abbreviation, nominative. */
  names: string[];
  namesEn: string[];
  /** A code outside ISO 3166-1 that this project assigns itself. */
  userAssigned?: boolean;
}

/** Canonical names where the ISO short name is not the form reports and the gold use. */
const CANONICAL: Record<string, string> = { CN: 'Китай', RU: 'Россия', PS: 'Палестина' };
const CANONICAL_EN: Record<string, string> = { GB: 'United Kingdom', US: 'United States', VA: 'Vatican City' };

/** What i18n-iso-countries' Russian list lacks: official long forms, abbreviations, other spellings. */
export const EXTRA_NAMES: Record<string, string[]> = {
  CN: ['Китай', 'КНР', 'Китайская Народная Республика'],
  DE: ['ФРГ', 'Федеративная Республика Германия'],
  US: ['США', 'Соединённые Штаты Америки', 'Соединённые Штаты', 'Северо-Американские Соединённые Штаты'],
  BY: ['Беларусь', 'Белоруссия', 'Беларуссия', 'Республика Беларусь', 'Республика Белоруссия', 'РБ'],
  KR: ['Республика Корея', 'Южная Корея', 'Корея'],
  KP: ['КНДР', 'Корейская Народно-Демократическая Республика', 'Северная Корея'],
  RU: ['РФ', 'Российская Федерация', 'Россия'],
  KZ: ['Республика Казахстан', 'РК'],
  GB: ['Великобритания', 'Соединённое Королевство', 'Объединённое Королевство', 'Англия'],
  AE: ['ОАЭ', 'Объединённые Арабские Эмираты', 'Эмираты'],
  KG: ['Киргизия', 'Кыргызстан', 'Киргизская Республика', 'Кыргызская Республика'],
  MD: ['Молдавия', 'Молдова', 'Республика Молдова'],
  CZ: ['Чехия', 'Чешская Республика'],
  TM: ['Туркмения', 'Туркменистан'],
  VN: ['Вьетнам', 'СРВ', 'Социалистическая Республика Вьетнам'],
  UZ: ['Республика Узбекистан'],
  TJ: ['Республика Таджикистан'],
  AM: ['Республика Армения'],
  AZ: ['Азербайджанская Республика'],
  LV: ['Латвийская Республика'],
  LT: ['Литовская Республика'],
  EE: ['Эстонская Республика'],
  PL: ['Республика Польша'],
  SK: ['Словацкая Республика'],
  BG: ['Республика Болгария'],
  RS: ['Республика Сербия'],
  IN: ['Республика Индия'],
  TR: ['Турецкая Республика'],
  IR: ['Исламская Республика Иран'],
  MK: ['Македония', 'Республика Северная Македония'],
  NL: ['Голландия', 'Королевство Нидерландов'],
  SY: ['Сирийская Арабская Республика'],
  EG: ['Арабская Республика Египет'],
  CD: ['ДР Конго', 'ДРК'],
  CI: ["Кот-д'Ивуар"],
  MM: ['Бирма'],
  SZ: ['Свазиленд'],
  FR: ['Французская Республика'],
  IT: ['Итальянская Республика'],
  ES: ['Королевство Испания'],
  IL: ['Государство Израиль'],
  MN: ['Монголия'],
  ME: ['Черногория'],
  LA: ['Лаосская Народно-Демократическая Республика'],
};

/**
 * Places that Russian reports treat as states but ISO 3166-1 does not list, under codes from the range ISO
 * leaves to users (XA–XZ). Kosovo's XK is the de-facto convention; i18n-iso-countries already has it.
 */
const USER_ASSIGNED: Array<{ iso2: string; name: string; nameEn: string; names: string[] }> = [
  { iso2: 'XA', name: 'Абхазия', nameEn: 'Abkhazia', names: ['Абхазия', 'Республика Абхазия'] },
  { iso2: 'XO', name: 'Южная Осетия', nameEn: 'South Ossetia', names: ['Южная Осетия', 'Республика Южная Осетия'] },
];

/**
 * Sub-national regions whose names contain a country's name. They are matched like country names (longest
 * match wins) and then dropped, so `Внутренняя Монголия` (China) is not a mention of Mongolia.
 */
export const NOT_COUNTRIES = [
  'Внутренняя Монголия',
  'Луганская Народная Республика',
  'Донецкая Народная Республика',
  'Северная Ирландия',
  'Новая Англия',
  'Британская Колумбия',
];

/** An abbreviation (`КНР`, `США`): declined by no case rule and matched only as written. */
export function isAbbreviation(name: string): boolean {
  return name.length <= 6 && /^[А-ЯЁA-Z]{2,}$/.test(name.replace(/\s/g, ''));
}

/** `КНР (Китайская Народная Республика)` is two names; `Виргинские Острова (США)` is one, qualified. */
function splitIsoName(name: string): string[] {
  const m = /^(.*?)\s*\((.*)\)$/.exec(name);
  if (!m) return [name];
  return isAbbreviation(m[1]!) ? [m[1]!, m[2]!] : [m[1]!];
}

/** The shortest English name that is neither an abbreviation, nor inverted (`Korea, Republic of`), nor shared. */
function englishName(iso2: string, names: string[], shared: Map<string, number>): string {
  const override = CANONICAL_EN[iso2];
  if (override) return override;
  const plain = names.filter((n) => !/[,(]/.test(n) && !/^[A-Z.]+$/.test(n));
  const free = plain.filter((n) => (shared.get(n) ?? 0) < 2).sort((a, b) => a.length - b.length);
  return free[0] ?? plain[0] ?? names[0]?.replace(/\s*[,(].*$/, '') ?? iso2;
}

let countries: Map<string, CountryInfo> | undefined;

function build(): Map<string, CountryInfo> {
  if (countries) return countries;
  const ru = countriesLib.getNames('ru', { select: 'all' });
  const shared = new Map<string, number>();
  for (const c of Object.keys(ru)) for (const n of countriesLib.getName(c, 'en', { select: 'all' }) ?? []) shared.set(n, (shared.get(n) ?? 0) + 1);
  const map = new Map<string, CountryInfo>();
  for (const [iso2, isoNames] of Object.entries(ru)) {
    const fromIso = isoNames.flatMap(splitIsoName);
    const names = [...new Set([...fromIso, ...(EXTRA_NAMES[iso2] ?? [])])];
    const namesEn = countriesLib.getName(iso2, 'en', { select: 'all' }) ?? [];
    map.set(iso2, {
      iso2,
      name: CANONICAL[iso2] ?? fromIso[0] ?? iso2,
      nameEn: englishName(iso2, namesEn, shared),
      names,
      namesEn,
    });
  }
  for (const u of USER_ASSIGNED) {
    map.set(u.iso2, { iso2: u.iso2, name: u.name, nameEn: u.nameEn, names: u.names, namesEn: [u.nameEn], userAssigned: true });
  }
  countries = map;
  return map;
}

export function allCountries(): CountryInfo[] {
  return [...build().values()];
}

export function countryByIso(iso2: string): CountryInfo | undefined {
  return build().get(iso2.trim().toUpperCase());
}
