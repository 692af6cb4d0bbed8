// A lead line and its items: "подписано 3 соглашения:" followed by "- о сотрудничестве между городом A и городом B".
// Each item is read with its lead, so the document, the verb and the year reach it; the item alone stays the evidence.

// A list item that continues its lead line: it starts in lower case, after an optional marker.
const LIST_ITEM = /^\s*([-–—•]\s*)?[a-zß-öø-ſа-ԯ]/u;
// An item that another follows ends with a semicolon.
const ITEM_GOES_ON = /;\s*$/;
// A lead announces its items with a final colon, or is a heading of twin or partner cities with none
// ("Города-побратимы Кирова", "Города-партнёры"), read as if it had one.
const LEAD = /:\s*$/;
// A heading of plans ("3. Задачи на 2024 год", "Планы на 2025 год") leads the items after it the same way: they are
// plans.
const HEADING_LEAD = /^([^.!?:;]{0,60}(побратим|партн[её]р)[^.!?:;]{0,40}|(\d+\.\s*)?(задачи|планы)\s+на\s+(19|20)\d\d(\s*[-–]\s*(19|20)\d\d)?\s+год[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)$/iu;
// A short line with no full stop: "Гомель (Беларусь)" under "Города-партнёры:", an item rather than a sentence.
const BARE_LINE = /^[^.!?]{1,100}$/u;

export class ListLead {
  private lead: string | null = null;
  private item = false;
  /** The last item ended with a semicolon: the list goes on. */
  private open = false;

  /**
   * The text a rule reads before this sentence: its lead and a space when the sentence is an item, else nothing.
   * `opensWithName`: the sentence starts with a named place or body (the finders' mentions).
   */
  prefixOf(text: string, opensWithName = false, marked = false): string {
    // After an item closed by a semicolon, one that opens with a name is an item too ("Иркутска.").
    // "- Мозырь (Беларусь);": a line with a list marker that opens with a name is an item, the first one too, and so
    // is one that ends with a semicolon ("Гомель (Беларусь) — с 1995 года;") or is a bare name line.
    this.item =
      this.lead !== null &&
      (LIST_ITEM.test(text) || (opensWithName && (this.open || marked || ITEM_GOES_ON.test(text) || BARE_LINE.test(text))));
    return this.item ? (LEAD.test(this.lead!) ? `${this.lead} ` : `${this.lead}: `) : '';
  }

  /** After the sentence: a new lead starts, an item keeps the lead, anything else ends the list. */
  advance(text: string): void {
    if (LEAD.test(text) || (!this.item && text.length <= 100 && HEADING_LEAD.test(text))) this.lead = text;
    else if (!this.item) this.lead = null;
    this.open = this.lead !== null && this.item && ITEM_GOES_ON.test(text);
  }
}
