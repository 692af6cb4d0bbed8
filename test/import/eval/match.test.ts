// Name normalisation and relation matching rules of the evaluation (import/eval/match.ts).
import { describe, expect, it } from 'vitest';
import { assign, looseWords, nameStrength, normExact, refStrength, relationStrength } from '../../../import/eval/match.js';
import type { MatchItem, NameRef } from '../../../import/eval/match.js';

const city = (...names: string[]): NameRef => ({ names, loose: false });
const inst = (...names: string[]): NameRef => ({ names, loose: true });
const item = (kind: string, a: NameRef, b: NameRef, year: number | null = null, month: number | null = null): MatchItem => ({
  kind,
  ends: [a, b],
  year,
  month,
});

describe('normalisation', () => {
  it.each([
    ['  Могилёв ', 'Могилев'],
    ['Белозѐров', 'Белозеров'],
    ['ЁЛКИ', 'ЕЛКИ'],
  ])('normExact(%j) = %j', (input, out) => expect(normExact(input)).toBe(out));

  it.each([
    ['Корпорация «РАТА»', ['корпорация', 'рата']],
    ['БОУ города Омска "Лицей №137"', ['боу', 'города', 'омска', 'лицей', '№', '137']],
    ['Дом-музей им. Павла Васильева', ['дом', 'музей', 'им', 'павла', 'васильева']],
    ['“Фестиваль” — 2021!', ['фестиваль', '2021']],
    ['  ', []],
  ])('looseWords(%j)', (input, out) => expect(looseWords(input)).toEqual(out));
});

describe('nameStrength', () => {
  it.each<[string, string, string, boolean, number]>([
    ['city exact', 'Омск', 'Омск', false, 3],
    ['city ё folding', 'Могилёв', 'Могилев', false, 3],
    ['city garbled ѐ', 'Могилѐв', 'Могилёв', false, 3],
    ['city trimmed', ' Гомель ', 'Гомель', false, 3],
    ['city case matters', 'омск', 'Омск', false, 0],
    ['city different names', 'Омск', 'Томск', false, 0],
    ['city word order matters', 'Октябрьский район Минска', 'Минска Октябрьский район', false, 0],
    ['institution case', 'ОМСКАЯ ТПП', 'Омская ТПП', true, 2],
    ['institution quotes', 'Корпорация РАТА', 'Корпорация «РАТА»', true, 2],
    ['institution other quotes', 'Лицей "№ 137"', 'Лицей «№ 137»', true, 2],
    ['institution ё/е', 'Детская библиотека им. Тимофея Белозёрова', 'Детская библиотека им. Тимофея Белозерова', true, 3],
    ['institution word order', 'Университет г. Кайфын', 'Кайфын университет г', true, 2],
    [
      'institution containment, shorter has 3 words',
      'Омские муниципальные библиотеки',
      'БОУ города Омска «Омские муниципальные библиотеки»',
      true,
      1,
    ],
    ['containment either way round', 'БОУ города Омска «Омские муниципальные библиотеки»', 'Омские муниципальные библиотеки', true, 1],
    ['no containment with 2 words', 'Омская ТПП', 'Союз Омская ТПП', true, 0],
    ['partial overlap is no match', 'Омский государственный университет', 'Омский технический университет', true, 0],
    ['multiset differs in counts', 'Лицей лицей 1', 'Лицей 1', true, 0],
  ])('%s', (_label, a, b, loose, expected) => expect(nameStrength(a, b, loose)).toBe(expected));
});

describe('refStrength', () => {
  it('uses every alias and the best strength', () => {
    expect(refStrength(inst('ОмГУ', 'Омский государственный университет им. Ф.М. Достоевского'), inst('ОмГУ'))).toBe(3);
  });
  it('applies loose rules when either side is an institution or event', () => {
    expect(refStrength(city('Омская ТПП'), inst('омская тпп'))).toBe(2);
    expect(refStrength(city('Омская ТПП'), city('омская тпп'))).toBe(0);
  });
  it('matches a city against an institution of the same name (only names matter)', () => {
    expect(refStrength(city('Омск'), inst('Омск'))).toBe(3);
  });
});

describe('relationStrength', () => {
  it.each<[string, MatchItem, MatchItem, boolean]>([
    ['same kind, same pair', item('TWIN', city('Омск'), city('Гомель')), item('TWIN', city('Омск'), city('Гомель')), true],
    ['undirected pair in either order', item('TWIN', city('Омск'), city('Гомель')), item('TWIN', city('Гомель'), city('Омск')), true],
    ['CONTACT is undirected', item('CONTACT', city('Омск'), city('Гомель')), item('CONTACT', city('Гомель'), city('Омск')), true],
    ['directed pair order matters', item('VISIT', city('Омск'), city('Гомель')), item('VISIT', city('Гомель'), city('Омск')), false],
    ['LOCATED_IN is directed', item('LOCATED_IN', city('Омск'), city('Россия')), item('LOCATED_IN', city('Россия'), city('Омск')), false],
    ['kind must be equal', item('TWIN', city('Омск'), city('Гомель')), item('PARTNER', city('Омск'), city('Гомель')), false],
    ['both endpoints must match', item('VISIT', city('Омск'), city('Гомель')), item('VISIT', city('Омск'), city('Минск')), false],
  ])('%s', (_label, g, p, ok) => expect(relationStrength(g, p) > 0).toBe(ok));
});

describe('assign', () => {
  const g = (year: number | null, month: number | null = null) => item('CONTACT', city('Омск'), city('Гомель'), year, month);

  it('pairs one-to-one, extra gold left unmatched', () => {
    expect(assign([g(2023), g(2023)], [g(2023)])).toHaveLength(1);
  });
  it('pairs one-to-one, extra predictions left unmatched', () => {
    expect(assign([g(2023)], [g(2023), g(2023)])).toHaveLength(1);
  });
  it('prefers the gold item with the equal year', () => {
    expect(assign([g(2022), g(2023)], [g(2023)])).toEqual([[1, 0]]);
  });
  it('then prefers the equal month', () => {
    expect(assign([g(2023, 11), g(2023, 12)], [g(2023, 12), g(2023, 11)])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
  it('prefers a same-name match over a containment match', () => {
    const short = item('AGREEMENT', inst('Омские муниципальные библиотеки'), city('Стаханов'));
    const long = item('AGREEMENT', inst('БОУ города Омска «Омские муниципальные библиотеки»'), city('Стаханов'));
    expect(assign([long, short], [short])).toEqual([[1, 0]]);
  });
  it('re-pairs to match as many gold items as possible', () => {
    // gold 0 matches both predictions by containment, gold 1 only prediction 0; greedy takes gold 0 ↔ pred 0
    // first (equal year) and would strand gold 1.
    const g0 = item('PARTNER', inst('Омские муниципальные библиотеки'), city('Минск'), 2023);
    const g1 = item('PARTNER', inst('Омские муниципальные библиотеки им. Пушкина'), city('Минск'), 2022);
    const p0 = item('PARTNER', inst('Омские муниципальные библиотеки им. Пушкина в Омске'), city('Минск'), 2023);
    const p1 = item('PARTNER', inst('Омские муниципальные библиотеки города'), city('Минск'), 2024);
    expect(assign([g0, g1], [p0, p1])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
  it('matches nothing when nothing is compatible', () => {
    expect(assign([g(2023)], [item('CONTACT', city('Омск'), city('Минск'), 2023)])).toEqual([]);
  });
});
