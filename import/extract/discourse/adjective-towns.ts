// "Кировский колледж" in a text that names Кировск and never Киров: one adjective derives from two towns (кировский
// is Киров's and Кировск's), and the finders, reading one sentence, take the larger. The document says which: the
// town it names by name is the one its adjective means.
import type { Mention } from '../mentions.js';
import type { Entity, Sentence } from '../types.js';

interface Found {
  mentions: Mention[];
  entities: Entity[];
  sentence?: Sentence;
}

const STATE_BODY_AFTER = /^\s+(област|кра[йяюе]|районн|государственн|медицинск|педагогическ|технически|аграрн)/u;
// A town's adjective: its stem and the suffix (`Кировского`: Киров-ск-ого, `Жодинского`: Жодин-ск-ого).
export const TOWN_ADJECTIVE = /^([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+?)(ск|цк)(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$/u;

/**
 * The towns the document names only by an adjective that another town it names by name also has, by their id: that
 * other town. A town named by name anywhere, or by adjectives that are not all the other town's, keeps its own.
 */
export function adjectiveTowns(findings: readonly Found[]): Map<string, Entity> {
  const named = new Map<string, Entity>();
  const adjectives = new Map<string, string[]>();
  const ownName = new Set<string>();
  for (const f of findings) {
    for (const m of f.mentions) {
      if (m.kind !== 'City') continue;
      if (m.via === 'name' || m.via === 'authority') {
        ownName.add(m.id);
        const e = f.entities.find((x) => x.id === m.id);
        if (m.via === 'name' && e && !named.has(e.name)) named.set(e.name, e);
      } else if (m.via === 'adjective' && f.sentence) {
        let words = adjectives.get(m.id);
        if (!words) adjectives.set(m.id, (words = []));
        // "Кировской областной библиотекой", "Кировский государственный университет": the region's or the larger
        // town's own bodies; the adjective there is no other town's.
        words.push(STATE_BODY_AFTER.test(f.sentence.text.slice(m.end, m.end + 20)) ? '' : f.sentence.text.slice(m.start, m.end));
      }
    }
  }
  const out = new Map<string, Entity>();
  if (named.size === 0) return out;
  for (const [id, words] of adjectives) {
    if (ownName.has(id)) continue;
    const towns = new Set(words.map((w) => townOf(w, named)));
    const [town] = towns;
    if (towns.size === 1 && town && town.id !== id) out.set(id, town);
  }
  return out;
}

/** The named town a `-ск-`/`-цк-` adjective is made from by adding its suffix to the town's name (Кировск, Ачинск). */
function townOf(word: string, named: ReadonlyMap<string, Entity>): Entity | undefined {
  const m = TOWN_ADJECTIVE.exec(word);
  return m ? named.get(m[1]! + m[2]!) : undefined;
}
