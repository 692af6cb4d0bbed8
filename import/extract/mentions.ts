// What a sentence names: the shape every finder returns and every relation rule reads.
import type { EntityKind } from './types.js';

/** How a mention names its entity; rules treat "омская делегация" (adjective) like "делегация Омска". */
export type MentionVia = 'name' | 'adjective' | 'authority' | 'institution' | 'event' | 'residents';

export interface Mention {
  kind: EntityKind;
  /** The entity's stable id (`city:omsk`, `country:BY`, `inst:…`, `event:…`). */
  id: string;
  /** Offsets inside the sentence's text. */
  start: number;
  end: number;
  via: MentionVia;
  /** For an institution or authority: the city it belongs to, when known. */
  cityId?: string | null;
  /**
   * Part of a longer name: a place inside an event's name ("Форум «25-летие Астаны»") hints where it was held,
   * one inside an institution's ("библиотека города-побратима Стаханова") where it is; neither acts itself.
   */
  nestedIn?: 'Event' | 'Institution';
}

/** Mentions sorted by position, and, among those at one position, longest first. */
export function sortMentions(mentions: Mention[]): Mention[] {
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Drops mentions that lie inside a longer one of the kinds given (a city word inside an institution's name). */
export function dropNested(mentions: Mention[], outerKinds: ReadonlySet<EntityKind>): Mention[] {
  const outers = mentions.filter((m) => outerKinds.has(m.kind));
  return mentions.filter(
    (m) => outerKinds.has(m.kind) || !outers.some((o) => o !== m && o.start <= m.start && m.end <= o.end),
  );
}
