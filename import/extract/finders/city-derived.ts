// City adjectives and residents' names ("омский", "омичи") read back to the city they derive from: the finders
// and the CONTACT rule both need it, and it changes with the dictionary, not with how a sentence names places.
import { cityByName, cityIdFor, type GazetteerCity } from '../lexicon/gazetteer.js';
import { capitalisedParts } from '../lexicon/letter-case.js';
import { lookupKey } from '../lexicon/name-key.js';
import { transliterateTitle } from '../lexicon/transliterate.js';
import { worldCitiesLike, type WorldCity } from '../lexicon/world.js';
import { HOME_COUNTRY } from '../lexicon/world.js';
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
  // The adjective's stem and its -а form (штутгарт-ский → Штутгарт, барселон-ский → Барселона): what a large foreign
  // town's adjective is made from.
  const foreign = new Set<string>();
  for (const r of readings(lower)) {
    if (r.pos !== 'ADJF' && r.pos !== 'NOUN') continue;
    const l = r.lemma;
    let m = /^(.+?)(ск|цк)(ий|ой)$/u.exec(l);
    if (r.pos === 'ADJF' && m) {
      const stem = m[1]!;
      foreign.add(stem).add(stem + 'а');
      // омский → омск; гомельский → гомель; барнаульский → барнаул; урумчийский → урумчи; петербургский → петербург
      for (const s of [stem + 'ск', stem, stem.replace(/ь$/u, ''), stem + 'ь', stem.replace(/й$/u, ''), stem.replace(/н$/u, ''), stem + 'а', stem + 'ия', stem + 'цк']) stems.add(s);
      // The alternations of foreign and indeclinable names: гродненский → гродно, тбилисский → тбилиси,
      // бакинский → баку, алматинский → алматы, токийский → токио, рижский → рига, одесский → одесса.
      for (const s of [stem.replace(/ен$/u, 'о'), stem + 'и', stem.replace(/ин$/u, 'у'), stem.replace(/ин$/u, 'ы'), stem.replace(/ин$/u, 'а'), stem.replace(/ин$/u, 'е'), stem.replace(/ий$/u, 'ио'), stem.replace(/ж$/u, 'га'), stem.replace(/с$/u, 'сса')]) stems.add(s);
      // кемеровский → кемерово, пензенский → пенза, ярославский → ярославль, череповецкий → череповец,
      // тульский → тула; коломенский → коломна (a vowel the adjective puts between the stem's last consonants).
      for (const s of [stem + 'о', stem.replace(/ен$/u, 'а'), stem + 'ль', stem + 'ц', stem.replace(/ь$/u, 'а'), stem.replace(/ен$/u, 'на')]) stems.add(s);
      // московский → москва, вологодский → вологда, уфимский → уфа (a vowel or a syllable the town's name has not).
      for (const s of [stem.replace(/ов$/u, 'ва'), stem.replace(/од$/u, 'да'), stem.replace(/им$/u, 'а')]) stems.add(s);
      const irregular = IRREGULAR_ADJECTIVES[stem];
      if (irregular) stems.add(irregular);
    }
    m = /^(.+?)(ич|чанин|чанка|ичка|янин|анин)$/u.exec(l);
    if (r.pos === 'NOUN' && m) {
      // кировчанин → киров, пскович → псков, брестчанин → брест (the town itself first); омич → омск, томич →
      // томск, минчанин → минск; вологжанин → вологда
      stems.add(m[1]!);
      stems.add(m[1]! + 'ск');
      stems.add(m[1]!.replace(/ж$/u, 'да'));
      // москвич → москва
      stems.add(m[1]! + 'а');
    }
    m = /^(.+?)(ец|як)$/u.exec(l);
    if (r.pos === 'NOUN' && m) {
      // ярославец → ярославль, новгородец → новгород, самарец → самара, рязанец → рязань, пензенец → пенза,
      // оренбуржец → оренбург, туляк → тула, пермяк → пермь
      const stem = m[1]!;
      // новосибирец → новосибирск
      for (const x of [stem, stem + 'ь', stem + 'а', stem + 'ль', stem.replace(/ен$/u, 'а'), stem.replace(/ж$/u, 'г'), stem + 'ск']) stems.add(x);
    }
  }
  for (const s of stems) {
    if (s.length < 3) continue;
    const hit = cityByName(prefix + s);
    if (hit) return hit;
  }
  // A word the dictionary lacks ("костомукшский", "костомукшане") is no common adjective: a smaller town will do.
  // (Asked as written too: "Петрович" is known only capitalised, as a patronymic.)
  const known = readings(lower).some((r) => r.known) || readings(word.slice(dash + 1)).some((r) => r.known);
  return homeTownOfAdjective(prefix, stems, known ? DERIVED_MIN_POPULATION : UNKNOWN_DERIVED_MIN_POPULATION) ?? foreignTownOfAdjective(prefix, foreign);
}

// Adjectives no alternation makes from their town's name: нижегородский (Нижний Новгород), орловский (Орёл).
const IRREGULAR_ADJECTIVES: Readonly<Record<string, string>> = {
  нижегород: 'нижний новгород', орлов: 'орёл', великолук: 'великие луки', набережночелнин: 'набережные челны',
  старооскол: 'старый оскол', новгород: 'великий новгород',
};

// Words whose adjective is a town's too: regions, mountains and lakes (Урал: Уральск, Байкал: Байкальск, Амур:
// Амурск), and a common word (брат: Братск, "братские отношения"). `уральская столица`, `братские народы` speak of
// the region or the word far more often. (Rivers that named a town, Иркут or Тобол, are rarely what `иркутский`
// or `тобольский` means.)
const SHARED_STEMS = new Set(['урал', 'байкал', 'амур', 'алтай', 'брат']);

