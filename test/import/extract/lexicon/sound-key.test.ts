import { describe, expect, it } from 'vitest';
import { cyrillicKey, latinKeys } from '../../../../import/extract/lexicon/sound-key.js';
import { palladius } from '../../../../import/extract/lexicon/palladius.js';
import { polivanov } from '../../../../import/extract/lexicon/polivanov.js';

describe('sound keys', () => {
  it.each([
    ['Ливерпуль', 'Liverpool', 'GB'],
    ['Гринвилл', 'Greenville', 'US'],
    ['Мюнхен', 'München', 'DE'],
    ['Цвиккау', 'Zwickau', 'DE'],
    ['Пуатье', 'Poitiers', 'FR'],
    ['Краков', 'Kraków', 'PL'],
    ['Чачак', 'Čačak', 'RS'],
    // Czech and Slovak h is Russian г; ch stays х
    ['Кутна-Гора', 'Kutná Hora', 'CZ'],
    ['Глоговец', 'Hlohovec', 'SK'],
    ['Хеб', 'Cheb', 'CZ'],
    // each language's own reading, and the older Russian renderings beside the modern ones
    ['Жешув', 'Rzeszów', 'PL'],
    // Polish nasal vowels
    ['Ченстохова', 'Częstochowa', 'PL'],
    ['Домброва-Гурнича', 'Dąbrowa Górnicza', 'PL'],
    ['Жилина', 'Žilina', 'SK'],
    ['Мишкольц', 'Miskolc', 'HU'],
    ['Печ', 'Pécs', 'HU'],
    ['Клуж-Напока', 'Cluj-Napoca', 'RO'],
    ['Измир', 'İzmir', 'TR'],
    // Arabic and Persian names: gh is г, kh х, ou у, Maghreb ch ш
    ['Хургада', 'Hurghada', 'EG'],
    ['Зволле', 'Zwolle', 'NL'],
    ['Схевенинген', 'Scheveningen', 'NL'],
    ['Сен-Мор-де-Фоссе', 'Saint-Maur-des-Fossés', 'FR'],
    ['Сент-Этьен', 'Saint-Étienne', 'FR'],
    ['Эль-Гуна', 'El Gouna', 'EG'],
    ['Исфахан', 'Isfahan', 'IR'],
    ['Марракеш', 'Marrakesh', 'MA'],
    ['Уджда', 'Oujda', 'MA'],
    ['Сарагоса', 'Zaragoza', 'ES'],
    ['Барселона', 'Barcelona', 'ES'],
    ['Пиза', 'Pisa', 'IT'],
    ['Вантаа', 'Vantaa', 'FI'],
    ['Гейдельберг', 'Heidelberg', 'DE'],
    ['Зальцбург', 'Salzburg', 'AT'],
    ['Карлсруэ', 'Karlsruhe', 'DE'],
    ['Майнц', 'Mainz', 'DE'],
    ['Бирмингем', 'Birmingham', 'GB'],
    ['Глазго', 'Glasgow', 'GB'],
    ['Тулуза', 'Toulouse', 'FR'],
    ['Нант', 'Nantes', 'FR'],
    ['Реймс', 'Reims', 'FR'],
    ['Безансон', 'Besançon', 'FR'],
    ['Тампере', 'Tampere', 'FI'],
    ['Тарту', 'Tartu', 'EE'],
    ['Гётеборг', 'Göteborg', 'SE'],
    ['Палермо', 'Palermo', 'IT'],
    ['Хамамацу', 'Hamamatsu', 'JP'],
    ['Хакодатэ', 'Hakodate', 'JP'],
    ['Цзилинь', 'Jilin', 'CN'],
    ['Сюйчжоу', 'Xuzhou', 'CN'],
    ['Ереван', 'Yerevan', 'AM'],
    // Russian and its neighbours' towns as GeoNames romanises them (kh = х, shch = щ, zh = ж, ts = ц, y = ы)
    ['Хабаровск', 'Khabarovsk', 'RU'],
    ['Благовещенск', 'Blagoveshchensk', 'RU'],
    ['Архангельск', 'Arkhangel’sk', 'RU'],
    ['Мытищи', 'Mytishchi', 'RU'],
    ['Николаевск-на-Амуре', 'Nikolayevsk-on-Amur', 'RU'],
    ['Жуковский', 'Zhukovskiy', 'RU'],
    ['Елец', 'Yelets', 'RU'],
    ['Шымкент', 'Shymkent', 'KZ'],
  ])('%s sounds like %s', (ru, latin, country) => {
    const keys = latinKeys(latin, country);
    expect(keys.includes(cyrillicKey(ru)) || keys.includes(cyrillicKey(ru, 'e'))).toBe(true);
  });

  it.each([
    ['Ливерпуль', 'Leeds', 'GB'],
    ['Гамбург', 'Homburg', 'DE'],
  ])('%s does not sound like %s', (ru, latin, country) => {
    expect(latinKeys(latin, country)).not.toContain(cyrillicKey(ru));
  });

  it.each([
    ['Xuzhou', 'сюйчжоу'],
    ['Jilin', 'цзилинь'],
    ['Changchun', 'чанчунь'],
    ['Zigong', 'цзыгун'],
    ['Shangqiu', 'шанцю'],
    ['Xi’an', 'си ань'],
    ['Yangquan', 'янцюань'],
  ])('Palladius spells %s as %s', (pinyin, ru) => {
    expect(palladius(pinyin)).toBe(ru);
  });

  it('Palladius writes a hard н before я with ъ', () => {
    expect(palladius('Tianyang')).toBe('тяньян');
    expect(palladius('Pingyang')).toBe('пинъян');
  });

  it.each([
    ['Hakodate', 'хакодатэ'],
    ['Shizuoka', 'сидзуока'],
    ['Chitose', 'титосэ'],
    ['Kyōto', 'кёто'],
    ['Sapporo', 'саппоро'],
  ])('Polivanov spells %s as %s', (romaji, ru) => {
    expect(polivanov(romaji)).toBe(ru);
  });

  it('leaves what is not pinyin or romaji alone', () => {
    expect(palladius('Harbin')).toBeNull();
    expect(polivanov('Stockholm')).toBeNull();
  });
});

describe('world towns data', () => {
  it('import/data/world-towns.tsv.gz is in sync with the key rules (rebuild with npx tsx import/data/build-world-towns.ts)', async () => {
    const { readFileSync } = await import('node:fs');
    const { gunzipSync } = await import('node:zlib');
    const { buildWorldTowns, WORLD_TOWNS } = await import('../../../../import/data/build-world-towns.js');
    expect(gunzipSync(readFileSync(WORLD_TOWNS)).toString('utf8') === buildWorldTowns()).toBe(true);
  }, 120_000);

  it("finds a town by a Russian name GeoNames records for it, not only by its Latin names' sound", async () => {
    const { worldCitiesLike } = await import('../../../../import/extract/lexicon/world.js');
    // Iaşi: its Latin names sound nothing like Яссы
    expect(worldCitiesLike('Яссы')[0]).toMatchObject({ name: 'Iaşi', country: 'RO' });
    expect(worldCitiesLike('Яссы')[0]!.russian).toContain('Яссы');
  });
});
