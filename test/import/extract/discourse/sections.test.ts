// A portal page of partner cities, one section per city: its heading line names the city, the paragraph under it
// states the tie without naming it again. Texts of our own.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';

const twins = async (text: string) => {
  const x = await extractText(text, { file: 'page.txt' });
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.filter((r) => r.kind === 'TWIN').map((r) => `${[name(r.source), name(r.target)].sort().join(' + ')} ${r.year ?? '-'}`).sort();
};

describe('sections of a page', () => {
  it("pairs the section's city with the reporter when its paragraph names no city, or the reporter alone", async () => {
    const page =
      'Города-побратимы Липецка\n\nЛипецк поддерживает побратимские связи с городами зарубежных стран.\n\n' +
      'Котбус (Германия)\nГород-побратим Липецка с 1991 года. Города обмениваются делегациями.\n\n' +
      'Лида (Республика Беларусь)\nГород-побратим с 1988 года.\n\n' +
      'Наньчан (КНР)\nСоглашение о побратимстве подписано в 1990 году.\n';
    expect(await twins(page)).toEqual(['Котбус + Липецк 1991', 'Лида + Липецк 1988', 'Липецк + Наньчан 1990']);
  });

  it('ends the section with the paragraph under its heading', async () => {
    const page =
      'Новости Липецка\n\nКотбус (Германия)\nВ мае делегация Липецка посетила Котбус.\n\n' +
      'Опыт развития побратимских связей Липецка представлен на форуме.\n';
    expect(await twins(page)).toEqual([]);
  });

  it('reads no twin statement in ties that only frame what the paragraph tells', async () => {
    const page =
      'Новости Липецка\n\nКотбус (Германия)\nВ рамках побратимских связей установлено сотрудничество между школой № 5 и гимназией № 2.\n';
    expect(await twins(page)).toEqual([]);
  });
});
