// "Карл-Маркс-Штадт (ныне – Хемниц)": histories of a city's ties name partners by their names of the time, with today's
// in parentheses. The graph keeps one node per town, under today's name, so the old name's spot stands for it.
import type { Entity } from '../types.js';
import type { Mention } from '../mentions.js';
import { cityIdFor } from '../lexicon/gazetteer.js';
import { placeNominative } from '../lexicon/place-name.js';
import { cityEntity, knownCity } from './place-words.js';

// The parenthesis that gives today's name, up to where that name starts.
const NOW = /\(\s*(ныне|сейчас|теперь|в настоящее время)\s*[-–—:]?\s*(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?(?=[A-ZÀ-ÖØ-ÞЀ-Я])/gu;
// Today's name: one or two capitalised words, then the parenthesis closes.
const NAME = /^[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*(\s+[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*)?(?=\s*\))/u;
// The old name right before the parenthesis, when no finder took it for a town (`Титограда`).
const OLD_NAME = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s*$/u;

/**
 * Mentions and entities with the town named before "(ныне X)" standing for X: the old name's spot takes X's id and
 * the parenthesised mention goes, so X is one party, named once where the sentence names it. The finder's arrays,
 * changed in place.
 */
export function renamedTowns(text: string, mentions: Mention[], entities: Entity[]): void {
  if (!text.includes('(')) return;
  for (const m of text.matchAll(NOW)) {
    const open = m.index!;
    const at = open + m[0].length;
    const now = mentions.findIndex((x) => x.kind === 'City' && x.start === at);
    const entity = now >= 0 ? entities.find((e) => e.id === mentions[now]!.id) : todaysTown(text.slice(at));
    if (!entity) continue;
    const old = mentions.find((x) => x.kind === 'City' && x.end <= open && /^\s*$/u.test(text.slice(x.end, open)));
    const word = old ? null : OLD_NAME.exec(text.slice(0, open));
    if (!old && (!word || word.index === 0)) continue;
    if (now >= 0) mentions.splice(now, 1);
    else entities.push(entity);
    if (old) {
      const oldId = old.id;
      old.id = entity.id;
      if (!mentions.some((x) => x.id === oldId)) entities.splice(0, entities.length, ...entities.filter((e) => e.id !== oldId));
      continue;
    }
    mentions.push({ kind: 'City', id: entity.id, start: word!.index, end: word!.index + word![0].trimEnd().length, via: 'name' });
    mentions.sort((a, b) => a.start - b.start);
  }
}

/** The town today's name in the parentheses names, when the gazetteer or the world list knows it. */
function todaysTown(after: string): Entity | undefined {
  const surface = NAME.exec(after)?.[0];
  if (!surface) return undefined;
  const known = knownCity(surface);
  if (known) return cityEntity(known, surface);
  const { name, town } = placeNominative(surface, ['nomn'], surface);
  return town ? { id: cityIdFor(name), kind: 'City', name, nameEn: town.name, country: town.country } : undefined;
}
