// A place named only to say where the place before it lies: "уездом Гуаньсянь китайского города Ляочэн", "района
// Чаоян города Пекина". The county is the party; the city after it locates it and takes part in nothing itself.
import type { Mention } from '../mentions.js';

// The word before a town's part: a county, a district, a commune, a village.
const PART_WORD_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(уезд|район|округ|префектур|коммун|гмин|волост|общин|сел|посел|посёл|деревн|станиц)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;
// Between the part and its city: "(китайского) города", "г.".
const CITY_OF_BETWEEN = /^\s+([a-zß-öø-ſа-ԯ]+(ого|его)\s+)?(города|г\.)\s*$/u;

// A region in the genitive right after a town: "Гомельского района Гомельской области", "города Гомеля Гомельской
// области". It says where the town lies; the town is the party.
const REGION_GENITIVE = /(област[иь]|края|республики|провинции|штата|префектуры|губернии|аймака|земли|кантона|воеводства)$/iu;
const TOWN_REGION_GAP = /^[\s»"]*$/u;

// Unnamed towns of a region: "между городами из Псковской области и Якутии", "муниципалитетами Тверской области".
const TOWNS_OF_REGION_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(город(ами|ов|ам|ах)|муниципалитет(ами|ов|ам|ах)|район(ами|ов|ам|ах)|муниципальн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+образовани(ями|й|ям|ях))\s+(из\s+)?([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+(и|,)\s+)?$/u;
const AND_GAP = /^\s*(и|,)\s+$/u;

/** The mentions without the places that only locate the place named right before them. */
export function withoutLocators(text: string, mentions: Mention[]): Mention[] {
  const locators = new Set<Mention>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    // (The second of two: "городами из Псковской области и Якутии".)
    const prior = mentions[k - 1];
    const second = prior !== undefined && locators.has(prior) && prior.kind === 'Region' && AND_GAP.test(text.slice(prior.end, m.start));
    if (m.kind === 'Region' && (second || TOWNS_OF_REGION_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)))) {
      locators.add(m);
      continue;
    }
    if (k === 0) continue;
    const prev = mentions[k - 1]!;
    if (m.kind === 'Region' && prev.kind === 'City' && prev.end <= m.start && TOWN_REGION_GAP.test(text.slice(prev.end, m.start)) && REGION_GENITIVE.test(text.slice(m.start, m.end))) {
      locators.add(m);
      continue;
    }
    // (A country's adjective between them, "китайского города", is a mention of its own.)
    let j = k - 1;
    while (j > 0 && mentions[j]!.kind === 'Country' && mentions[j]!.via === 'adjective') j--;
    const part = mentions[j]!;
    if (m.kind !== 'City' || part.kind !== 'City' || part.end > m.start) continue;
    if (CITY_OF_BETWEEN.test(text.slice(part.end, m.start)) && PART_WORD_BEFORE.test(text.slice(Math.max(0, part.start - 24), part.start))) locators.add(m);
  }
  return locators.size === 0 ? mentions : mentions.filter((m) => !locators.has(m));
}
