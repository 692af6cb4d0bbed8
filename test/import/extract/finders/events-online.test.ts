// saysOnline asks a pattern without `u` for a piece of each online word before ONLINE itself: it must answer as
// ONLINE alone does, whatever the letters' case.
import { describe, expect, it } from 'vitest';
import { saysOnline } from '../../../../import/extract/finders/events.js';
import { randomStrings } from '../../../support/random-strings.js';

// The pattern as it stands in events.ts.
const ONLINE =
  /онлайн|он-лайн|online|видеоконференц|видеосвяз|видео-связ|\bВКС\b|в режиме видео|в формате видео|трансляци|телемост|дистанционн|виртуальн|\bzoom\b|вебинар/iu;
const PIECES = ['лайн', 'online', 'видео', 'вкс', 'трансляци', 'телемост', 'дистанционн', 'виртуальн', 'zoom', 'вебинар'];

describe('saysOnline', () => {
  it('takes, for each letter of the pieces, every character the u pattern takes for it', () => {
    for (const letter of new Set(PIECES.join(''))) {
      const withU = new RegExp(`^${letter}$`, 'iu');
      const without = new RegExp(`^${letter}$`, 'i');
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        if (withU.test(ch)) expect(without.test(ch), `${letter} U+${c.toString(16)}`).toBe(true);
      }
    }
  });

  it('answers as ONLINE on written and random clauses', () => {
    const written = [
      'состоялась онлайн-встреча с представителями города-побратима',
      'в режиме ВИДЕОконференцсвязи',
      'в формате видео',
      'прошёл в ZOOM',
      'через zoom, а также',
      'по ВКС',
      '1ВКС2',
      'Дни культуры Омска в Минске прошли с 12 по 15 октября',
      'ᲀебинар и ᲂнлайн-трансляция',
      'ОН-ЛАЙН Трансляция',
    ];
    const pool = ['он', 'ОН', 'лайн', 'ЛАЙН', '-', ' ', 'online', 'ONLINE', 'видео', 'ВКС', 'вкс', 'zoom', 'Zoom', '1', '_', 'x',
      'ᲀ', 'ᲂ', 'ᲃ', 'ᲄ', 'конференц', 'связ', 'в режиме ', 'трансляци', 'телемост', 'дистанционн', 'виртуальн', 'вебинар', 'а', 'е'];
    for (const text of [...written, ...randomStrings({ pool, count: 20_000, min: 0, spread: 8, seed: 777 })]) {
      expect(saysOnline(text), JSON.stringify(text)).toBe(ONLINE.test(text));
    }
  });
});
