// The rules' gates: a gate may let through a sentence its rule finds nothing in, never hold back one it finds
// something in. Each case is a sentence (and frame) in which the rule finds a relation; every rule's gate is then
// checked against every case, so a gate that forgets a cue of its rule fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rule, SentenceContext } from '../../../../import/extract/relations/context.js';
import { type Gate, sentenceHasStems, firstStem, mayFindAgreements, mayFindContacts, mayFindParticipation, mayFindPartners, mayFindTwins, mayFindVisits } from '../../../../import/extract/relations/gates.js';
import { agreementRule } from '../../../../import/extract/relations/agreement.js';
import { contactRule } from '../../../../import/extract/relations/contact.js';
import { participationRule } from '../../../../import/extract/relations/participation.js';
import { partnerRule } from '../../../../import/extract/relations/partner.js';
import { twinRule } from '../../../../import/extract/relations/twin.js';
import { visitRule } from '../../../../import/extract/relations/visit.js';
import { contextFor, ready } from '../../../support/sentence.js';

beforeAll(ready);

const RULES: Record<string, [Gate, Rule]> = {
  twin: [mayFindTwins, twinRule],
  agreement: [mayFindAgreements, agreementRule],
  visit: [mayFindVisits, visitRule],
  partner: [mayFindPartners, partnerRule],
  contact: [mayFindContacts, contactRule],
  participation: [mayFindParticipation, participationRule],
};

const noRecall = { cities: [], twinning: false, unnamedTwins: false, year: null };

/** [the rule that finds something, the sentence, the frame beyond the sentence]. */
const CASES: Array<[string, string, Partial<SentenceContext>]> = [
  ['twin', 'Весной Пенза и Брест стали городами-побратимами.', {}],
  // no twin word: a bare document after a twinning, a list of the twins spoken of just before
  ['twin', 'Соглашение подписали в Бресте мэры Пензы и Бреста.', { recall: { ...noRecall, twinning: true } }],
  ['twin', 'Среди них Гомель, Брест и Гродно.', { recall: { ...noRecall, unnamedTwins: true }, reportCityId: 'city:tula' }],
  ['agreement', 'Тула подписала меморандум о сотрудничестве с Брестом.', {}],
  ['agreement', 'Договор между Пензой и Гомелем заключён в мае.', {}],
  ['visit', 'В мае делегация Бреста посетила Пензу.', {}],
  ['visit', 'Гости из Гомеля прибыли в Тулу на неделю.', {}],
  // no travel word: talks held in one side's city
  ['visit', 'Переговоры между представителями двух городов прошли в Бресте.', { topicCityId: 'city:brest' }],
  // the meeting as a verb, its guests by their representatives
  ['visit', 'В Пензе 13 декабря встретились представители Бреста и глава города.', { reportCityId: 'city:penza' }],
  ['partner', 'Омск поддерживает дружеские отношения с городом Павлодаром.', {}],
  ['partner', 'Городами-партнёрами Тулы стали Брест и Гомель.', {}],
  [
    'partner',
    'В число городов, с которыми у Омска налажено сотрудничество, вошли такие города, как Брест, Гомель.',
    {},
  ],
  // an event of a city's partner network named before
  [
    'partner',
    'В фестивале приняли участие такие города, как Брест и Гомель.',
    { topicEventId: 'event:festival', partnerNetworkOf: () => 'city:minsk' },
  ],
  ['contact', 'Тула и Брест развивали сотрудничество в сфере спорта.', {}],
  ['contact', 'Омичи преподнесли жителям Гомеля подарок.', {}],
  ['contact', 'Омичи передали в дар жителям Гомеля книги.', {}],
  ['contact', 'По инициативе города Гродно проведена акция памяти.', {}],
  ['contact', 'Прошла серия семинаров в режиме трансляции с коллегами из Бреста.', {}],
  // "встреча", "между" and "сотрудничество" pass only with the second word their cues need
  ['contact', 'Прошла встреча с представителями Бреста.', { reportCityId: 'city:tula' }],
  ['contact', 'Отношения между двумя городами начались в 1999 году.', { reportCityId: 'city:tula', topicCityId: 'city:brest' }],
  ['contact', 'Продолжено сотрудничество между Тулой и Брестом.', {}],
  ['participation', 'Делегация Бреста приняла участие в фестивале «Сибирская осень».', {}],
  // no event named: a bare head noun refers to the one named before
  ['participation', 'В фестивале приняли участие артисты из Бреста.', { topicEventId: 'event:sibirskaya-osen' }],
];

function ctxOf(text: string, frame: Partial<SentenceContext>): SentenceContext {
  return { ...contextFor(text, { ...frame }), ...frame };
}

/** A gate as the rules' loop asks it: with where the first of the gates' stems may begin. */
const asked = (gate: Gate, ctx: SentenceContext) => gate(ctx, firstStem(ctx.text));

describe('relation gates', () => {
  it.each(CASES)('%s rule finds something in «%s» and its gate lets it through', (name, text, frame) => {
    const [gate, rule] = RULES[name]!;
    const ctx = ctxOf(text, frame);
    expect(rule(ctx).length).toBeGreaterThan(0);
    expect(asked(gate, ctx)).toBe(true);
  });

  it('no gate holds back a sentence its rule finds something in', () => {
    for (const [, text, frame] of CASES) {
      for (const [name, [gate, rule]] of Object.entries(RULES)) {
        const ctx = ctxOf(text, frame);
        if (rule(ctx).length > 0) expect(asked(gate, ctx), `${name}: ${text}`).toBe(true);
      }
    }
  });

  it('sentences without the words of a rule pass no gate', () => {
    const ctx = ctxOf('Омск расположен на берегу Иртыша, в городе живут более миллиона человек.', {});
    for (const [name, [gate]] of Object.entries(RULES)) expect(asked(gate, ctx), name).toBe(false);
  });

  it('a sentence with none of the stems passes only the gates of word-less paths', () => {
    const text = 'Омск расположен на берегу Иртыша.';
    expect(sentenceHasStems(text)).toBe(false);
    const frame = { recall: { ...noRecall, twinning: true, unnamedTwins: true }, topicEventId: 'event:festival', partnerNetworkOf: () => 'city:minsk' };
    const ctx = ctxOf(text, frame);
    expect(Object.entries(RULES).filter(([, [gate]]) => asked(gate, ctx)).map(([name]) => name)).toEqual(['twin', 'partner']);
    for (const word of ['побратим', 'договор', 'визит', 'встреча', 'партнёр', 'онлайн', 'сотрудничество', 'участие', 'обмен']) {
      expect(sentenceHasStems(`${text} ${word}`), word).toBe(true);
    }
  });
});
