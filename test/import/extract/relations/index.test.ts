import { beforeAll, describe, expect, it } from 'vitest';
import { relationsOfSentence } from '../../../../import/extract/relations/index.js';
import { brief, contextFor, ready } from '../../../support/sentence.js';

beforeAll(ready);

describe('relation rules of one sentence', () => {
  it('reads a yes/no question as asserting nothing', () => {
    expect(relationsOfSentence(contextFor('Поддерживаете ли вы установление побратимских отношений с городом Брестом?')).map(brief)).toEqual([]);
    expect(relationsOfSentence(contextFor('Омск установил побратимские отношения с городом Брестом.')).map(brief)).toEqual(['TWIN city:omsk city:brest 2023']);
  });

  it("reads an interviewer's question as asserting nothing", () => {
    expect(relationsOfSentence(contextFor('— А соглашение с Брестом когда подпишете?')).map(brief)).toEqual([]);
    expect(relationsOfSentence(contextFor('Какие визиты делегаций Бреста были в этом году?»')).map(brief)).toEqual([]);
  });

  it('pairs no two signers named for one side ("со стороны X")', () => {
    expect(relationsOfSentence(contextFor('Со стороны Беларуси соглашение подписали мэр Бреста и мэр Гродно.')).map(brief)).toEqual([]);
    // "с другой стороны" is "on the other hand"
    expect(relationsOfSentence(contextFor('С другой стороны, соглашение о сотрудничестве подписали мэр Бреста и мэр Омска.')).map(brief)).toContain('AGREEMENT city:omsk city:brest 2023 signed');
    // each side named after its own mark is a side of the document
    expect(new Set(relationsOfSentence(contextFor('Со стороны Бреста соглашение о сотрудничестве подписал мэр Бреста, со стороны Омска — мэр Омска.')).map(brief))).toEqual(new Set(['AGREEMENT city:omsk city:brest 2023 signed']));
  });
});
