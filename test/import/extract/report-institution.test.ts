import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../import/extract/extract.js';
import { loadMorph } from '../../../import/extract/lexicon/morph.js';
import { defaultSide, reportInstitutionOf } from '../../../import/extract/report-institution.js';
import { splitSentences } from '../../../import/extract/sentences.js';

beforeAll(loadMorph);

const RELEASE =
  'Пресс-служба Пензенского государственного университета\nПенза, 20 ноября 2024 года\n' +
  'Делегация университета во главе с ректором вернулась из Гродно.\n' +
  'В ходе визита ректор подписал договор о сотрудничестве с Гродненским государственным университетом.\n' +
  'Ранее университет посетили представители Брестского государственного университета (г. Брест).\n' +
  'Стороны договорились подготовить соглашение о программе двойных дипломов.\n';

describe("an institution's press release", () => {
  it('finds the institution in the masthead, after the press office or alone', () => {
    const named = (text: string) => reportInstitutionOf(splitSentences(text), 'city:penza')?.name ?? null;
    expect(named(RELEASE)).toBe('Пензенский государственный университет');
    expect(named('Пензенский государственный университет\nПенза, 2024\nНовости.')).toBe('Пензенский государственный университет');
    // a byline's last field
    expect(named('Гости из Китая\nНовости школы · 19.02.2024 · МБОУ «Средняя общеобразовательная школа № 5» города Пензы\nТекст.')).toBe('МБОУ «Средняя общеобразовательная школа № 5»');
    // a masthead may name the institution's city after it
    expect(named('МБУК «Централизованная библиотечная система» г. Пензы\nНовости\nИтоги года.')).toBe('МБУК «Централизованная библиотечная система»');
    // a sentence about an institution is no masthead
    expect(named('Пензенский государственный университет подписал договор с Брестом.\n')).toBeNull();
  });

  it("gives the institution's people's acts to it, and its trips to its city", async () => {
    const x = await extractText(RELEASE, { file: 'pgu.txt' });
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
    const facts = x.relations.filter((r) => r.kind !== 'LOCATED_IN').map((r) => `${r.kind} ${[name(r.source), name(r.target)].sort().join(' + ')}${r.status ? ` ${r.status}` : ''}`);
    expect(facts).toEqual(
      expect.arrayContaining([
        'VISIT Гродно + Пенза',
        'AGREEMENT Гродненский государственный университет + Пензенский государственный университет signed',
        'AGREEMENT Брестский государственный университет + Пензенский государственный университет planned',
      ]),
    );
  });

  it("gives the documents of a chamber's page, in a list of partner chambers, to the chamber, not its city", async () => {
    const page =
      'Торгово-промышленная палата города Липецка\nРаздел: Международные связи\n\n' +
      'Палата поддерживает деловые связи с зарубежными партнёрами и имеет соглашения о сотрудничестве с несколькими палатами, в том числе:\n' +
      '– Торгово-промышленной палатой Измира (Турция) – с 2018 года;\n' +
      '– Гомельским отделением Белорусской торгово-промышленной палаты (Республика Беларусь) – с 2015 года.\n' +
      'В марте 2024 года палата заключила соглашение о сотрудничестве с Торгово-промышленной палатой Республики Мордовия.\n';
    const x = await extractText(page, { file: 'tpp.txt' });
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
    const agreements = x.relations.filter((r) => r.kind === 'AGREEMENT').map((r) => [name(r.source), name(r.target)].sort().join(' + '));
    expect(agreements.sort()).toEqual([
      'Гомельское отделение Белорусской торгово-промышленной палаты + Торгово-промышленная палата города Липецка',
      'Торгово-промышленная палата Измира + Торгово-промышленная палата города Липецка',
      'Торгово-промышленная палата Республики Мордовия + Торгово-промышленная палата города Липецка',
    ]);
  });

  it('reads "нашей школы" on a school\'s page as the school', async () => {
    const page =
      'Новости школы · 19.02.2024 · МБОУ «Средняя общеобразовательная школа № 5» города Пензы\n\n' +
      'В феврале в нашей школе гостила делегация школы № 3 города Гродно.\n' +
      '16 февраля директор нашей школы Ольга Иванова и директор школы № 3 города Гродно Пётр Сидоров подписали соглашение о сотрудничестве.\n';
    const x = await extractText(page, { file: 'school.txt' });
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
    const agreements = x.relations.filter((r) => r.kind === 'AGREEMENT').map((r) => [name(r.source), name(r.target)].sort().join(' + '));
    expect(agreements).toEqual(['МБОУ «Средняя общеобразовательная школа № 5» + Школа № 3']);
  });
});

describe('the side a clause names none of its own for', () => {
  it("is a school's page's school when its pupils or teachers act, else the city", () => {
    expect(defaultSide('Ребята выступили на фестивале.', 'city:omsk', 'inst:school')).toBe('inst:school');
    expect(defaultSide('Гимназисты посетили музей.', 'city:omsk', 'inst:school')).toBe('inst:school');
    expect(defaultSide('Город отметил праздник.', 'city:omsk', 'inst:school')).toBe('city:omsk');
    expect(defaultSide('Ребята выступили на фестивале.', 'city:omsk', null)).toBe('city:omsk');
  });
});
