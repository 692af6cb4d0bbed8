// The same text gives the same extraction whatever the process extracted before (no state leaks between reports).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../import/extract/extract.js';

// Written for this test: each ends with a sentence that refers back to an earlier named event by its head noun,
// so the participation rule's cue search runs on short clauses after long ones.
const A = [
  'Город Томск',
  'В 2022 году в Томске состоялся фестиваль «Сибирские узоры».',
  'Участие в фестивале приняли мастера из Барнаула.',
].join('\n');
const B = [
  'Город Ангарск',
  'В 2019 году в Ангарске прошла выставка «Мир городов».',
  'В выставке вместе с ангарскими художниками приняли участие школьники из Иркутска и Братска.',
].join('\n');

const relations = async (text: string) => (await extractText(text, { file: 'x.txt' })).relations;

describe('extraction isolation', () => {
  it('gives the same relations for a text alone and after other texts', async () => {
    const alone = await relations(A);
    await relations(B);
    await relations(B);
    expect(await relations(A)).toEqual(alone);
    expect(alone.some((r) => r.kind === 'PARTICIPATED_IN')).toBe(true);
  });
});
