// What the institutions finder returns: an organisation named in a sentence, or a city's own authority.

export type InstitutionType =
  | 'university'
  | 'school'
  | 'library'
  | 'museum'
  | 'theatre'
  | 'ensemble'
  | 'chamber'
  | 'diplomatic'
  | 'company'
  | 'government'
  | 'association'
  | 'centre'
  | 'other';

export interface InstitutionMention {
  /** Nominative, as the name is written: `Омский государственный университет им. Ф.М. Достоевского`. */
  name: string;
  /** The words as they stand in the text. */
  surface: string;
  /** Offsets in the full text. */
  start: number;
  end: number;
  type: InstitutionType;
  /** The city word inside or right after the name, raw (`Омска` from `города Омска`), for the caller to resolve. */
  cityWord?: string | null;
  /** A place adjective among the modifiers, raw (`Омского`, `Урумчийским`): a weaker hint of the city. */
  cityAdjective?: string | null;
}

export interface CityAuthorityMention {
  /** The city's word, raw: `Омска`, `Фучжоу`, `Гродненского` (an adjective), `Томск` (from `МО «Город Томск»`). */
  cityWord: string;
  surface: string;
  start: number;
  end: number;
}
