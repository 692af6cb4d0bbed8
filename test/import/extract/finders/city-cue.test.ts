// cityCueBefore reads the last word before asking its pattern: it must answer as the pattern alone does.
import { describe, expect, it } from 'vitest';
import { cityCueBefore, hasCityCueWords } from '../../../../import/extract/finders/city-cue.js';
import { randomStrings } from '../../../support/random-strings.js';

// The cue as one pattern, with no look at the last word first: a colon ends it only after twins or partners.
const PATTERN = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(город(а|у|ом|е|ов|ам|ами|ах)?((-|\s+)побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-герой[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?(,?\s+как)?|побратим(ов|ам|ами|ах|ом)|г\.|мэри[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|муниципалитет(а|у|ом|е)?|городск[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+округ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(коммун|гмин)(а|ы|е|у|ой|ою)|уезд(а|е|у|ом)?)\s*(:\s*)?$/iu;
// Or a list's lead before a colon (its owner between) or a dash: "Побратимы Омска: ", "Города-партнёры: ", "Побратимы — ".
const LEAD = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])([Пп]обратим|[Гг]ород(а|ов|ами)-партн[её]р)(ы|ов|ами|и)?((\s+(г\.\s*|города\s+)?[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+)?\s*:|\s+[—–-])\s*$/u;
// Or the twins' owner between: "городов-побратимов Лиона – ", "Побратимами Омска являются ", "город-побратим Омска ".
const OWNER =
  /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(([Гг]ородов-побратимов|[Пп]обратимов)\s+[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+[—–-]|([Гг]ород(ами|а)-побратим(ами|ы)|[Пп]обратим(ами|ы))\s+[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+(являются|стали))\s*$/u;
const OWNED_TWIN =
  /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?<!([Мм]эр|[Гг]лав|[Аа]ким|[Пп]редседател|[Рр]уководител|[Гг]убернатор|[Бб]ургомистр|[Кк]мет|[Зз]аместител|[Кк]омитет|[Аа]дминистраци|[Пп]редставител)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2})[Гг]ород(а|у|ом|е)?-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(а|я|ы|и)\s+$/u;
const CITY_CUE = {
  test: (t: string) => (PATTERN.test(t) && (!/:\s*$/u.test(t) || /(побратим|партн[её]р)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s*:\s*$/iu.test(t))) || LEAD.test(t) || OWNER.test(t) || OWNED_TWIN.test(t),
};

const WRITTEN = [
  'делегация финской коммуны ',
  'Союз гмин ',
  'глава гмины ',
  'администрации уезда ',
  'коммунальные службы ',
  'встреча с мэром города ',
  'делегация посетила город ',
  'с городами-побратимами ',
  'с городом-партнёром ',
  'в г. ',
  'в Г.',
  'мэрией ',
  'муниципалитетом\u00a0',
  'городским округом ',
  'такими городами, как ',
  'ГОРОДА ',
  'пригород ',
  'в городе Омске и ',
  'делегации городов-побратимов: ',
  'делегации побратимов ',
  'является городом побратимом ',
  'является побратимом ',
  'из других городов: ',
  'Побратимы Омска: ',
  'Партнёры города Тулы: ',
  'Побратимы — ',
  'Делегация Омска — ',
  'из других городов-побратимов Лиона – ',
  'Побратимами Омска являются ',
  'Города-побратимы Тулы стали ',
  'посетили город-побратим Дзержинска ',
  'Мэр города-побратима Праги ',
  'в городе-побратиме Омска ',
  '',
  '   ',
];
const POOL = ['г', 'Г', 'о', 'О', 'р', 'д', 'а', 'к', 'м', 'э', 'и', 'я', 'п', 'x', 'ж', ' ', ' ', '\u00a0', '\u3000', '.', ',', '-', '«', '𝐀',
  'город', 'города', 'городами', '-побратимами', '-партнёром', '-героем', 'как', 'мэрия', 'муниципалитет', 'городской', 'округа',
  'побратимов', 'побратимом', 'партнёров', ':', '—', '–', 'Побратимы', 'партнёры', 'Омска', 'являются', 'стали', 'Я', 'С',
  'городов-побратимов', 'город-побратим', 'городами-побратимами'];

describe('cityCueBefore', () => {
  it('answers as the pattern on written and random texts, from any start', () => {
    const texts = [...WRITTEN, ...randomStrings({ pool: POOL, count: 20_000, min: 0, spread: 8, seed: 4242 })];
    for (const text of texts) {
      for (const from of [0, 1, 3]) {
        if (from > text.length) continue;
        expect(cityCueBefore(text, from, text.length), JSON.stringify([text, from])).toBe(CITY_CUE.test(text.slice(from)));
      }
    }
  });

  it('reads a list after the twins\' colon, and after "побратимов", and no list of other cities', () => {
    expect(cityCueBefore('делегации городов-побратимов: ', 0, 30)).toBe(true);
    expect(cityCueBefore('делегации побратимов ', 0, 21)).toBe(true);
    expect(cityCueBefore('из других городов: ', 0, 19)).toBe(false);
    // the list's lead with its owner, before a colon or a dash
    expect(cityCueBefore('Побратимы Омска: ', 0, 17)).toBe(true);
    expect(cityCueBefore('Побратимы — ', 0, 12)).toBe(true);
    expect(cityCueBefore('Города-партнёры Тулы: ', 0, 22)).toBe(true);
    // a list of sponsors is no list of towns
    expect(cityCueBefore('Партнёры фестиваля: ', 0, 20)).toBe(false);
    expect(cityCueBefore('стали побратимами Омска — ', 0, 26)).toBe(false);
    expect(cityCueBefore('Делегация Омска — ', 0, 18)).toBe(false);
    // a town's municipality is a cue; municipalities in the plural are a region's ("муниципалитетами Карелии")
    expect(cityCueBefore('глава муниципалитета ', 0, 21)).toBe(true);
    expect(cityCueBefore('между муниципалитетами ', 0, 23)).toBe(false);
  });

  it('reads past the twins\' owner: a dash or a copula after it, or the twin word before it', () => {
    const cue = (t: string) => cityCueBefore(t, 0, t.length);
    expect(cue('из других городов-побратимов Лиона – ')).toBe(true);
    expect(cue('Городами-побратимами Тулы являются ')).toBe(true);
    expect(cue('делегация посетила город-побратим Дзержинска ')).toBe(true);
    // the owner in the nominative, a delegation's town, an instrumental before a dash: no list
    expect(cue('делегация посетила город-побратим Омск ')).toBe(false);
    // after an official's title the words after the owner are his name
    expect(cue('Мэр города-побратима Праги ')).toBe(false);
    expect(cue('Председатель народного комитета города-побратима Ханоя ')).toBe(false);
    expect(cue('делегация Омска стали ')).toBe(false);
    expect(cue('стали побратимами Омска — ')).toBe(false);
  });

  it('finds the cue words a cue needs anywhere in a text', () => {
    expect(hasCityCueWords('Делегация Города Омска')).toBe(true);
    expect(hasCityCueWords('в г. Омске')).toBe(true);
    expect(hasCityCueWords('Мэрия Харбина')).toBe(true);
    expect(hasCityCueWords('делегация коммуны Инари')).toBe(true);
    expect(hasCityCueWords('делегации побратимов Тулы')).toBe(true);
    expect(hasCityCueWords('Делегация Омска посетила Харбин')).toBe(false);
  });
});
