// Towns a report names once with a cue and then bare: the document's own knowledge, on texts of our own.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';
import { documentPlaces } from '../../../../import/extract/discourse/document-places.js';

const facts = async (text: string) => {
  const x = await extractText(text, { file: 'test.txt' });
  return x.relations.filter((r) => r.kind !== 'LOCATED_IN').map((r) => `${r.kind} ${r.source} ${r.target} ${r.year ?? '-'}`);
};

describe('document places', () => {
  it('reads a bare name as the town an earlier sentence named with a cue', async () => {
    const text = 'Пенза, 2019\n\nВ Пензу прибыла делегация словацкого города Банска-Кремница. Банска-Кремница и Пенза подписали соглашение о побратимстве в 2006 году.\n';
    expect(await facts(text)).toEqual(expect.arrayContaining(['TWIN city:banska-kremnitsa city:penza 2006']));
  });

  it("reads a bare city district as the one the text named with its city", async () => {
    const text = 'Пенза, 2019\n\nПенза подписала соглашение с Чиланзарским районом г. Ташкента. В мае делегация Чиланзарского района посетила Пензу.\n';
    expect(await facts(text)).toEqual(expect.arrayContaining(['VISIT city:chilanzarskiy-rayon-tashkenta city:penza 2019']));
  });

  it("reads an adjective shared with another word as the town's only where the text names the town", async () => {
    const hosts = async (text: string) => (await facts(text)).filter((f) => f.startsWith('VISIT')).map((f) => f.split(' ')[1]);
    // "уральская столица" is a city of the Urals, not Уральск
    expect(await hosts('Пенза, 2019\n\nВ уральскую столицу прибыла делегация города Павлодара.\n')).toEqual(['city:pavlodar']);
    // "братские отношения" are brotherly ones, not Братск's
    expect((await extractText('Пенза, 2019\n\nПенза развивает братские отношения с городами Беларуси.\n', { file: 't.txt' })).entities.map((e) => e.id)).not.toContain('city:bratsk');
    // in a text that named Уральск, the adjective is that town's
    expect(await hosts('Пенза, 2019\n\nГлава Пензы посетил Уральск. В Пензу прибыла уральская делегация.\n')).toEqual(['city:penza', 'city:oral']);
  });

  it('reads one town named in two cases as one, the name the text writes as it is', async () => {
    const text = 'Пенза, 2019\n\nМэрии Каракола и Манаса подписали меморандум о дружбе. Делегация Пензы посетила город Манас.\n';
    const x = await extractText(text, { file: 'test.txt' });
    const towns = x.entities.filter((e) => e.kind === 'City').map((e) => e.name).sort();
    expect(towns).toEqual(['Каракол', 'Манас', 'Пенза']);
    expect(await facts(text)).toEqual(expect.arrayContaining(['AGREEMENT city:karakol city:manas 2019']));
  });

  it("reads a word written for one town that is another town's own name as that town", async () => {
    // Руйиеной gives Руйиена; "муниципалитета Руйиена" alone would be Руйиен's genitive
    const text = 'Пенза, 2019\n\nПенза подписала меморандум с городом Руйиеной (Латвия). В мае Пензу посетила делегация муниципалитета Руйиена.\n';
    const x = await extractText(text, { file: 'test.txt' });
    expect(x.entities.filter((e) => e.kind === 'City').map((e) => e.name).sort()).toEqual(['Пенза', 'Руйиена']);
  });

  it('reads a district named short in a text that named it in full as one district, by its short name', async () => {
    const text = 'Пенза, 2019\n\nГлава Елабужского муниципального района посетил Гродно. Делегация Елабужского района подписала в Гродно соглашение.\n';
    const x = await extractText(text, { file: 'test.txt' });
    expect(x.entities.filter((e) => e.kind === 'City' && e.name.startsWith('Елабуж')).map((e) => e.name)).toEqual(['Елабужский район']);
  });

  it("reads a Belarusian district's executive in a text about its town as the town's", async () => {
    const town = 'Лида, 2019\n\nЛида встречает гостей из Пензы. Гостей приветствовал председатель Лидского райисполкома Иван Петров.\n';
    const x = await extractText(town, { file: 'test.txt' });
    expect(x.entities.filter((e) => e.kind === 'City').map((e) => e.name).sort()).toEqual(['Лида', 'Пенза']);
    // a text that does not name the town is about the district
    const district = 'Пенза, 2019\n\nГостей приветствовал председатель Лидского райисполкома Иван Петров.\n';
    expect((await extractText(district, { file: 'test.txt' })).entities.filter((e) => e.kind === 'City' && e.name.startsWith('Лид')).map((e) => e.name)).toEqual(['Лидский район']);
  });

  it('reads a town named by the first part of a hyphenated name the text gives as that town', async () => {
    const text = 'Комсомольск-на-Амуре, 2019\n\nКомсомольск-на-Амуре принял делегацию. Глава Комсомольска и мэр Харбина подписали соглашение.\n';
    const x = await extractText(text, { file: 'test.txt' });
    expect(x.entities.filter((e) => e.kind === 'City').map((e) => e.name).sort()).toEqual(['Комсомольск-на-Амуре', 'Харбин']);
  });

  it('reads a bare name as the town an earlier sentence named by its authority', async () => {
    const text = 'Пенза, 2019\n\nС мэрией города Мирхорода обсуждено сотрудничество. Соглашение подписали власти Мирхорода и Пензы.\n';
    expect(await facts(text)).toEqual(expect.arrayContaining(['AGREEMENT city:mirkhorod city:penza 2019']));
  });

  it('places a body named by the town in that town', async () => {
    const text = 'Пенза, 2019\n\nВ Пензу прибыла делегация словацкого города Банска-Кремница. Соглашение подписано с Университетом Банска-Кремницы.\n';
    const x = await extractText(text, { file: 'test.txt' });
    const located = x.relations.filter((r) => r.kind === 'LOCATED_IN' && r.source.startsWith('inst:')).map((r) => r.target);
    expect(located).toEqual(['city:banska-kremnitsa']);
  });

  it("places a body whose name opens with the town's adjective in that town", async () => {
    const text = 'Пенза, 2019\n\nВ Пензе побывала делегация города Мирхорода (Словакия). Пензенский университет подписал соглашение с Мирхородским государственным университетом.\n';
    const x = await extractText(text, { file: 'test.txt' });
    const located = x.relations.filter((r) => r.kind === 'LOCATED_IN' && r.source.startsWith('inst:mirkhor')).map((r) => r.target);
    expect(located).toEqual(['city:mirkhorod']);
  });

  it('gives the same name nothing when no sentence called it a town', async () => {
    const text = 'Пенза, 2019\n\nБанска-Кремница и Пенза подписали соглашение о побратимстве в 2006 году.\n';
    expect((await facts(text)).some((f) => f.includes('banska'))).toBe(false);
  });

  it('finds the bare name in another case form', async () => {
    const text = 'Пенза, 2019\n\nВ Пензе побывала делегация города Мирхорода (Словакия). Мэр Мирхорода вручил награды.\nВ мае глава Пензы посетил Мирхород.\n';
    expect(await facts(text)).toEqual(expect.arrayContaining(['VISIT city:penza city:mirkhorod 2019']));
  });

  it("reads the town's adjective once the text has named the town", () => {
    // A made-up town the gazetteer cannot know: only the document says Кличево is one.
    const town = { id: 'city:klichevo', kind: 'City' as const, name: 'Кличево', country: 'BY' };
    const places = documentPlaces([{ mentions: [{ kind: 'City', id: town.id, start: 0, end: 7, via: 'name' }], entities: [town] }]);
    const text = 'Соглашение подписал председатель Кличевского городского исполнительного комитета.';
    const found = places.extend({ text, start: 0, end: text.length }, { mentions: [], entities: [] });
    expect(found.mentions).toEqual([{ kind: 'City', id: 'city:klichevo', start: 33, end: 44, via: 'adjective' }]);
  });

  it("reads an adjective two towns share as the one the text names (Кировск, not Киров)", async () => {
    const text = 'Пенза, 2019\n\nПенза дружит с городом Кировском Мурманской области. Студенты Пензенского колледжа поздравили ребят из Кировского колледжа.\n';
    const x = await extractText(text, { file: 'test.txt' });
    const located = x.relations.filter((r) => r.kind === 'LOCATED_IN' && r.source.startsWith('inst:kirov')).map((r) => r.target);
    expect(located).toEqual(['city:kirovsk']);
    // the region's and the larger town's own bodies keep their adjective's town
    const region = await extractText('Пенза, 2019\n\nПенза дружит с городом Кировском. Пензенская библиотека подписала соглашение с Кировской областной научной библиотекой.\n', { file: 'test.txt' });
    expect(region.relations.filter((r) => r.kind === 'LOCATED_IN' && r.source.startsWith('inst:kirov')).map((r) => r.target)).not.toContain('city:kirovsk');
    // with no such town named, the adjective is the larger town's
    const alone = await extractText('Пенза, 2019\n\nСтуденты Пензенского колледжа поздравили ребят из Кировского колледжа.\n', { file: 'test.txt' });
    expect(alone.relations.filter((r) => r.kind === 'LOCATED_IN' && r.source.startsWith('inst:kirov')).map((r) => r.target)).toEqual(['city:kirov']);
  });

  it("places a body named by a document town's adjective there, but not by a region's adjective or a quoted name", async () => {
    const text =
      'Пенза, 2019\n\nДелегация Пензы посетила Мирхород (Словакия). В Мирхородском техникуме прошла встреча студентов. ' +
      'Общество «Мирхород - Пенза» вручило награды. Центр Мирхородской области принял гостей.\n';
    const x = await extractText(text, { file: 'test.txt' });
    const name = new Map(x.entities.map((e) => [e.id, e.name]));
    const located = x.relations.filter((r) => r.kind === 'LOCATED_IN' && r.source.startsWith('inst:')).map((r) => `${name.get(r.source)} → ${name.get(r.target)}`);
    expect(located).toEqual(['Мирхородский техникум → Мирхород']);
  });
});
