// The gazetteer (import/extract/lexicon/gazetteer.ts) and its data (import/data/gazetteer.json).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { build, parseSource, serialise } from '../../../../import/data/build-gazetteer.js';
import {
  allCities,
  citiesByName,
  cityByEnglish,
  cityById,
  cityByInflected,
  cityByName,
  cityIdFor,
  coordinatesFor,
  mayBeginCityPhrase,
} from '../../../../import/extract/lexicon/gazetteer.js';
import { transliterate } from '../../../../import/extract/lexicon/transliterate.js';
import { caseForms } from '../../../../import/extract/lexicon/case-forms.js';
import { declineName } from '../../../../import/extract/lexicon/declension.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const GOLD = join(ROOT, '../shared/gold');
const REPORTS = join(ROOT, 'data/reports');

describe('gazetteer data', () => {
  const cities = allCities();

  it('holds several hundred cities with unique, well-formed ids', () => {
    expect(cities.length).toBeGreaterThan(300);
    const ids = cities.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^city:[a-z0-9-]+$/);
  });

  it('gives every city a name, an English name, an ISO2 country and sane optional fields', () => {
    for (const c of cities) {
      expect(c.name, c.id).toBeTruthy();
      expect(c.nameEn, c.id).toBeTruthy();
      expect(c.country, c.id).toMatch(/^[A-Z]{2}$/);
      if (c.wikidata != null) expect(c.wikidata, c.id).toMatch(/^Q\d+$/);
      if (c.lat != null) expect(Math.abs(c.lat), c.id).toBeLessThanOrEqual(90);
      if (c.lon != null) expect(Math.abs(c.lon), c.id).toBeLessThanOrEqual(180);
    }
    expect(cities.filter((c) => c.lat == null).length).toBeLessThan(10);
  });

  it.each([
    'Новосибирск', 'Омск', 'Томск', 'Красноярск', 'Иркутск', 'Барнаул', 'Кемерово', 'Новокузнецк', 'Тюмень', 'Сургут',
    'Улан-Удэ', 'Чита', 'Якутск', 'Хабаровск', 'Владивосток', 'Благовещенск', 'Южно-Сахалинск',
    'Петропавловск-Камчатский', 'Магадан', 'Абакан', 'Кызыл', 'Горно-Алтайск', 'Биробиджан', 'Находка',
  ])('has the Siberian or Far Eastern city %s in Russia', (name) => {
    expect(cityByName(name)?.country).toBe('RU');
  });

  it.each([
    ['Падуя', 'IT'], ['Неаполь', 'IT'], ['Генуя', 'IT'], ['Ницца', 'FR'], ['Гаага', 'NL'], ['Женева', 'CH'],
    ['Эдинбург', 'GB'], ['Львов', 'UA'], ['Монреаль', 'CA'], ['Пльзень', 'CZ'],
  ])('knows the exonym %s, which no sound key reaches (%s)', (name, country) => {
    expect(cityByInflected(name)?.country).toBe(country);
  });

  it('asks for the Palladius spelling of a Chinese town written otherwise with the same sound', () => {
    const header = 'name\tvariants\tnameEn\tvariantsEn\tcountry\tregion\twikidata\tgeonames\tparent\tid';
    const rows = (line: string) => parseSource(`${header}\n${line}\n`).rows;
    expect(build(rows('Кайфэн\t\tKaifeng\t\tCN')).errors).toEqual([]);
    expect(build(rows('Сеньян\t\tShenyang\t\tCN')).errors.join()).toMatch(/name Шэньян, Сеньян as a variant/);
    // A traditional name of another sound stays.
    expect(build(rows('Пекин\t\tBeijing\t\tCN')).errors).toEqual([]);
  });

  it('is in sync with its source list (rebuild with npx tsx import/data/build-gazetteer.ts)', () => {
    const { rows, errors } = parseSource(readFileSync(join(ROOT, 'import/data/gazetteer-source.tsv'), 'utf8'));
    expect(errors).toEqual([]);
    const report = build(rows);
    expect(report.errors).toEqual([]);
    expect(serialise(report.cities)).toBe(readFileSync(join(ROOT, 'import/data/gazetteer.json'), 'utf8'));
  });
});

