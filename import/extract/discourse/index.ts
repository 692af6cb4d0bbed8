// The discourse stage: what each sentence is read with beyond its own words. Sentences come in order; the stage
// keeps the topic city and event, the lead line of a list, the partner networks of events and what a sentence may
// refer back to (recall.ts), and hands every sentence to the relation rules with that frame.
import type { Mention } from '../mentions.js';
import type { Sentence } from '../types.js';
import { headingCity, topicAfter } from './topic.js';
import { ListLead } from './list-lead.js';
import { inlineListPieces } from './inline-list.js';
import { partnerNetworksIn } from './partner-networks.js';
import { NO_RECALL, recallAfter, yearReferredTo, type Recall } from './recall.js';

export type { Recall } from './recall.js';

/** One sentence as the relation rules read it. */
export interface Frame {
  /** The sentence, after its list lead when it is a list item; mention offsets point into it. */
  text: string;
  mentions: Mention[];
  topicCityId: string | null;
  topicEventId: string | null;
  partnerNetworkOf: (eventId: string) => string | null;
  recall: Recall;
  /** The year "Тогда …" points back to, to use instead of the report's; null otherwise. */
  yearReferredTo: number | null;
}

export class Discourse {
  private topicCityId: string | null = null;
  private topicEventId: string | null = null;
  private readonly partnerNetworks = new Map<string, string>();
  private readonly lead = new ListLead();
  private recall: Recall = NO_RECALL;
  // One function per report, not one per sentence's frame.
  private readonly partnerNetworkOf = (id: string): string | null => this.partnerNetworks.get(id) ?? null;

  /** `reportYear`: the text's own year, what a sentence's "в прошлом году" counts from. */
  constructor(
    private readonly reportCityId: string | null,
    private readonly reportYear: number | null = null,
  ) {}

  /** The frame of the next sentence; call `advance` with the same sentence after its relations are read. */
  /** `marked`: the sentence opens a line after a list marker (`- `, `• `), which sentences leave out. */
  frame(sentence: Sentence, mentions: Mention[], marked = false): Frame {
    const heading = headingCity(sentence.text, mentions, this.reportCityId);
    if (heading) {
      this.topicCityId = heading;
      this.topicEventId = null;
    }
    const prefix = this.lead.prefixOf(sentence.text, mentions.some((m) => m.start === 0 && m.via === 'name'), marked);
    const shift = prefix.length;
    return {
      text: prefix + sentence.text,
      mentions: shift ? mentions.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })) : mentions,
      topicCityId: this.topicCityId,
      topicEventId: this.topicEventId,
      partnerNetworkOf: this.partnerNetworkOf,
      recall: this.recall,
      yearReferredTo: yearReferredTo(sentence.text, this.recall),
    };
  }

  /** The frames a sentence is read as: one, or one per item of a list inside it (inline-list.ts). */
  frames(sentence: Sentence, mentions: Mention[], marked = false): Frame[] {
    const whole = this.frame(sentence, mentions, marked);
    const pieces = inlineListPieces(whole.text, whole.mentions);
    return pieces ? pieces.map((p) => ({ ...whole, text: p.text, mentions: p.mentions })) : [whole];
  }

  advance(sentence: Sentence, mentions: Mention[]): void {
    this.topicCityId = topicAfter(mentions, this.reportCityId, this.topicCityId);
    this.topicEventId = [...mentions].reverse().find((m) => m.kind === 'Event')?.id ?? this.topicEventId;
    for (const [eventId, cityId] of partnerNetworksIn(sentence.text, mentions)) this.partnerNetworks.set(eventId, cityId);
    this.lead.advance(sentence.text);
    this.recall = recallAfter(this.recall, sentence.text, mentions, this.reportCityId, this.reportYear);
  }
}
