import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { casesAfter, placeNominative } from '../../../../import/extract/lexicon/place-name.js';
import { nominativeCandidates } from '../../../../import/extract/lexicon/nominative-candidates.js';

beforeAll(loadMorph);

describe('place names the hand gazetteer lacks', () => {
  it.each([
    // A town of the world decides which nominative an oblique form comes from.
    ['Ливерпуле', 'Ливерпуль', 'GB'],
    ['Гётеборгом', 'Гётеборг', 'SE'],
    ['Тампере', 'Тампере', 'FI'],
    ['Хамамацу', 'Хамамацу', 'JP'],
    ['Тарту', 'Тарту', 'EE'],
    ['Брешии', 'Брешия', 'IT'],
    ['Цзиньхуа', 'Цзиньхуа', 'CN'],
    // After ц or a hushing consonant, `-ем` is a masculine instrumental: no soft sign in the nominative.
    ['Грацем', 'Грац', 'AT'],
    // The form as written and its genitive's nominative sound like one town whose name has no final a: the -а is a case ending.
    ['Нантера', 'Нантер', 'FR'],
    ['Гренобля', 'Гренобль', 'FR'],
    // A Chinese town is written by Palladius whatever the text's spelling.
    ['Ляочен', 'Ляочэн', 'CN'],
    // but a soft sign the text writes stays: Palladius tells xin (синь) from xing (син) by it
    ['Циньдао', 'Циньдао', 'CN'],
    // a town named by an adjective declines as one
    ['Рудным', 'Рудный', 'KZ'],
    ['Рудном', 'Рудный', 'KZ'],
    // Dutch z is з; a French saint is сен
    ['Зволле', 'Зволле', 'NL'],
    ['Сен-Мор-де-Фоссе', 'Сен-Мор-де-Фоссе', 'FR'],
    // a vowel the oblique cases drop before a final ц or к
    ['Крагуевца', 'Крагуевац', 'RS'],
    ['Чачке', 'Чачак', 'RS'],
    // Russian spelling writes no а after a soft sign and no я after ц, whatever reading comes first
    ['Аланьи', 'Аланья', 'TR'],
    ['Струмицей', 'Струмица', 'MK'],
    // a Chinese prefecture seat whose population GeoNames leaves blank still beats a smaller sound-alike
    ['Сюйчжоу', 'Сюйчжоу', 'CN'],
    // an initial German Oe is Ö written without the mark
    ['Эльсница', 'Эльсниц', 'DE'],
    // GeoNames' Russian names: a case of a recorded name is that name, a recorded form as written stays
    ['Александрии', 'Александрия', 'EG'],
    ['Виня', 'Винь', 'VN'],
    ['Мапуту', 'Мапуту', 'MZ'],
    // a form as written that ends in the vowel its town's Latin name ends in is that name, whatever GeoNames records
    ['Фукуи', 'Фукуи', 'JP'],
    ['Триесте', 'Триест', 'IT'],
    ['Сидзуоке', 'Сидзуока', 'JP'],
    // a town recorded under the very Russian name beats a bigger one of the same sound recorded under another
    // (Nice is Ницца), with no country in the text
    ['Ниша', 'Ниш', 'RS'],
    ['Беране', 'Беране', 'ME'],
    // a plural town's instrumental
    ['Яссами', 'Яссы', 'RO'],
  ])('%s → %s (%s)', (surface, name, country) => {
    const found = placeNominative(surface, null, surface);
    expect(found.name).toBe(name);
    expect(found.town?.country).toBe(country);
  });

  it("keeps a final е that the town's language sounds, and reads a silent one's as a locative", () => {
    expect(placeNominative('Тарговиште', null, 'Тарговишт', 'BG')).toMatchObject({ name: 'Тарговиште', town: { country: 'BG' } });
    expect(placeNominative('Сент-Этьене', null, 'Сент-Этьен', 'FR')).toMatchObject({ name: 'Сент-Этьен', town: { country: 'FR' } });
  });

  it('keeps a spelling that doubles a letter GeoNames writes once, and reads a case form back all the same', () => {
    expect(placeNominative('Каунсил-Блаффс', ['nomn'], 'Каунсил-Блаффс', 'US')).toMatchObject({ name: 'Каунсил-Блаффс', town: { country: 'US' } });
    expect(placeNominative('Каунсил-Блафса', ['gent'], 'Каунсил-Блафс', 'US')).toMatchObject({ name: 'Каунсил-Блафс', town: { country: 'US' } });
  });

  it('takes the reading in the country the text states over a town of that sound elsewhere', () => {
    // Ниша as written sounds like Nysa (PL); the genitive of Ниш is Niš, in the Serbia the text names
    expect(placeNominative('Ниша', ['gent'], 'Ниш', 'RS')).toMatchObject({ name: 'Ниш', town: { country: 'RS' } });
    // among declined readings too: Ренна (Франция) is Rennes, not the bigger Reno of another reading
    expect(placeNominative('Ренна', ['gent'], 'Ренн', 'FR')).toMatchObject({ name: 'Ренн', town: { country: 'FR' } });
    // among readings GeoNames records too: Халле (Германия) is Halle, not Hull (US), recorded as Халл
    expect(placeNominative('Халле', null, 'Халле', 'DE')).toMatchObject({ name: 'Халле', town: { country: 'DE' } });
  });

  it("reads no small town of a third country into a name of the country the text states, and keeps a Japanese name's final vowel", () => {
    // Tosya (TR, 24,000 people) is no reading of a Japanese town's name
    expect(placeNominative('Тоси', ['gent'], 'Тося', 'JP')).toEqual({ name: 'Тоси', town: null });
    // a Japanese name in и, у, о or э does not decline, though the dictionary guesses a nominative in -ь
    expect(placeNominative('Сэтоути', ['gent'], 'Сэтоуть', 'JP')).toEqual({ name: 'Сэтоути', town: null });
    // a Russian text's own towns go unstated: Kama (RU, 3,400 people) stays a reading
    expect(placeNominative('Ками', ['gent'], 'Кама', 'JP')).toMatchObject({ name: 'Кама', town: { country: 'RU' } });
  });

  it('names a town written in Latin letters by the Russian name GeoNames records for it', () => {
    expect(placeNominative('Albany', null, 'Albany', 'US')).toMatchObject({ name: 'Олбани', town: { country: 'US' } });
    expect(placeNominative('Erlangen', null, 'Erlangen', 'DE')).toMatchObject({ name: 'Эрланген', town: { country: 'DE' } });
    expect(placeNominative('Coventry', null, 'Coventry')).toMatchObject({ name: 'Ковентри', town: { country: 'GB' } });
    expect(placeNominative('Villingen-Schwenningen', null, 'Villingen-Schwenningen', 'DE')).toMatchObject({ name: 'Виллинген-Швеннинген' });
    // a Latin name GeoNames does not know stays as written
    expect(placeNominative('Qwertyville', null, 'Qwertyville').name).toBe('Qwertyville');
  });

  it('keeps a form with no ending of the case its context asks for: it does not decline', () => {
    expect(placeNominative('Бвакаву', ['ablt', 'gent'], 'Бвакав').name).toBe('Бвакаву');
  });

  it('never makes an impossible nominative such as a vowel and a soft sign', () => {
    expect(nominativeCandidates('Мирании')).toContain('Мирания');
    expect(nominativeCandidates('Мирании').some((c) => /[аеиоуыэюя]ь$/u.test(c))).toBe(false);
    expect(placeNominative('Мирании', null, 'Миранииь').name).toBe('Мирании');
  });

  it('keeps a name that ends in a consonant as written when no town confirms another reading', () => {
    // The dictionary guesses these as plural case forms (`Бругенвилла`, `Кверзен`) by analogy with common nouns.
    expect(placeNominative('Бругенвилл', null, 'Бругенвилла').name).toBe('Бругенвилл');
    expect(placeNominative('Кверзенах', null, 'Кверзен').name).toBe('Кверзенах');
    // An oblique singular still goes back to its nominative.
    expect(placeNominative('Бругенвиллом', null, 'Бругенвилл').name).toBe('Бругенвилл');
  });

  it('reads the case from the cue or preposition before the name', () => {
    expect(casesAfter('встреча с городом ')).toEqual(['ablt', 'gent']);
    expect(casesAfter('делегация из ')).toEqual(['gent']);
    // a list item, or a sentence, that opens with the name
    expect(casesAfter('')).toEqual(['nomn']);
    expect(casesAfter('Города-побратимы:\n• ')).toEqual(['nomn']);
    expect(casesAfter('побывали в городе ')).toEqual(['loct']);
    // after a plural city word a name may stand in any case, the nominative first
    expect(casesAfter('города-побратимы ')).toEqual(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct']);
    expect(casesAfter('между городами ')).toEqual(['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct']);
    expect(casesAfter('такие как ')).toEqual(['nomn']);
  });

  it("reads a form in -ом after a word asking for the locative as an adjective-named place's, not a noun's instrumental", () => {
    // "с Троицком" is Троицк's instrumental; "в Троицком" is the locative of Троицкое or Троицкий.
    expect(placeNominative('Троицком', ['ablt', 'gent'], 'Троицк').name).toBe('Троицк');
    expect(placeNominative('Троицком', ['loct', 'accs'], 'Троицк').name).not.toBe('Троицк');
    expect(placeNominative('Каменском', ['loct'], 'Каменск').name).not.toBe('Каменск');
    expect(nominativeCandidates('Троицком')).toEqual(expect.arrayContaining(['Троицкий', 'Троицкое']));
    // A noun whose locative is asked for keeps its own reading.
    expect(placeNominative('Гомеле', ['loct', 'accs'], 'Гомель').name).toBe('Гомель');
  });

  it('keeps a name as written after a word that allows the nominative, when no town confirms another reading', () => {
    expect(placeNominative('Бурун-Тала', ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'], 'Бурун-Тал').name).toBe('Бурун-Тала');
    expect(placeNominative('Бурун-Тала', ['gent'], 'Бурун-Тал').name).toBe('Бурун-Тал');
  });
});
