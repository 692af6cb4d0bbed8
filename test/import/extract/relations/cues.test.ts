// The document words, plans and remote formats of a text: the pretest on stems never hides a match of the full pattern.
import { describe, expect, it } from 'vitest';
import { AGREEMENT_DOC, documentWords, isOnline, isPlanned, ONLINE, PLANNED } from '../../../../import/extract/relations/cues.js';

describe('documentWords', () => {
  it.each([
    'Подписано Соглашение о сотрудничестве и протокол о намерениях.',
    'МЕМОРАНДУМ и договорённость, контракт, дорожная карта.',
    'Достигнута договоренность о встрече.',
    'Делегация посетила музей.',
    'Антисоглашение не документ, а соглашение — да.',
  ])('%s', (text) => {
    const all = [...text.matchAll(AGREEMENT_DOC)].map((m) => [m.index, m[0]]);
    expect(documentWords(text).map((m) => [m.index, m[0]])).toEqual(all);
  });
});

// One phrase for each alternative of PLANNED and of ONLINE, in capitals and in lower case, and phrases of neither.
const PLANS = [
  'стороны Заключат соглашение', 'ПОДПИШУТ', 'подпишет мэр', 'заключит договор', 'планируется визит', 'ЗАПЛАНИРОВАН обмен',
  'в планах города', 'намечено подписание', 'предполагается', 'будет подписан', 'будут подписаны', 'предстоит встреча',
  'намерены развивать', 'проекта соглашения', 'подготовлен проект', 'предварительной договорённости',
  'достигнута договоренность', 'договорённости о визите', 'рассмотреть возможность', 'в перспективе', 'в дальнейшем',
  'прорабатывается', 'договорились о подписании', 'договорились подписать', 'подписание состоится',
  'обсудили подготовку соглашения', 'подготовка к подписанию меморандума', 'возможность заключения договора',
  'о возможном установлении отношений', 'договорились подготовить к подписанию соглашение', 'города готовятся подписать',
  'Готовится к подписанию', 'ждём в гостях делегацию', 'Ожидается приезд', 'делегация должна приехать',
  'собираются посетить', 'готовим к подписанию соглашение', 'рассчитываем подписать', 'надеемся заключить',
  'фестиваль пройдёт в августе', 'встречи будут проходить ежегодно', 'решено подписать соглашение',
  'стороны решили подготовить проект', 'приняли решение провести обмен', 'договорились в ближайшее время провести Дни города', 'мэр предложил приурочить подписание к юбилею',
  'договорились поддерживать обмен', 'выразили намерение подписать',
];
const REMOTE = [
  'Онлайн-встреча', 'вебинар', 'ON-LINE', 'online', 'видеоконференция', 'видео-конференции', 'видеосвязь', 'телемост',
  'в режиме видео', 'в формате видео', 'видеомост', 'видеовстреча', 'видеопрезентацию', 'дистанционно', 'в режиме трансляции', 'в формате трансляции',
  'в заочном', 'заочном формате', 'виртуальная', 'интернет-выставка', 'видеообращение', 'видеоролик', 'видеоматериалы',
];
const NEITHER = ['К встрече подключились коллеги, которые предложили провести выставку.', 'Стороны решили многие вопросы.', 'Делегация посетила музей.', 'Мэры подписали соглашение.', 'Подписание состоялось в мае.', ''];

describe('isPlanned and isOnline', () => {
  it.each([...PLANS, ...REMOTE, ...NEITHER])('%s: what the full patterns say', (phrase) => {
    for (const text of [phrase, phrase.toUpperCase(), phrase.toLowerCase()]) {
      expect(isPlanned(text), text).toBe(PLANNED.test(text));
      expect(isOnline(text), text).toBe(ONLINE.test(text));
    }
  });

  it('reads a protocol or memorandum of intent as a document, not a plan', () => {
    for (const text of ['Подписан протокол о намерениях.', 'Мэры подписали три меморандума о добрых намерениях.']) expect(isPlanned(text), text).toBe(false);
  });

  it('reads documents said to be on cooperation as a document word', () => {
    expect(documentWords('На форуме подписаны официальные документы о сотрудничестве.').map((m) => m[0])).toEqual(['документы о сотрудничестве']);
    expect(documentWords('Документы переданы в архив.')).toEqual([]);
  });

  it('finds a plan in every plan phrase and a remote format in every remote one', () => {
    for (const p of PLANS) expect(isPlanned(p), p).toBe(true);
    for (const r of REMOTE) expect(isOnline(r), r).toBe(true);
  });
});
