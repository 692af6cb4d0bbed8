// "Байкальск (Иркутская область)", "делегация города Усолье-Сибирское Иркутской области": a town with its region
// right after it. The region is a cue as strong as "города" before it, so a home town the world list knows is read
// however small, where a bare one needs 20,000 people (uncued-towns.ts).
import { cuedHomeTown } from './uncued-towns.js';

// The region's adjective and noun, in parentheses or in the genitive: "(Иркутская область)", "Пермского края".
const REGION_AFTER = /^\s*\(?\s*[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(-[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?(ск|цк)(ая|ой|ий|ого)\s+(област[ьи]|кра[йя])(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/u;

/** The word is a home town of 5,000 people or more with its region named in `after`, the text right after it. */
export function regionalHomeTown(word: string, after: string): boolean {
  return REGION_AFTER.test(after) && cuedHomeTown(word) !== null;
}
