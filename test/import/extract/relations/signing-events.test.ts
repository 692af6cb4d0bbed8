import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';

/** The PARTICIPATED_IN and HELD_IN lines of a text's extraction, as "KIND source → target". */
async function eventFacts(text: string): Promise<string[]> {
  const x = await extractText(text, { file: 'test.txt' });
  return x.relations.filter((r) => r.kind === 'PARTICIPATED_IN' || r.kind === 'HELD_IN').map((r) => `${r.kind} ${r.source} → ${r.target}`);
}

describe('documents signed at events', () => {
  it('makes the signing parties participants and the place of signing the venue', async () => {
    const got = await eventFacts(
      'Омск и Павлодар стали партнёрами.\n' +
        'Соглашение о сотрудничестве между Омском и Павлодаром подписано в Новосибирске в рамках V Форума городов Сибири.\n',
    );
    expect(got).toEqual(expect.arrayContaining([
      expect.stringMatching(/^PARTICIPATED_IN city:omsk → event:/),
      expect.stringMatching(/^PARTICIPATED_IN city:pavlodar → event:/),
      expect.stringMatching(/^HELD_IN event:.* → city:novosibirsk$/),
    ]));
  });

  it('finds the parties in a neighbouring sentence and the event by its head noun', async () => {
    const got = await eventFacts(
      'В Омске открылась выставка «Сибирская ярмарка».\n' +
        'Мэр Омска и мэр Гомеля подписали соглашение о сотрудничестве.\n' +
        'Подписи под документом поставлены на выставке.\n',
    );
    expect(got).toEqual(expect.arrayContaining([
      expect.stringMatching(/^PARTICIPATED_IN city:gomel → event:/),
      expect.stringMatching(/^PARTICIPATED_IN city:omsk → event:/),
    ]));
  });

  it('makes participants of the two sides of a contact framed by an event', async () => {
    const got = await eventFacts(
      'Мэр Омска рассказал о сотрудничестве с Гомелем.\n' +
        'Обмен опытом между Омском и Гомелем начался в рамках форума «Города Сибири» в Новосибирске.\n',
    );
    expect(got).toEqual(expect.arrayContaining([
      expect.stringMatching(/^PARTICIPATED_IN city:gomel → event:/),
      expect.stringMatching(/^HELD_IN event:.* → city:novosibirsk$/),
    ]));
  });

  it('gives nothing for an event where nothing was signed, nor for a signing that is only planned', async () => {
    expect(await eventFacts('Мэр Омска и мэр Гомеля встретились на форуме «Города Сибири».\n')).not.toContainEqual(
      expect.stringMatching(/city:gomel/),
    );
    expect(
      await eventFacts('Соглашение между Омском и Гомелем планируется подписать в рамках форума «Города Сибири» в Минске.\n'),
    ).not.toContainEqual(expect.stringMatching(/^PARTICIPATED_IN city:gomel/));
  });

  it("takes the documents of the partner the signing's sentence names, not the nearest ones of other towns, and their year", async () => {
    const x = await extractText(
      'В 2021 году Омск и Павлодар стали городами-побратимами.\n' +
        'Мэр Омска рассказал о дружбе с Павлодаром.\n' +
        'Обмен опытом продолжится.\n' +
        'Побратимами Омска давно являются Гомель и Брест.\n' +
        'Церемония подписания с Павлодаром состоялась на площадке выставки «Сибирская ярмарка» в Новосибирске.\n',
      { file: 'test.txt' },
    );
    expect(x.relations.filter((r) => r.kind === 'PARTICIPATED_IN').map((r) => `${r.source} ${r.year}`)).toEqual(['city:omsk 2021', 'city:pavlodar 2021']);
    const got = await eventFacts(
      'Омск и Павлодар стали городами-побратимами.\n' +
        'Мэр Омска рассказал о дружбе с Павлодаром.\n' +
        'Обмен опытом продолжится.\n' +
        'Побратимами Омска давно являются Гомель и Брест.\n' +
        'Церемония подписания с Павлодаром состоялась на площадке выставки «Сибирская ярмарка» в Новосибирске.\n',
    );
    expect(got.filter((f) => f.startsWith('PARTICIPATED_IN'))).toEqual([
      expect.stringMatching(/^PARTICIPATED_IN city:omsk → event:/),
      expect.stringMatching(/^PARTICIPATED_IN city:pavlodar → event:/),
    ]);
  });
});
