import { html, nothing } from 'lit';
import type { ChannelContact } from '../../core/charter-types.js';
import type { LocalizedText } from '../../core/text.js';
import type { PolicyStrings } from '../../strings/policy.js';

/** A `tel:` URI from a written phone number: digits and a leading + only. */
export const telHref = (phone: string): string => `tel:${phone.replace(/(?!^\+)[^\d]/g, '')}`;

/** Contact details (a channel's, a site's, an ombudsman's) as links limited to tel:, mailto: and https:. */
export function contactView(
  contact: ChannelContact | undefined,
  text: Pick<PolicyStrings, 'phone' | 'email' | 'online' | 'address'>,
  pick: (t: LocalizedText) => string,
) {
  if (!contact) return nothing;
  const rows: [string, unknown][] = [];
  if (contact.phone) rows.push([text.phone, html`<a href=${telHref(contact.phone)}>${contact.phone}</a>`]);
  if (contact.email) rows.push([text.email, html`<a href=${`mailto:${contact.email}`}>${contact.email}</a>`]);
  if (contact.url)
    rows.push([text.online, html`<a href=${contact.url}>${contact.url.replace(/^https?:\/\//i, '')}</a>`]);
  if (contact.address) rows.push([text.address, html`<address>${pick(contact.address)}</address>`]);
  return html`<dl part="contact" class="contact">
    ${rows.map(
      ([label, value]) =>
        html`<div>
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}
