import { html, nothing } from 'lit';
import type { ChannelContact } from '../../core/charter-types.js';
import type { LocalizedText } from '../../core/text.js';
import type { PolicyStrings } from '../../strings/policy.js';

/** A `tel:` URI from a written phone number: digits and a leading + only. */
export const telHref = (phone: string): string => `tel:${phone.replace(/(?!^\+)[^\d]/g, '')}`;

/**
 * An email address or web address with line-break opportunities where a reader expects a
 * break (after `@` and `/`, before `.`), so a narrow card wraps it between its parts rather
 * than mid-word; a part longer than the line still breaks, as a last resort.
 */
export const breakableAddress = (address: string) =>
  address.split(/(?<=[@/])|(?=\.)/).map((part, index) => (index ? html`<wbr />${part}` : part));

/**
 * Contact details (a channel's, a site's, an ombudsman's) as links limited to tel:, mailto:
 * and https:. Numbers and addresses are written left to right in an isolate (`dir="ltr"`),
 * so a right-to-left page shows "01632 960000", not "960000 01632".
 */
export function contactView(
  contact: ChannelContact | undefined,
  text: Pick<PolicyStrings, 'phone' | 'email' | 'online' | 'address'>,
  pick: (t: LocalizedText) => unknown,
) {
  if (!contact) return nothing;
  const rows: [string, unknown][] = [];
  if (contact.phone) rows.push([text.phone, html`<a href=${telHref(contact.phone)} dir="ltr">${contact.phone}</a>`]);
  if (contact.email)
    rows.push([
      text.email,
      html`<a href=${`mailto:${contact.email}`} dir="ltr">${breakableAddress(contact.email)}</a>`,
    ]);
  if (contact.url)
    rows.push([
      text.online,
      html`<a href=${contact.url} dir="ltr">${breakableAddress(contact.url.replace(/^https?:\/\//i, ''))}</a>`,
    ]);
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
