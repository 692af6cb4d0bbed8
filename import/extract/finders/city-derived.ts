// City adjectives and residents' names ("омский", "омичи") read back to the city they derive from: the finders
// and the CONTACT rule both need it, and it changes with the dictionary, not with how a sentence names places.
import { cityByName, type GazetteerCity } from '../lexicon/gazetteer.js';
import { Memo } from '../lexicon/memo.js';
import { readings } from '../lexicon/morph.js';

// A pure function of the word (the dictionary and the gazetteer never change once loaded), asked of every `-ский`
// adjective of every sentence; each answer costs up to a dozen gazetteer look-ups.
const derived = new Memo<GazetteerCity | null>(50_000);

/** City adjectives ("омский") and residents ("омичи", "минчане") to the city they derive from. */
export function cityFromDerived(word: string): GazetteerCity | null {
  return derived.get(word, computeCityFromDerived);
}

function computeCityFromDerived(word: string): GazetteerCity | null {
  const whole = word.toLowerCase().replace(/ё/g, 'е');
  if (whole.length < 5) return null;
  // A hyphenated adjective derives from a hyphenated name (`южно-сахалинские` → Южно-Сахалинск): the dictionary
  // reads its last part, and the parts before it stay as written.
  const dash = whole.lastIndexOf('-');
  const prefix = whole.slice(0, dash + 1);
  const lower = whole.slice(dash + 1);
  const stems = new Set<string>();
  for (const r of readings(lower)) {
    if (r.pos !== 'ADJF' && r.pos !== 'NOUN') continue;
    const l = r.lemma;
    let m = /^(.+?)(ск|цк)ий$/u.exec(l);
    if (r.pos === 'ADJF' && m) {
      const stem = m[1]!;
      // омский → омск; гомельский → гомель; барнаульский → барнаул; урумчийский → урумчи; петербургский → петербург
      for (const s of [stem + 'ск', stem, stem.replace(/ь$/u, ''), stem + 'ь', stem.replace(/й$/u, ''), stem.replace(/н$/u, ''), stem + 'а', stem + 'ия', stem + 'цк']) stems.add(s);
      // The alternations of foreign and indeclinable names: гродненский → гродно, тбилисский → тбилиси,
      // бакинский → баку, алматинский → алматы, токийский → токио, рижский → рига, одесский → одесса.
      for (const s of [stem.replace(/ен$/u, 'о'), stem + 'и', stem.replace(/ин$/u, 'у'), stem.replace(/ин$/u, 'ы'), stem.replace(/ин$/u, 'а'), stem.replace(/ин$/u, 'е'), stem.replace(/ий$/u, 'ио'), stem.replace(/ж$/u, 'га'), stem.replace(/с$/u, 'сса')]) stems.add(s);
    }
    m = /^(.+?)(ич|чанин|чанка|ичка|янин|анин)$/u.exec(l);
    if (r.pos === 'NOUN' && m) {
      // омич → омск, томич → томск, минчанин → минск
      stems.add(m[1]! + 'ск');
    }
  }
  for (const s of stems) {
    if (s.length < 3) continue;
    const hit = cityByName(prefix + s);
    if (hit) return hit;
  }
  return null;
}

/** The shape of a word worth asking `cityFromDerived` about: a `-ский` adjective or a residents' noun. */
const DERIVED_SHAPE = /^((\p{L}+-)?\p{L}{2,}(ск|цк)(ий|ая|ое|ие|ого|ой|ому|ым|ом|ую|их|ими|им|ою)|\p{L}{2,}(ичи|ичей|ичам|ичами|ичах|ич|ича|ичу|чане|чан|чанам|чанами))$/iu;
/** The endings alone: most words fail here at once, before DERIVED_SHAPE's backtracking over their letters. */
const DERIVED_ENDING = /((ск|цк)(ий|ая|ое|ие|ого|ой|ому|ым|ом|ую|их|ими|им|ою)|(ичи|ичей|ичам|ичами|ичах|ич|ича|ичу|чане|чан|чанам|чанами))$/iu;

export function hasDerivedShape(word: string): boolean {
  return hasKOrCheNearEnd(word) && DERIVED_ENDING.test(word) && DERIVED_SHAPE.test(word);
}

/**
 * Every ending above holds `к` (`ск`, `цк` and at most three letters) or `ч` (`ич`, `чан` and at most three) among
 * the word's last six letters: a word without either fails at once, without DERIVED_ENDING tried at each of its
 * positions (it is asked about every word of every sentence).
 */
function hasKOrCheNearEnd(word: string): boolean {
  for (let k = Math.max(0, word.length - 6); k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === 0x43a || c === 0x41a || c === 0x447 || c === 0x427) return true;
  }
  return false;
}
