// Towns a report names once with a cue and then bare: the document's own knowledge, on texts of our own.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';

const facts = async (text: string) => {
  const x = await extractText(text, { file: 'test.txt' });
  return x.relations.filter((r) => r.kind !== 'LOCATED_IN').map((r) => `${r.kind} ${r.source} ${r.target} ${r.year ?? '-'}`);
};

describe('document places', () => {
  it('reads a bare name as the town an earlier sentence named with a cue', async () => {
    const text = 'Пенза, 2019\n\nВ Пензу прибыла делегация словацкого города Банска-Кремница. Банска-Кремница и Пенза подписали соглашение о побратимстве в 2006 году.\n';
    expect(await facts(text)).toEqual(expect.arrayContaining(['TWIN city:banska-kremnitsa city:penza 2006']));
  });

  it('gives the same name nothing when no sentence called it a town', async () => {
    const text = 'Пенза, 2019\n\nБанска-Кремница и Пенза подписали соглашение о побратимстве в 2006 году.\n';
    expect((await facts(text)).some((f) => f.includes('banska'))).toBe(false);
  });

  it('finds the bare name in another case form', async () => {
    const text = 'Пенза, 2019\n\nВ Пензе побывала делегация города Мирхорода (Словакия). Мэр Мирхорода вручил награды.\nВ мае глава Пензы посетил Мирхород.\n';
    expect(await facts(text)).toEqual(expect.arrayContaining(['VISIT city:penza city:mirkhorod -']));
  });

  it("reads the town's adjective once the text has named the town", async () => {
    const text =
      'Пенза, 2019\n\nВ Пензу прибыла делегация белорусского города Мирхорода.\n' +
      'В мае на площадке выставки «Агро» в Липецке глава Пензы и председатель Мирхородского городского исполнительного комитета подписали соглашение о сотрудничестве.\n';
    expect((await facts(text)).filter((f) => f.startsWith('AGREEMENT'))).toEqual(['AGREEMENT city:mirkhorod city:penza -']);
  });
});
