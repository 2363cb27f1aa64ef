import { html, isServer, LitElement, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import {
  CHARTER_PROVIDER,
  charterContext,
  enclosingCharter,
  type CharterContextValue,
  type CharterProviderState,
} from '../context/charter-context.js';
import { clockContext, fixedClock, systemClock, type Clock } from '../context/clock.js';
import { consumeContext } from '../context/context-protocol.js';
import type { Charter } from '../core/charter-types.js';
import { pickTextIn, type LocalizedText } from '../core/text.js';
import { languageTable, pendingLanguage, shipsLanguage } from '../strings/languages.js';
import { baseLanguage, stringsIn, type StringTables } from '../strings/tables.js';
import { unwatchLanguage, watchLanguage } from './language-watch.js';

/** Marks the top of a shadow root whose built-in strings are in another language than the page. */
const BUILT_IN_MARK = 'data-built-in-lang';

/**
 * The nearest non-empty `lang` on an element or its ancestors, crossing shadow roots; a locale
 * written with underscores, as some content systems write it (`cy_GB`), is read as `cy-GB`.
 */
function closestLang(start: Element): string | undefined {
  for (
    let node: Element | null = start;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    const lang = node.getAttribute('lang');
    // Our own mark on built-in English strings says what they are in, not what the page is in.
    if (lang && !node.hasAttribute(BUILT_IN_MARK)) return lang.replace(/_/g, '-');
  }
  return undefined;
}

/**
 * The one thin base of every service-charter element: the charter from context,
 * the language to speak and the strings to say it with. `S` is the shape of the
 * element's own strings, so `this.text` offers only the keys it bundles.
 */
export class ServiceElement<S extends object = object> extends LitElement {
  /**
   * The element's built-in strings by base language; English is the fallback. Each element
   * sets its English, so a bundle carries only the strings its elements use; the Welsh is
   * imported when an element speaks it, in two parts (strings/languages.ts): the first holds
   * the strings of the charter's chunk, and an element with others sets `moreStrings`.
   */
  static builtInStrings: StringTables<object> = { en: {} };

  /** Whether the element speaks strings beyond a language's first part, so waits for both. */
  declare static moreStrings?: boolean;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  /** Reactive properties, their attributes and how they convert (each field below says what it is). @internal */
  static override properties: PropertyDeclarations = {
    strings: { attribute: false },
    now: { converter: (value) => (value && !isNaN(Date.parse(value)) ? new Date(value) : undefined) },
    clock: { attribute: false },
  };

  /** Overrides for any fixed string the element shows (see the element's strings type). */
  strings: Partial<S> = {};

  /**
   * Pretend the time is this instant (ISO 8601, e.g. `2026-11-24T10:00:00Z`): for
   * previews, stories and tests. The element then shows that moment and stays there.
   */
  now?: Date;

  /** A clock to read the time from; wins over `now` and over the enclosing charter's clock. */
  clock?: Clock;

  /** The enclosing charter's clock, if any. */
  private contextClock = consumeContext(this, clockContext);

  /** The time source in force: `clock`, else `now`, else the enclosing charter's, else the system's. */
  protected get activeClock(): Clock {
    // React and Vue set the property, not the attribute, to the string a page author wrote.
    const now = this.now === undefined ? undefined : new Date(this.now as Date | string);
    return this.clock ?? (now && !isNaN(+now) ? fixedClock(now) : (this.contextClock.value ?? systemClock));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguage(this);
  }

  private charterConsumer = consumeContext(this, charterContext);

  /** The charter provided by an enclosing `<service-charter>`, if any. */
  protected get charterContext(): CharterContextValue | undefined {
    return this.charterConsumer.value;
  }

  /** The charter this element speaks for: the enclosing one (`<service-charter>` returns its own). */
  protected get currentCharter(): Charter | undefined {
    return this.charterContext?.charter;
  }

  /** The languages and strings read once for the update in progress (a render asks for them many times). */
  private spokenInUpdate?: { page: string; language: string; text: S };

  /** The enclosing charter's context as last drawn. */
  private drawnWith?: CharterContextValue;

  protected override update(changed: PropertyValues): void {
    this.drawnWith = this.charterContext;
    const spoken = { page: this.pageLanguage, language: this.language, text: this.text };
    this.spokenInUpdate = spoken;
    try {
      super.update(changed);
    } finally {
      this.spokenInUpdate = undefined;
    }
    this.markFallback(sameLanguage(spoken.language, spoken.page) ? undefined : spoken.language);
  }

  /**
   * The page's language: the nearest `lang` on the element or its ancestors (crossing shadow
   * roots), else the charter's language, else English. Charter texts are picked in it.
   */
  protected get pageLanguage(): string {
    return this.spokenInUpdate?.page ?? closestLang(this) ?? this.currentCharter?.language ?? 'en';
  }

  private get tables(): StringTables<S> {
    return (this.constructor as typeof ServiceElement).builtInStrings as StringTables<S>;
  }

  /**
   * The language the element speaks: the page's where it has built-in strings in it (loaded
   * or still to load), else English. Its sentences, dates, numbers and plurals are all in it.
   */
  protected get language(): string {
    if (this.spokenInUpdate) return this.spokenInUpdate.language;
    const page = this.pageLanguage;
    return this.tables[baseLanguage(page)] || shipsLanguage(page) ? page : 'en';
  }

  /**
   * Holds an update until it can render as it should:
   * - while the element's language's strings are on their way, so it never shows English first
   *   and then Welsh (and hydrates server-rendered Welsh as it is);
   * - an element placed in the page's own DOM renders for the first time in a task of its own,
   *   and so it does when its charter has just arrived (read, changed, or with its bank holidays),
   *   so a page with several elements never renders them all in one long task, neither when the
   *   script runs nor when a charter's document comes in. Until then it shows what it showed (at
   *   first, nothing, as before the script ran). A charter renders at once (the page holds its
   *   room until it is defined, and the elements inside wait for it, then follow it), and so do
   *   elements drawn inside another element's shadow root, with it;
   * - while the chunks a subclass names in `chunksToWait()` arrive.
   * A first update held for a chunk calls `whileFirstHeld()`, so an element can keep its room.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const first = !isServer && !this.hasUpdated;
    const ownTask =
      (first || this.charterContext !== this.drawnWith) &&
      !(CHARTER_PROVIDER in this) &&
      this.getRootNode() === this.ownerDocument;
    const chunks = [
      pendingLanguage(this.language, this.constructor as typeof ServiceElement),
      ...this.chunksToWait(),
    ].filter(Boolean);
    if (first && chunks.length) this.whileFirstHeld();
    const waits = ownTask ? [...chunks, new Promise((resolve) => setTimeout(resolve, 0))] : chunks;
    return waits.length ? Promise.all(waits).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Chunks this element's next update needs besides its strings: by default, those the
   * enclosing charter waits for to read its document, so the element never speaks without it.
   */
  protected chunksToWait(): (Promise<unknown> | undefined)[] {
    const charter = enclosingCharter(this) as { [CHARTER_PROVIDER]?: CharterProviderState } | undefined;
    return [charter?.[CHARTER_PROVIDER]?.pending];
  }

  /** Called when the first update waits for a chunk; nothing by default, as before the script ran. */
  protected whileFirstHeld(): void {}

  /** Built-in strings for the language, with this element's overrides. */
  protected get text(): S {
    if (this.spokenInUpdate) return this.spokenInUpdate.text;
    const lang = this.language;
    const loaded = languageTable(lang, this.constructor as typeof ServiceElement) as S | undefined;
    return stringsIn(loaded ? { [baseLanguage(lang)]: loaded, ...this.tables } : this.tables, lang, this.strings);
  }

  /**
   * On a page in a language the element has no strings in, its rendered content is marked
   * with the language it falls back to, so assistive technology reads it as English.
   */
  private markFallback(fallback: string | undefined): void {
    for (const child of this.renderRoot.children) {
      if (child instanceof HTMLStyleElement) continue;
      if (fallback) {
        child.setAttribute('lang', fallback);
        child.setAttribute(BUILT_IN_MARK, '');
      } else if (child.hasAttribute(BUILT_IN_MARK)) {
        child.removeAttribute('lang');
        child.removeAttribute(BUILT_IN_MARK);
      }
    }
  }

  /** A charter text in the element's language, as a string (for attributes and sentences). */
  protected pick(text: LocalizedText | undefined): string {
    return this.pickIn(text).text;
  }

  /** A charter text in the element's language, and the language it is actually written in. */
  protected pickIn(text: LocalizedText | undefined) {
    return pickTextIn(text, this.pageLanguage, this.currentCharter?.language);
  }

  /**
   * A charter text to show: marked with the language it is written in (`<span lang>`) when that
   * is not the element's, so an English charter on a Welsh page is read as English.
   */
  protected charterText(text: LocalizedText | undefined): string | TemplateResult {
    return inLanguage(this.pickIn(text), this.language);
  }

  /** Marks words taken from a charter text (and built into a sentence) with the language that text is written in. */
  protected charterMarker(source: LocalizedText | undefined): (words: string) => string | TemplateResult {
    const { lang } = this.pickIn(source);
    return (words) => inLanguage({ text: words, lang }, this.language);
  }
}

/** Whether two language tags name the same language (`cy` and `cy-GB` do). */
export const sameLanguage = (a: string, b: string): boolean => baseLanguage(a) === baseLanguage(b);

/** Words in `lang`, marked as such when `lang` is not the surrounding `around` language. */
export function inLanguage({ text, lang }: { text: string; lang: string }, around: string): string | TemplateResult {
  return !text || sameLanguage(lang, around) ? text : html`<span lang=${lang}>${text}</span>`;
}
