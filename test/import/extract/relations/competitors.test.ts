import { beforeAll, describe, expect, it } from 'vitest';
import { competitorsRule } from '../../../../import/extract/relations/competitors.js';
import { ready, run } from '../../../support/sentence.js';

beforeAll(ready);

const CUP = 'event:kubok-sibiri-po-volleybolu';

describe('competitors rule', () => {
  it('gives a part in the tournament named before to the towns of teams and athletes, whatever the verb', () => {
    expect(run(competitorsRule, 'Область представляли команды из Тюмени, Кургана и Тобольска.', { topicEventId: CUP })).toEqual([
      `PARTICIPATED_IN city:tyumen ${CUP} 2023`,
      `PARTICIPATED_IN city:kurgan ${CUP} 2023`,
      `PARTICIPATED_IN city:tobolsk ${CUP} 2023`,
    ]);
    expect(run(competitorsRule, 'На площадку вышли волейболисты из Павлодара и омские спортсмены.', { topicEventId: CUP })).toEqual([
      `PARTICIPATED_IN city:pavlodar ${CUP} 2023`,
      `PARTICIPATED_IN city:omsk ${CUP} 2023`,
    ]);
  });

  it('gives a part in the festival named before to the towns of performers', () => {
    const FEST = 'event:festival-druzhba';
    expect(run(competitorsRule, 'Казахстан представляли артисты из Павлодара, Беларусь — фольклорный ансамбль «Купалинка» из Гродно.', { topicEventId: FEST })).toEqual([
      `PARTICIPATED_IN city:pavlodar ${FEST} 2023`,
      `PARTICIPATED_IN city:grodno ${FEST} 2023`,
    ]);
  });

  it('reads nothing under an event that is no competition, nor a plan', () => {
    expect(run(competitorsRule, 'Область представляли команды из Тюмени и Кургана.', { topicEventId: 'event:festival-druzhba' })).toEqual([]);
    expect(run(competitorsRule, 'Область представляли артисты из Тюмени.', { topicEventId: 'event:forum-sibir' })).toEqual([]);
    expect(run(competitorsRule, 'В следующем году планируется пригласить команды из Тюмени.', { topicEventId: CUP })).toEqual([]);
  });
});
