// The discourse stage: what each sentence is read with beyond its own words. Sentences come in order; the stage
// keeps the topic city and event, the lead line of a list, the partner networks of events and what a sentence may
// refer back to (recall.ts), and hands every sentence to the relation rules with that frame.
import type { Mention } from '../mentions.js';
import type { Sentence } from '../types.js';
import { headingCity, namesPartner, topicAfter } from './topic.js';
import { ListLead } from './list-lead.js';
import { inlineListPieces } from './inline-list.js';
import { yearOfMonths } from './page-month.js';
import { partnerNetworksIn } from './partner-networks.js';
import { isPlanned } from '../relations/cues.js';
import { NO_RECALL, recallAfter, yearReferredTo, type Recall } from './recall.js';

export type { Recall } from './recall.js';

// "12 июля.", "3 марта 2023 г.", "Июль": a date alone on its line opens a chronicle's entry.
// A page's dateline, with its year, dates the page, not the events it tells of: it is no entry's date.
const DATE_LINE = /^(\d{1,2}(\s*[-–]\s*\d{1,2})?\s+)?(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\.?$/iu;
// A line with no full stop at its end: a heading, which ends the entry.
const HEADING = /^[^.!?]{1,120}$/u;

/** One sentence as the relation rules read it. */
export interface Frame {
  /** The sentence, after its list lead when it is a list item; mention offsets point into it. */
  text: string;
  mentions: Mention[];
  topicCityId: string | null;
  /** The partner city whose section of a portal page this sentence stands in (its heading line named it), or null. */
  sectionCityId: string | null;
  topicEventId: string | null;
  /** The topic event was named by the sentence right before this one. */
  topicEventJustNamed: boolean;
  /** Where an event was held, as a sentence before stated (HELD_IN); null when none did. */
  placeOfEvent: (eventId: string) => string | null;
  partnerNetworkOf: (eventId: string) => string | null;
  recall: Recall;
  /** The cities whose guests came to the reporting city earlier in this paragraph. */
  guests: readonly string[];
  /**
   * The year to use instead of the report's: the one "Тогда …" points back to, or the year before a news page's
   * for a month later than its date (page-month.ts); null otherwise.
   */
  yearReferredTo: number | null;
}

// A sentence that opens with an event's head noun speaks of the event named last.
const EVENT_AS_SUBJECT = /^\s*(фестивал|форум|праздник|мероприяти|конкурс|выставк|ярмарк|турнир|конференци|чемпионат)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;

export class Discourse {
  private topicCityId: string | null = null;
  private sectionCityId: string | null = null;
  /** The sentence just read was a section's heading line: the paragraph after it is the section. */
  private headingJustRead = false;
  private topicEventId: string | null = null;
  private topicEventJustNamed = false;
  private readonly partnerNetworks = new Map<string, string>();
  private readonly lead = new ListLead();
  private recall: Recall = NO_RECALL;
  /** A chronicle's date line ("12 июля."), which dates the sentences after it until the next one or a heading. */
  private dateHeading: string | null = null;
  // One function per report, not one per sentence's frame; the report-level pass asks it too (finish.ts).
  readonly partnerNetworkOf = (id: string): string | null => this.partnerNetworks.get(id) ?? null;
  private readonly eventPlaces = new Map<string, string>();
  private readonly placeOfEvent = (id: string): string | null => this.eventPlaces.get(id) ?? null;
  private guests: readonly string[] = [];

  /** `reportYear`: the text's own year, what a sentence's "в прошлом году" counts from. */
  constructor(
    private readonly reportCityId: string | null,
    private readonly reportYear: number | null = null,
    /** The month of a news page's date, when the report's year is the page's. */
    private readonly pageMonth: number | null = null,
    /** The partner the text's lead names first: the topic of a sentence before it that names none (topic.ts leadPartner). */
    private readonly leadPartnerId: string | null = null,
  ) {}

  /** The frame of the next sentence; call `advance` with the same sentence after its relations are read. */
  /**
   * `marked`: the sentence opens a line after a list marker (`- `, `• `), which sentences leave out. An item opens
   * with a place's name or a body's ("– Торгово-промышленной палатой Бурсы (Турция) – с 2019 года;").
   */
  frame(sentence: Sentence, mentions: Mention[], marked = false): Frame {
    const heading = headingCity(sentence.text, mentions, this.reportCityId);
    if (heading) {
      this.topicCityId = heading;
      this.sectionCityId = heading;
      this.headingJustRead = true;
      this.topicEventId = null;
    }
    const prefix = (this.dateHeading ? `${this.dateHeading} ` : '') + this.lead.prefixOf(sentence.text, mentions.some((m) => m.start === 0 && (m.via === 'name' || m.kind === 'Institution')), marked);
    const shift = prefix.length;
    return {
      text: prefix + sentence.text,
      mentions: shift ? mentions.map((m) => ({ ...m, start: m.start + shift, end: m.end + shift })) : mentions,
      topicCityId: this.topicCityId ?? (namesPartner(mentions, this.reportCityId) ? null : this.leadPartnerId),
      sectionCityId: this.sectionCityId,
      topicEventId: this.topicEventId,
      topicEventJustNamed: this.topicEventJustNamed,
      placeOfEvent: this.placeOfEvent,
      partnerNetworkOf: this.partnerNetworkOf,
      recall: this.recall,
      guests: this.guests,
      yearReferredTo: yearReferredTo(sentence.text, this.recall) ?? yearOfMonths(sentence.text, this.reportYear, this.pageMonth),
    };
  }

  /** The frames a sentence is read as: one, or one per item of a list inside it (inline-list.ts). */
  frames(sentence: Sentence, mentions: Mention[], marked = false): Frame[] {
    const whole = this.frame(sentence, mentions, marked);
    const pieces = inlineListPieces(whole.text, whole.mentions);
    return pieces ? pieces.map((p) => ({ ...whole, text: p.text, mentions: p.mentions })) : [whole];
  }

  /** Where the relation rules found an event held (HELD_IN), for the sentences after. */
  noteHeld(eventId: string, cityId: string): void {
    if (!this.eventPlaces.has(eventId)) this.eventPlaces.set(eventId, cityId);
  }

  /** A visit the rules found: guests from a city to the reporting one are who "гости", "затем делегация" go on to mean. */
  noteVisit(source: string, target: string): void {
    if (target === this.reportCityId && source !== target && source.startsWith('city:') && !this.guests.includes(source)) this.guests = [...this.guests, source];
  }

  /**
   * `startsLine`: the sentence opens its line, as a chronicle's date does ("12 июля. В Саратове …");
   * `endsParagraph`: it ends its line (a paragraph of the normalised text).
   */
  advance(sentence: Sentence, mentions: Mention[], startsLine = false, endsParagraph = false): void {
    this.topicCityId = topicAfter(mentions, this.reportCityId, this.topicCityId);
    // A section is its heading and the paragraph under it.
    if (endsParagraph && !this.headingJustRead) this.sectionCityId = null;
    if (endsParagraph) this.guests = [];
    this.headingJustRead = false;
    // "Стороны договорились провести в Бишкеке Дни Уфы": a planned event is not the one the text goes on about.
    const named = isPlanned(sentence.text) ? undefined : [...mentions].reverse().find((m) => m.kind === 'Event')?.id;
    // "Фестиваль организован администрацией города.": a sentence about the event just named keeps it just named.
    this.topicEventJustNamed = named !== undefined || (this.topicEventJustNamed && EVENT_AS_SUBJECT.test(sentence.text));
    this.topicEventId = named ?? this.topicEventId;
    for (const [eventId, cityId] of partnerNetworksIn(sentence.text, mentions)) this.partnerNetworks.set(eventId, cityId);
    this.lead.advance(sentence.text);
    if (startsLine && sentence.text.length <= 40 && DATE_LINE.test(sentence.text)) this.dateHeading = sentence.text.replace(/\.\s*$/u, '');
    else if (this.dateHeading !== null && sentence.text.length <= 120 && HEADING.test(sentence.text)) this.dateHeading = null;
    this.recall = recallAfter(this.recall, sentence.text, mentions, this.reportCityId, this.reportYear);
  }
}
