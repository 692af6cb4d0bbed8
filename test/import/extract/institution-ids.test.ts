// Institutions that any town has (a numbered school, a library named after a poet) get their town in their id, so
// the graph keeps one node per town; a name with a proper word in it stays one node whatever report names it.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../import/extract/extract.js';
import { isGenericName } from '../../../import/extract/institution-ids.js';
import { loadMorph } from '../../../import/extract/lexicon/morph.js';

// Written for this test: two towns, each with its own "Гимназия № 3", both writing to the same university.
const report = (town: string, townGenitive: string) =>
  [
    `Город ${town}`,
    `В 2023 году Гимназия № 3 города ${townGenitive} и Новосибирский государственный университет подписали соглашение о сотрудничестве.`,
  ].join('\n');

const institutionIds = async (text: string) =>
  (await extractText(text, { file: 'x.txt' })).entities.filter((e) => e.kind === 'Institution').map((e) => e.id);

describe('institution ids', () => {
  it('gives two towns\' schools of one number two ids, and their shared partner one', async () => {
    const bratsk = await institutionIds(report('Братск', 'Братска'));
    const kansk = await institutionIds(report('Канск', 'Канска'));
    const school = (ids: string[]) => ids.find((id) => id.includes('gimnaz'));
    expect(school(bratsk)).toMatch(/@bratsk$/);
    expect(school(kansk)).toMatch(/@kansk$/);
    const university = (ids: string[]) => ids.find((id) => id.includes('univer'));
    expect(university(bratsk)).toBeDefined();
    expect(university(bratsk)).toBe(university(kansk));
  });

  it("keeps two towns' bodies of one generic name apart within one report, and one body named twice one", async () => {
    const text = [
      'Город Братск',
      'В 2023 году заключено соглашение о сотрудничестве между МБУК «Централизованная библиотечная система» г. Братска и МБУК «Централизованная библиотечная система» г. Иркутска.',
      'МБУК «Централизованная библиотечная система» провела выставку.',
    ].join('\n');
    const x = await extractText(text, { file: 'x.txt' });
    const agreement = x.relations.find((r) => r.kind === 'AGREEMENT');
    expect([agreement?.source, agreement?.target].sort()).toEqual(['inst:tsentra-biblio-sistem@bratsk', 'inst:tsentra-biblio-sistem@irkutsk']);
    const ids = x.entities.map((e) => e.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('renames a relation\'s ends with its entities', async () => {
    const x = await extractText(report('Братск', 'Братска'), { file: 'x.txt' });
    const ids = new Set(x.entities.map((e) => e.id));
    expect(x.relations.length).toBeGreaterThan(0);
    for (const r of x.relations) {
      expect(ids.has(r.source)).toBe(true);
      expect(ids.has(r.target)).toBe(true);
    }
  });

  it.each([
    ['Средняя общеобразовательная школа № 12', true],
    ['МБУК «Централизованная библиотечная система»', true],
    ['Детская школа искусств № 2', true],
    ['Библиотека им. Н. А. Некрасова', true],
    ['МАОУ «Лицей имени М. В. Ломоносова»', true],
    ['Сибирский федеральный университет', false],
    ['Университет Хоккайдо', false],
    ['Образцовый ансамбль танца «Сувенир»', false],
    ['Ассоциация российских вузов', false],
    ['СВФУ', false],
    ['Красноярский краевой краеведческий музей', false],
  ])('reads %s as generic: %s', async (name, generic) => {
    await loadMorph();
    expect(isGenericName(name)).toBe(generic);
  });
});
