// Countries: names, abbreviations and case forms → ISO2, mentions in text, adjectives (import/extract/countries.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adjectiveCountries, adjectiveCountry } from '../../../../import/extract/finders/country-adjectives.js';
import { findCountriesInText, findCountry } from '../../../../import/extract/finders/countries.js';
import { allCountries, countryByIso } from '../../../../import/extract/finders/country-list.js';
import { clearMemos } from '../../../../import/extract/lexicon/memo.js';

const GOLD = join(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/gold');

describe('the country list', () => {
  it('covers every ISO 3166-1 country', () => {
    expect(allCountries().length).toBeGreaterThanOrEqual(249);
    for (const c of allCountries()) expect(c.iso2).toMatch(/^[A-Z]{2}$/);
  });

  it.each([
    ['CN', 'Китай', 'China'],
    ['BY', 'Беларусь', 'Belarus'],
    ['KZ', 'Казахстан', 'Kazakhstan'],
    ['DE', 'Германия', 'Germany'],
    ['US', 'США', 'United States'],
    ['KR', 'Республика Корея', 'South Korea'],
    ['KP', 'КНДР', 'North Korea'],
    ['RU', 'Россия', 'Russia'],
    ['GB', 'Великобритания', 'United Kingdom'],
    ['MN', 'Монголия', 'Mongolia'],
    ['XA', 'Абхазия', 'Abkhazia'],
    ['XO', 'Южная Осетия', 'South Ossetia'],
  ])('%s is %s / %s', (iso2, name, nameEn) => {
    const c = countryByIso(iso2);
    expect(c?.name).toBe(name);
    expect(c?.nameEn).toBe(nameEn);
  });

  it('marks codes the project assigns itself', () => {
    expect(countryByIso('XA')?.userAssigned).toBe(true);
    expect(countryByIso('BY')?.userAssigned).toBeUndefined();
    expect(countryByIso('by')?.iso2).toBe('BY');
  });
});

describe('findCountry', () => {
  it.each([
    ['Китай', 'CN'],
    ['в Китае', 'CN'],
    ['Китая', 'CN'],
    ['(КНР)', 'CN'],
    ['Китайской Народной Республики', 'CN'],
    ['Республики Беларусь', 'BY'],
    ['Республикой Беларусь', 'BY'],
    ['Белоруссии', 'BY'],
    // a common misspelling
    ['(Беларуссия)', 'BY'],
    ['из Беларуссии', 'BY'],
    ['Беларуси', 'BY'],
    ['РБ', 'BY'],
    ['из Германии', 'DE'],
    ['ФРГ', 'DE'],
    ['Федеративной Республики Германия', 'DE'],
    ['Казахстана', 'KZ'],
    ['Республики Казахстан', 'KZ'],
    ['РК', 'KZ'],
    ['Монголии', 'MN'],
    ['США', 'US'],
    ['Соединённых Штатов Америки', 'US'],
    ['Соединенных Штатов Америки', 'US'],
    ['Республикой Корея', 'KR'],
    ['Южной Кореи', 'KR'],
    ['Корея', 'KR'],
    ['КНДР', 'KP'],
    ['РФ', 'RU'],
    ['Российской Федерации', 'RU'],
    ['России', 'RU'],
    ['Великобританией', 'GB'],
    ['Соединённого Королевства', 'GB'],
    ['ОАЭ', 'AE'],
    ['Кыргызстане', 'KG'],
    ['Киргизии', 'KG'],
    ['Молдове', 'MD'],
    ['Молдавии', 'MD'],
    ['Чехии', 'CZ'],
    ['Туркменистана', 'TM'],
    ['Туркмении', 'TM'],
    ['СРВ', 'VN'],
    ['во Вьетнаме', 'VN'],
    ['Черногорию', 'ME'],
    ['Болгарии', 'BG'],
    ['с Сербией', 'RS'],
    ['Италии', 'IT'],
    ['Франции', 'FR'],
    ['Израиле', 'IL'],
    ['Японии', 'JP'],
    ['Таджикистан', 'TJ'],
    ['Узбекистаном', 'UZ'],
    ['Армении', 'AM'],
    ['Азербайджана', 'AZ'],
    ['Грузии', 'GE'],
    ['Абхазии', 'XA'],
    ['Республики Южная Осетия', 'XO'],
    ['Боснии и Герцеговины', 'BA'],
    ['КИТАЙ', 'CN'],
    ['germany', 'DE'],
    // official long forms no list spells out: the form of state, then the name or its adjective
    ['Королевство Дания', 'DK'],
    ['Королевства Швеция', 'SE'],
    ['Республика Перу', 'PE'],
    ['Федеративная Республика Нигерия', 'NG'],
    ['Греческая Республика', 'GR'],
  ])('%j → %s', (phrase, iso2) => {
    expect(findCountry(phrase)?.iso2).toBe(iso2);
  });

  it.each(['Внутренней Монголии', 'Британской Колумбии', 'Республики', 'Омска', 'Европы', 'Демократическая Республика', 'Королевство кривых зеркал', ''])('%j is no country', (phrase) => {
    expect(findCountry(phrase)).toBeUndefined();
  });

  it('answers a phrase asked again, and after the memos are emptied, as the first time', () => {
    const phrases = ['Китае', 'Кайфын', 'КНР', 'Омска', 'провинция Хэнань'];
    const first = phrases.map((p) => findCountry(p)?.iso2);
    expect(phrases.map((p) => findCountry(p)?.iso2)).toEqual(first);
    clearMemos();
    expect(phrases.map((p) => findCountry(p)?.iso2)).toEqual(first);
    expect(first).toEqual(['CN', undefined, 'CN', undefined, undefined]);
  });
});

describe('findCountriesInText', () => {
  it('finds every mention with offsets into the text', () => {
    const text = 'Делегация из Республики Беларусь и КНР посетила Монголию, затем Германию.';
    const found = findCountriesInText(text);
    expect(found.map((m) => [m.country.iso2, m.text])).toEqual([
      ['BY', 'Республики Беларусь'],
      ['CN', 'КНР'],
      ['MN', 'Монголию'],
      ['DE', 'Германию'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('joins a name broken across lines and reads Latin look-alikes', () => {
    const found = findCountriesInText('с Республикой\nБеларусь и (KНР)');
    expect(found.map((m) => m.country.iso2)).toEqual(['BY', 'CN']);
    expect(found[0]?.text).toBe('Республикой\nБеларусь');
  });

  it.each([
    ['a web address', 'сайт омск.рф и мэрия.рф'],
    ['a region named after a country', 'город Маньчжурия (Автономный район Внутренняя Монголия)'],
    ['a pronoun at the start of a sentence', 'Того же года. Того же месяца'],
    ['an adjective', 'российско-китайская дружба и белорусские коллеги'],
  ])('ignores %s', (_, text) => {
    expect(findCountriesInText(text)).toEqual([]);
  });

  it('still finds an ambiguous name mid-sentence', () => {
    expect(findCountriesInText('делегация из Того прибыла').map((m) => m.country.iso2)).toEqual(['TG']);
  });

  it('finds the same on a text beyond the plain alphabet, walked by the pattern itself', () => {
    // `ℵ` (U+2135) is plain, `ꙮ` (U+A66E) is not: the same sentence goes by either path.
    const text = "Делегация из Республики Беларусь, КНР и Кот-д'Ивуара посетила Монголию 2024 года";
    const plain = findCountriesInText(`${text} ℵ`);
    expect(plain.map((m) => m.country.iso2)).toEqual(['BY', 'CN', 'CI', 'MN']);
    expect(findCountriesInText(`${text} ꙮ`)).toEqual(plain);
    expect(findCountriesInText(`ꙮ ${text}`).map((m) => [m.country.iso2, m.start - 2])).toEqual(plain.map((m) => [m.country.iso2, m.start]));
  });
});

describe('adjectives', () => {
  it.each([
    ['китайский', 'CN'],
    ['китайские', 'CN'],
    ['Китайской', 'CN'],
    ['белорусского', 'BY'],
    ['казахстанских', 'KZ'],
    ['казахский', 'KZ'],
    ['немецкой', 'DE'],
    ['германскую', 'DE'],
    ['монгольский', 'MN'],
    ['корейской', 'KR'],
    ['американских', 'US'],
    ['российским', 'RU'],
    ['японская', 'JP'],
    ['узбекистанской', 'UZ'],
    ['кыргызстанские', 'KG'],
  ])('adjectiveCountry(%j) = %s', (word, iso2) => expect(adjectiveCountry(word)).toBe(iso2));

  it.each(['омские', 'китай', 'международный', 'российско-китайской'])('adjectiveCountry(%j) is undefined', (word) => {
    expect(adjectiveCountry(word)).toBeUndefined();
  });

  it('answers an adjective asked again, and after the memos are emptied, as the first time', () => {
    const words = ['китайские', 'омские', 'Белорусского', 'международный'];
    const first = words.map((w) => adjectiveCountry(w));
    expect(words.map((w) => adjectiveCountry(w))).toEqual(first);
    clearMemos();
    expect(words.map((w) => adjectiveCountry(w))).toEqual(first);
    expect(first).toEqual(['CN', undefined, 'BY', undefined]);
  });

  it.each([
    ['российско-китайской', ['RU', 'CN']],
    ['русско-японская', ['RU', 'JP']],
    ['белорусские', ['BY']],
    ['омские', []],
  ])('adjectiveCountries(%j) = %j', (word, codes) => expect(adjectiveCountries(word)).toEqual(codes));
});

describe.skipIf(!existsSync(GOLD))('every Country of the gold annotations', () => {
  const countries = new Map<string, string>();
  if (existsSync(GOLD)) {
    for (const f of readdirSync(GOLD).filter((n) => n.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as { entities: Array<{ kind: string; name: string; iso2?: string }> };
      for (const e of gold.entities) if (e.kind === 'Country' && e.iso2) countries.set(e.iso2, e.name);
    }
  }

  it.each([...countries])('%s is named %s and found by that name', (iso2, name) => {
    expect(countryByIso(iso2)?.name).toBe(name);
    expect(findCountry(name)?.iso2).toBe(iso2);
  });
});
