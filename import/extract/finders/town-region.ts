// A town named with its region after it ("Ростова Ярославской области", "Светлогорска Калининградской области"): when
// the gazetteer's town of that name lies in another region, the text means a namesake, which the world list gives.
import { cityById, cityIdFor } from '../lexicon/gazetteer.js';
import { slugify } from '../lexicon/slug.js';
import { entityId } from '../../../neo4j/model/ids.js';
import { worldCitiesLike } from '../lexicon/world.js';
import type { Mention } from '../mentions.js';
import type { Entity } from '../types.js';
import { cityFromDerived } from './city-derived.js';
import { cityNominative } from './place-words.js';
import { cuedHomeTown } from './uncued-towns.js';

/** A namesake smaller than this is too often a village's name to be the one meant. */
const NAMESAKE_MIN_POPULATION = 5_000;

/**
 * Replaces, in place, each gazetteer town right before a region that is not its own by the largest namesake the world
 * list records in that region's country (a region named after a town gives its country: "Ярославской" → Ярославль,
 * Russia). A town with no such namesake stays as found.
 */
export function townsOfStatedRegions(text: string, mentions: Mention[], entities: Entity[]): void {
  for (const region of mentions) {
    if (region.kind !== 'Region') continue;
    const town = mentions.find((m) => m.kind === 'City' && m.via === 'name' && m.end < region.start && /^\s+$/u.test(text.slice(m.end, region.start)));
    const known = town ? cityById(town.id) : null;
    const stated = entities.find((e) => e.id === region.id)?.name;
    if (!town || !known?.region || !stated || known.region === stated) continue;
    const iso = entities.find((e) => e.id === region.id)?.country ?? cityFromDerived(stated.split(' ')[0]!)?.country;
    if (!iso) continue;
    const written = cityNominative(text.slice(town.start, town.end));
    const namesake = worldCitiesLike(written)
      .filter((w) => w.country === iso && w.population >= NAMESAKE_MIN_POPULATION && w.russian?.includes(written) && !(w.country === known.country && (w.population === known.population || w.name === known.nameEn)))
      .sort((a, b) => b.population - a.population)[0];
    if (!namesake) continue;
    // Its own id: the gazetteer's town keeps the name's (both Светлогорск: city:svetlogorsk, city:svetlogorsk-ru).
    const slug = entityId('City', slugify(written.replace(/ё/g, 'е')));
    const id = cityById(slug) ? `${slug}-${namesake.country.toLowerCase()}` : slug;
    const at = entities.findIndex((e) => e.id === town.id);
    if (at >= 0 && !mentions.some((m) => m !== town && m.id === town.id)) entities.splice(at, 1);
    town.id = id;
    if (!entities.some((e) => e.id === id)) entities.push({ id, kind: 'City', name: written, nameEn: namesake.name, country: namesake.country });
  }
}

// The capitalised word right before a region: "в Медыни Калужской области".
const WORD_BEFORE_REGION = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(?:-[A-ZÀ-ÖØ-ÞЀ-Я]?[a-zß-öø-ſа-ԯ]+)*)\s+$/u;
// Words before a region that are no town: its own adjective's parts, titles, months.
const NOT_A_TOWN_BEFORE_REGION = /(ск|цк)(ий|ая|ое|ого|ой|ому|ом|ую|им)$|^(Губернатор|Глав|Правительств|Администраци|Министерств|Республик)/u;

/**
 * A home town the place finder did not take, named right before a region in the genitive ("в Медыни Калужской
 * области"): the region is as strong a cue as "город", so a town of 5,000 the world list knows will do. Added in place.
 */
export function townsBeforeRegions(text: string, mentions: Mention[], entities: Entity[]): void {
  for (const region of [...mentions]) {
    if (region.kind !== 'Region' || !REGION_GENITIVE_NAME.test(text.slice(region.start, region.end))) continue;
    const m = WORD_BEFORE_REGION.exec(text.slice(Math.max(0, region.start - 40), region.start));
    if (!m || NOT_A_TOWN_BEFORE_REGION.test(m[1]!)) continue;
    const start = region.start - m[0].length;
    const end = start + m[1]!.length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    // (A plural town's locative, "в Тербунах", "в Лисках", read back to its plural: Тербуны.)
    const word = m[1]!;
    const named = cuedHomeTown(word) ?? (PLURAL_CASE.test(word) ? pluralTown(word) : null);
    if (!named?.town) continue;
    const id = cityIdFor(named.name);
    mentions.push({ kind: 'City', id, start, end, via: 'name' });
    if (!entities.some((e) => e.id === id)) entities.push({ id, kind: 'City', name: named.name, nameEn: named.town.name, country: named.town.country });
  }
}
const REGION_GENITIVE_NAME = /(област[иь]|края)$/u;
const PLURAL_CASE = /(ах|ях|ами|ями|ам|ям)$/u;

/** The plural town a plural case form names, spelled as the world list's Russian name has it (Тербуны, not Тербуни). */
function pluralTown(word: string): ReturnType<typeof cuedHomeTown> {
  const found = ['ы', 'и'].map((end) => cuedHomeTown(word.replace(PLURAL_CASE, end)));
  return found.find((n) => n?.town?.russian?.includes(n.name)) ?? found.find((n) => n !== null) ?? null;
}
