// A town named with its region after it ("Ростова Ярославской области", "Светлогорска Калининградской области"): when
// the gazetteer's town of that name lies in another region, the text means a namesake, which the world list gives.
import { cityById } from '../lexicon/gazetteer.js';
import { slugify } from '../lexicon/slug.js';
import { entityId } from '../../../neo4j/model/ids.js';
import { worldCitiesLike } from '../lexicon/world.js';
import type { Mention } from '../mentions.js';
import type { Entity } from '../types.js';
import { cityFromDerived } from './city-derived.js';
import { cityNominative } from './place-words.js';

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