/** The adjective (`уральский`, `братский`) is another word's as much as a town's: it means the town only where a text names the town. */
export function isSharedAdjective(word: string): boolean {
  const city = cityFromDerived(word);
  return !!city && /ск$/u.test(city.name) && SHARED_STEMS.has(city.name.slice(0, -2).replace(/ь$/u, '').toLowerCase());
}

/** A foreign town this large is what a city adjective means when no hand list holds it (`Штутгартский университет`). */
const FOREIGN_MIN_POPULATION = 500_000;

/** A large town abroad whose sound the adjective's stem has: `штутгартский` → Штутгарт (Stuttgart). */
function foreignTownOfAdjective(prefix: string, stems: ReadonlySet<string>): GazetteerCity | null {
  for (const s of stems) {
    if (s.length < 4) continue;
    const name = capitalisedParts(prefix + s);
    // A town the world list gives Russian names for is named by one of them: `ильинский` (from a first name) only
    // sounds like Jilin, whose Russian names are Гирин and Цзилинь.
    const key = lookupKey(name);
    const town = worldCitiesLike(name).find(
      (t) => t.country !== HOME_COUNTRY && t.population >= FOREIGN_MIN_POPULATION && (!t.russian?.length || t.russian.some((n) => lookupKey(n) === key)),
    );
    if (town) return { id: cityIdFor(name), name, nameEn: town.name, country: town.country, population: town.population, variants: [], variantsEn: [] };
  }
  return null;
}

/** A Latin name compared without case, diacritics, apostrophes or hyphens. */
function foldLatin(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f'’ʹ-]/gu, '').toLowerCase();
}

/** Towns this large are what a city adjective of the report's country means when the hand gazetteer lacks them. */
const DERIVED_MIN_POPULATION = 100_000;
/** The same for a word the dictionary does not know at all: no prose adjective sounds like it. */
const UNKNOWN_DERIVED_MIN_POPULATION = 10_000;
// A town whose own name is an adjective (`Октябрьский`, `Советский`) is not what the adjective means.
const ADJECTIVE_NAME = /(sk|tsk|zk)(iy|ij|y|iy|oy|aya)$/iu;

/**
 * `тверские`, `пензенские`: a town of the report's own country that the hand gazetteer lacks, confirmed by a large
 * town of the world list whose sound one of the candidate names has; the candidate is its Russian name.
 */
function homeTownOfAdjective(prefix: string, stems: ReadonlySet<string>, minPopulation: number): GazetteerCity | null {
  // Candidates that sound alike (`твер`, `тверь`) find the same town: the one the dictionary knows as a place
  // name is its spelling, else the first.
  let found: { name: string; town: WorldCity } | null = null;
  for (const s of stems) {
    if (s.length < 4) continue;
    const name = (prefix + s).replace(/(^|-|\s)([a-zß-öø-ſа-ԯ])/gu, (_, dash: string, c: string) => dash + c.toUpperCase());
    // Spelled as the world list's name transliterates, not only alike in sound (`Кита` is not Chita).
    const latin = foldLatin(transliterateTitle(name));
    const town = worldCitiesLike(name).find((t) => t.country === HOME_COUNTRY && !t.section && t.population >= minPopulation && foldLatin(t.name) === latin);
    if (!town || ADJECTIVE_NAME.test(town.name) || (found && found.town !== town)) continue;
    if (readings(name).some((r) => r.known && r.parse.tag.Geox && r.lemma === s)) {
      found = { name, town };
      break;
    }
    found ??= { name, town };
  }
  if (!found) return null;
  const { name, town } = found;
  return { id: cityIdFor(name), name, nameEn: town.name, country: HOME_COUNTRY, population: town.population, variants: [], variantsEn: [] };
}

/** The shape of a word worth asking `cityFromDerived` about: a `-ский` adjective or a residents' noun. */
const DERIVED_SHAPE = /^(([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+-)?[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{2,}(ск|цк)(ий|ая|ое|ие|ого|ой|ому|ым|ом|ую|их|ими|им|ою)|[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{2,}(ичи|ичей|ичам|ичами|ичах|ич|ича|ичу|чане|чан|чанам|чанами|жане|жан|цы|цев|цам|цами|цах|яки|яков|якам|яками|яках))$/iu;
/** The endings alone: most words fail here at once, before DERIVED_SHAPE's backtracking over their letters. */
const DERIVED_ENDING = /((ск|цк)(ий|ая|ое|ие|ого|ой|ому|ым|ом|ую|их|ими|им|ою)|(ичи|ичей|ичам|ичами|ичах|ич|ича|ичу|чане|чан|чанам|чанами|жане|жан|цы|цев|цам|цами|цах|яки|яков|якам|яками|яках))$/iu;

export function hasDerivedShape(word: string): boolean {
  return hasKOrCheNearEnd(word) && DERIVED_ENDING.test(word) && DERIVED_SHAPE.test(word);
}

/**
 * Every ending above holds `к` (`ск`, `цк`, `як` and at most three letters), `ч` (`ич`, `чан`), `ц` (`цы`) or `ж`
 * (`жан`) among the word's last six letters: a word without either fails at once, without DERIVED_ENDING tried at each of its
 * positions (it is asked about every word of every sentence).
 */
function hasKOrCheNearEnd(word: string): boolean {
  for (let k = Math.max(0, word.length - 6); k < word.length; k++) {
    const c = word.charCodeAt(k);
    // к, ч; ц and ж of the residents' plurals (`ярославцы`, `вологжане`)
    if (c === 0x43a || c === 0x41a || c === 0x447 || c === 0x427 || c === 0x446 || c === 0x436) return true;
  }
  return false;
}