describe('exact lookups', () => {
  it.each([
    ['Гомель', 'city:gomel', 'Гомель'],
    ['Gomel', 'city:gomel', 'Гомель'],
    ['Homyel', 'city:gomel', 'Гомель'],
    ['homel', 'city:gomel', 'Гомель'],
    ['Могилев', 'city:mogilev', 'Могилёв'],
    ['Mahilyow', 'city:mogilev', 'Могилёв'],
    ['Маньчжурия', 'city:manzhouli', 'Маньчжурия'],
    ['Manzhouli', 'city:manzhouli', 'Маньчжурия'],
    ['Urumqi', 'city:urumqi', 'Урумчи'],
    ['Ürümqi', 'city:urumqi', 'Урумчи'],
    ['Шеньян', 'city:shenyang', 'Шэньян'],
    ['СПб', 'city:saint-petersburg', 'Санкт-Петербург'],
    ['St. Petersburg', 'city:saint-petersburg', 'Санкт-Петербург'],
    ['Нур-Султан', 'city:astana', 'Астана'],
    ['Alma-Ata', 'city:almaty', 'Алматы'],
    ['Petropavl', 'city:petropavl', 'Петропавловск'],
    ['Oskemen', 'city:ust-kamenogorsk', 'Усть-Каменогорск'],
    ['ОМСК', 'city:omsk', 'Омск'],
    ['OMCK', 'city:omsk', 'Омск'], // Latin letters from a PDF conversion
    ['Октябрьский район г. Минска', 'city:oktyabrsky-district-minsk', 'Октябрьский район Минска'],
  ])('cityByName(%j) is %s (%s)', (input, id, name) => {
    const c = cityByName(input);
    expect(c?.id).toBe(id);
    expect(c?.name).toBe(name);
  });

  it('finds a city by id', () => {
    expect(cityById('city:omsk')?.name).toBe('Омск');
    expect(cityById('city:nowhere')).toBeUndefined();
  });

  it('returns nothing for a name it does not know', () => {
    expect(cityByName('Неизвестноград')).toBeUndefined();
    expect(cityByEnglish('Atlantis')).toBeUndefined();
  });
});

describe('cities that share a name', () => {
  it.each([
    ['Brest', 'BY', 'city:brest'],
    ['Brest', 'FR', 'city:brest-fr'],
    ['Anyang', 'KR', 'city:anyang'],
    ['Anyang', 'CN', 'city:anyang-cn'],
  ])('cityByEnglish(%j, %s) is %s', (name, iso2, id) => {
    expect(cityByEnglish(name, iso2)?.id).toBe(id);
  });

  it('lists every candidate and prefers the most populous without a country', () => {
    expect(citiesByName('Брест').map((c) => c.country)).toEqual(['BY', 'FR']);
    expect(cityByName('Брест')?.country).toBe('BY');
    expect(cityByName('Брест', 'FR')?.id).toBe('city:brest-fr');
    expect(citiesByName('Окленд').map((c) => c.id).sort()).toEqual(['city:auckland', 'city:oakland']);
  });

  it('keeps the Monroe that Tomsk is partnered with (Louisiana)', () => {
    const monroe = cityByEnglish('Monroe', 'US');
    expect(monroe?.region).toBe('Луизиана');
    expect(monroe?.lat).toBeCloseTo(32.5, 0);
  });
});

