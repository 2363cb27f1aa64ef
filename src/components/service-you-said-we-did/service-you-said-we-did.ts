import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Improvement } from '../../core/charter-types.js';
import * as improvements from '../../strings/improvements.js';
import * as figures from '../../strings/figures.js';
import type { ServiceYouSaidWeDidStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { ServiceElement } from '../service-element.js';
import { baseStyles } from '../base-styles.js';
import { clampLevel } from '../headings.js';
import { improvementStyles, improvementsView } from './improvements-view.js';

const monthNames = ({ quarter, months }: figures.FiguresStrings) => ({ quarter, months });

/**
 * "You said, we did": what residents told the organisation and what changed because of it,
 * with when, and the promise or service each is about. Reads the enclosing
 * `<service-charter>`'s `improvements` (the charter shows the same list as a section of its
 * own); `about` keeps only the entries about one promise or service.
 *
 * @tagname service-you-said-we-did
 * @summary What residents said, and what changed because of it.
 * @csspart improvements - The section.
 * @csspart improvement - One entry.
 * @csspart empty - Shown when the charter publishes no entries (about this promise or service).
 * @cssprop --service-color-border - The rule between entries.
 */
export class ServiceYouSaidWeDid extends ServiceElement<ServiceYouSaidWeDidStrings> {
  /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
  static override builtInStrings: StringTables<ServiceYouSaidWeDidStrings> = {
    en: { ...improvements.en, ...monthNames(figures.en) },
  };

  /** The shared defaults, then the list's own styles. */
  static override styles = [baseStyles, improvementStyles];

  /** Reactive properties, their attributes and how they convert (each field below says what it is). @internal */
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    about: {},
    improvements: { attribute: false },
  };

  /** The level of the section's heading (1–6). */
  headingLevel = 2;

  /** Show only the entries about this promise or service id. */
  about = '';

  /** The entries themselves (format 2's `improvements`), for use without a `<service-charter>`; wins over the charter's. */
  improvements?: Improvement[];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = clampLevel(this.headingLevel);
  }

  override render() {
    const charter = this.currentCharter;
    // In a charter that publishes none, say so: never a blank box.
    const all = this.improvements ?? charter?.improvements ?? (charter && []);
    if (!all) return nothing;
    const about = this.about;
    const shown = about ? all.filter((i) => i.promise === about || i.service === about) : all;
    const context = {
      text: this.text,
      language: this.language,
      pick: this.charterText.bind(this),
      headingLevel: this.headingLevel,
    };
    return shown.length
      ? improvementsView(shown, charter, context)
      : html`<p part="empty" class="empty">${this.text.noChanges}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-you-said-we-did': ServiceYouSaidWeDid;
  }
}
