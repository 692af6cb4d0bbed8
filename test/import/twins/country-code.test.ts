// Country names from twin lists, English or Russian, as ISO2 (import/twins/country-code.ts).
import { describe, expect, it } from 'vitest';
import { countryCode } from '../../../import/twins/country-code.js';

describe('country code', () => {
  it.each([
    ['Germany', 'DE'],
    ['Германия', 'DE'],
    ["People's Republic of China", 'CN'],
    ['China', 'CN'],
    ['Китай', 'CN'],
    ['United States', 'US'],
    ['США', 'US'],
    ['Czech Republic', 'CZ'],
    ['South Korea', 'KR'],
    ['Russia', 'RU'],
    ['Россия', 'RU'],
    ['Республика Беларусь', 'BY'],
    ['England', 'GB'],
    ['Wales, United Kingdom', 'GB'],
    ['Martinique, France', 'MQ'],
    ['Georgia (country)', 'GE'],
    ['Republic of Ireland', 'IE'],
    ['Kosovo', 'XK'],
    ['Moldavia', 'MD'],
    ['  Italy ', 'IT'],
    ['FR', 'FR'],
  ])('%s → %s', (name, iso2) => {
    expect(countryCode(name)).toBe(iso2);
  });

  it.each(['', 'Atlantis', 'Northern Cyprus', 'in Italy'])('does not know %j', (name) => {
    expect(countryCode(name)).toBeUndefined();
  });
});