describe('inflected forms', () => {
  it.each([
    ['Гомелем', 'Гомель'],
    ['Гомеля', 'Гомель'],
    ['Могилёва', 'Могилёв'],
    ['Могилева', 'Могилёв'],
    ['Могилѐва', 'Могилёв'],
    ['Маньчжурию', 'Маньчжурия'],
    ['Маньчжурией', 'Маньчжурия'],
    ['Кайфына', 'Кайфын'],
    ['Урумчи', 'Урумчи'],
    ['Нижнего Новгорода', 'Нижний Новгород'],
    ['Нижнем Новгороде', 'Нижний Новгород'],
    ['Улан-Удэ', 'Улан-Удэ'],
    ['Санкт-Петербурге', 'Санкт-Петербург'],
    ['Петропавловска-Камчатского', 'Петропавловск-Камчатский'],
    ['Ростове-на-Дону', 'Ростов-на-Дону'],
    ['Набережных Челнах', 'Набережные Челны'],
    ['Казанью', 'Казань'],
    ['Усть-Каменогорска', 'Усть-Каменогорск'],
    ['Октябрьским районом Минска', 'Октябрьский район Минска'],
    ['Шеньяне', 'Шэньян'],
    ['Ригой', 'Рига'],
    ['Белостоком', 'Белосток'],
    ['Барлебена', 'Барлебен'],
    ['Тивата', 'Тиват'],
    ['Стаханова', 'Стаханов'],
    ['Йошкар-Олы', 'Йошкар-Ола'],
    ['Петропавловска', 'Петропавловск'],
  ])('cityByInflected(%j) is %s', (word, name) => {
    expect(cityByInflected(word)?.name).toBe(name);
  });

  it.each(['Республики', 'Европы', 'Сибири', 'делегация'])('does not take %j for a city', (word) => {
    expect(cityByInflected(word)).toBeUndefined();
  });
});

