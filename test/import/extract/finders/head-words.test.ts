import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_HEAD, INSTITUTION_HEAD, headClasses } from '../../../../import/extract/finders/head-words.js';
import { clearMemos } from '../../../../import/extract/lexicon/memo.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { scanText } from '../../../../import/extract/lexicon/scan.js';

beforeAll(async () => {
  await loadMorph();
});

/** Each word of the text with the classes headClasses gives it. */
function classes(text: string): Array<[string, number]> {
  const s = scanText(text);
  const c = headClasses(s);
  return s.toks.map((t, i) => [t.text, c[i]!]);
}

describe('headClasses', () => {
  it('marks the heads of organisations and of events by their noun lemmas, in any case', () => {
    const got = classes('Студенты университета и мэрии посетили выставку, форумы и Дни культуры.');
    expect(got.filter(([, c]) => c !== 0)).toEqual([
      ['университета', INSTITUTION_HEAD],
      ['мэрии', INSTITUTION_HEAD],
      ['выставку', EVENT_HEAD],
      ['форумы', EVENT_HEAD],
      ['Дни', EVENT_HEAD],
    ]);
  });

  it('leaves words inside quotes and punctuation unmarked', () => {
    const got = classes('Фестиваль «Университет и форум» прошёл.');
    expect(got).toEqual([
      ['Фестиваль', EVENT_HEAD],
      ['«', 0],
      ['Университет', 0],
      ['и', 0],
      ['форум', 0],
      ['»', 0],
      ['прошёл', 0],
      ['.', 0],
    ]);
  });

  it('gives the same answers for a new scan of the same text and after clearMemos', () => {
    const text = 'Делегация Омского государственного университета приехала на форум.';
    const first = classes(text);
    classes('Форум прошёл в Омске.');
    expect(classes(text)).toEqual(first);
    clearMemos();
    classes('Форум прошёл в Омске.');
    expect(classes(text)).toEqual(first);
  });
});
