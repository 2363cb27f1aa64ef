import { html, type TemplateResult } from 'lit';
import type { AccessOffer, Charter, Site } from '../../core/charter-types.js';
import type { LocalizedText } from '../../core/text.js';
import { accessOfferWords, languageList } from '../../strings/access-words.js';
import type { ServiceCharterStrings } from '../../strings/element-strings.js';
import { fill } from '../../strings/format.js';
import type { MarkWords } from '../../strings/promise-words.js';
import { heading } from '../headings.js';
import { contactView } from './channel-view.js';

/** What the charter's own views need: all its strings, the language and pickers. */
export interface CharterView {
  text: ServiceCharterStrings;
  language: string;
  /** Charter text to show, marked with its language where that differs. */
  pick: (text: LocalizedText | undefined) => string | TemplateResult;
  /** Charter text as a plain string, for words built into a sentence. */
  plain: (text: LocalizedText | undefined) => string;
  /** Marks words taken from a charter text with that text's language, where it differs. */
  marker: (text: LocalizedText | undefined) => MarkWords;
  headingLevel: number;
}

/** Access and language promises, as a list under their own heading. */
export function accessView(
  offers: readonly AccessOffer[],
  { text, language, pick, plain, marker, headingLevel }: CharterView,
) {
  return html`<section part="access" class="access">
    ${heading(headingLevel, text.access)}
    <ul class="values">
      ${offers.map(
        (offer) =>
          html`<li data-access=${offer.id}>
            ${accessOfferWords(offer, language, text, plain(offer.text), marker(offer.text))}
            ${offer.offer !== 'custom' && offer.text ? html`<br />${pick(offer.text)}` : ''}
            ${offer.languages?.length ? html`<br />${fill(text.languages, { languages: languageList(offer.languages, language, text) })}` : ''}
          </li>`,
      )}
    </ul>
  </section>`;
}

/** The sites a channel is available at, each with its address, contact details and opening hours. */
export function sitesView(ids: readonly string[], charter: Charter, { text, pick, headingLevel }: CharterView) {
  const sites = ids.map((id) => charter.sites.find((site) => site.id === id)).filter((s): s is Site => !!s);
  return html`<div part="sites" class="sites">
    ${heading(headingLevel, text.sites)}
    <ul>
      ${sites.map(
        (site) =>
          html`<li data-site=${site.id}>
            <strong>${pick(site.name)}</strong>
            ${site.address ? html`<address>${pick(site.address)}</address>` : ''}
            ${contactView(site.contact, text, pick)}
            ${site.hours && !site.hours.workingDaysOnly ? html`<service-hours site=${site.id} heading-level=${headingLevel + 1}></service-hours>` : ''}
          </li>`,
      )}
    </ul>
  </div>`;
}