describe('words that may begin a city of several words', () => {
  it.each(['Нижнего', 'нижнем', 'НАБЕРЕЖНЫХ', 'Ростове', 'Октябрьским', 'Санкт', 'Omsk', 'Гомелем2'])('%j may', (word) => {
    expect(mayBeginCityPhrase(word)).toBe(true);
  });

  it.each(['Омск', 'ОМСК', 'делегация', 'Гомелем', 'Республики', 'Торгово-Промышленной'])('%j may not', (word) => {
    expect(mayBeginCityPhrase(word)).toBe(false);
  });

  it('is never false for a plain first word of a case form that cityByInflected knows with the next word', () => {
    const plain = /^[А-Яа-я]+(?:-[А-Яа-я]+)*$/;
    let checked = 0;
    for (const c of allCities()) {
      for (const name of [c.name, ...c.variants]) {
        for (const form of caseForms(name)) {
          const [first, ...rest] = form.split(' ');
          if (!rest.length || !plain.test(first!)) continue;
          // The phrase as a text may space it: one space, two, or a line break.
          for (const phrase of [form, `${first}  ${rest.join(' ')}`, `${first}\n${rest.join(' ')}`]) {
            if (!cityByInflected(phrase)) continue;
            for (const written of [first!, first!.toLowerCase(), first!.toUpperCase()]) expect(mayBeginCityPhrase(written), phrase).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('declension of names', () => {
  it.each([
    ['Нижний Новгород', 'gent', 'Нижнего Новгорода'],
    ['Маньчжурия', 'accs', 'Маньчжурию'],
    ['Кайфын', 'gent', 'Кайфына'],
    ['Гомель', 'ablt', 'Гомелем'],
    ['Казань', 'ablt', 'Казанью'],
    ['Рига', 'ablt', 'Ригой'],
    ['Урумчи', 'loct', 'Урумчи'],
    ['Алма-Ата', 'gent', 'Алма-Аты'],
    ['Петропавловск-Камчатский', 'gent', 'Петропавловска-Камчатского'],
    ['Ростов-на-Дону', 'gent', 'Ростова-на-Дону'],
    ['Усть-Каменогорск', 'loct', 'Усть-Каменогорске'],
    ['Великие Луки', 'loct', 'Великих Луках'],
    ['Октябрьский район Минска', 'gent', 'Октябрьского района Минска'],
    ['Республика Беларусь', 'gent', 'Республики Беларусь'],
    ['Соединённые Штаты Америки', 'gent', 'Соединённых Штатов Америки'],
    ['Босния и Герцеговина', 'gent', 'Боснии и Герцеговины'],
  ] as const)('%s in %s is %s', (name, c, form) => {
    expect(declineName(name)[c]).toContain(form);
  });

  it('lists all forms with the nominative first', () => {
    expect(caseForms('Томск')).toEqual(['Томск', 'Томска', 'Томску', 'Томском', 'Томске']);
  });
});

describe('ids and transliteration', () => {
  it.each([
    ['Екатеринбург', 'Yekaterinburg'],
    ['Улан-Удэ', 'Ulan-Ude'],
    ['Щучинск', 'Shchuchinsk'],
    ['Подъём', 'Podyem'],
    ['Новый Уренгой', 'Novyy Urengoy'],
    ['ЮРМАЛА', 'YURMALA'],
  ])('transliterate(%j) = %j', (ru, latin) => expect(transliterate(ru)).toBe(latin));

  it.each([
    ['Гомель', undefined, 'city:gomel'],
    ['Неизвестный', 'Gomel', 'city:gomel'],
    ['Щучинск', undefined, 'city:shchuchinsk'],
    ['Щучинск', 'Shchuchyn', 'city:shchuchinsk'],
    ['Ёлкино', undefined, 'city:yelkino'],
    ['Елкино', undefined, 'city:yelkino'],
    ['Новый Город', undefined, 'city:novyy-gorod'],
  ])('cityIdFor(%j, %j) = %s', (ru, en, id) => expect(cityIdFor(ru, en)).toBe(id));
});

describe('coordinates from GeoNames', () => {
  it('picks the most populous match in the country', () => {
    const omsk = coordinatesFor('Omsk', 'RU');
    expect(omsk?.lat).toBeCloseTo(55, 0);
    expect(omsk?.lon).toBeCloseTo(73.4, 0);
    expect(coordinatesFor(['Gomel', "Homyel'"], 'BY')?.name).toBe("Homyel'");
    expect(coordinatesFor('Omsk', 'KZ')).toBeUndefined();
  });

  it('gives every gazetteer city that has no parent the coordinates of its GeoNames match', () => {
    const gomel = cityById('city:gomel');
    expect(gomel?.lat).toBeCloseTo(52.4, 0);
    expect(gomel?.lon).toBeCloseTo(31, 0);
    expect(cityById('city:oktyabrsky-district-minsk')?.lat).toBe(cityById('city:minsk')?.lat);
  });
});

describe.skipIf(!existsSync(REPORTS))('cities named in the bundled reports', () => {
  const named = new Set<string>();
  if (existsSync(REPORTS)) {
    for (const f of readdirSync(REPORTS).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(join(REPORTS, f), 'utf8');
      for (const m of text.matchAll(/(?<!\p{L})(?:г\.|город(?:а|е|у|ом)?)\s*([А-ЯЁ][а-яёѐ]+(?:-\s*[А-ЯЁа-яёѐ]+)*)/gu)) named.add(m[1]!);
    }
  }

  it.each([...named])('resolves %s', (word) => {
    expect(cityByInflected(word)).toBeDefined();
  });
});

interface GoldEntity {
  kind: string;
  name: string;
  country?: string;
}

describe.skipIf(!existsSync(GOLD))('every City of the gold annotations', () => {
  const cities = new Map<string, string>();
  if (existsSync(GOLD)) {
    for (const f of readdirSync(GOLD).filter((n) => n.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as { entities: GoldEntity[] };
      for (const e of gold.entities) if (e.kind === 'City') cities.set(e.name, e.country ?? '');
    }
  }

  it.each([...cities])('%s (%s) is in the gazetteer under that exact name and country', (name, country) => {
    const c = cityByName(name, country || undefined);
    // A Chinese town's other spelling is kept as the text writes it (places.ts), so a variant is enough there.
    const spellings = c && (c.country === 'CN' || c.country === 'TW') ? [c.name, ...(c.variants ?? [])] : [c?.name];
    expect(spellings.map((n) => n?.normalize('NFC'))).toContain(name.normalize('NFC'));
    if (country) expect(c?.country).toBe(country);
  });
});

describe('prebuilt case forms', () => {
  it('import/data/case-forms.json is in sync with the gazetteer and the rules (rebuild with npx tsx import/data/build-case-forms.ts)', async () => {
    const { buildCaseForms, CASE_FORMS } = await import('../../../../import/data/build-case-forms.js');
    expect(readFileSync(CASE_FORMS, 'utf8')).toBe(await buildCaseForms());
  }, 60_000);
});
