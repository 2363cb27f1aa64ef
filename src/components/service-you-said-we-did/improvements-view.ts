import { html, type TemplateResult } from 'lit';
import type { Charter, Improvement } from '../../core/charter-types.js';
import { promiseName } from '../../core/promise-name.js';
import type { LocalizedText } from '../../core/text.js';
import type { FiguresStrings } from '../../strings/figures.js';
import { fill, formatPeriod } from '../../strings/format.js';
import type { ImprovementStrings } from '../../strings/improvements.js';
import { heading } from '../headings.js';

// Apart from the view, so the charter keeps them while it imports the view only for a document with entries.
export { improvementStyles } from './improvement-styles.js';

/** The strings the list needs: its own, and how a month is named. */
export type ImprovementsText = ImprovementStrings & Pick<FiguresStrings, 'quarter' | 'months'>;

export interface ImprovementsContext {
  text: ImprovementsText;
  language: string;
  /** A charter text in the element's language, marked with its own when that differs. */
  pick: (text: LocalizedText | undefined) => string | TemplateResult;
  headingLevel: number;
  /** The in-page target of what an entry is about (`#promise-…`), when it is on the same page. */
  href?: (about: 'promise' | 'service', id: string) => string;
}

/** A month ("March 2026") or a day ("14 March 2026"), as published. */
function monthOrDay(value: string, { language, text }: ImprovementsContext): string {
  const month = formatPeriod(value.slice(0, 7), language, text.quarter, text.months);
  return value.length > 7 ? `${Number(value.slice(8))} ${month}` : month;
}

/** What an entry is about, by name, linked when the page shows it; undefined when it names nothing. */
function about(improvement: Improvement, charter: Charter | undefined, context: ImprovementsContext) {
  const kind = improvement.promise === undefined ? 'service' : 'promise';
  const id = improvement.promise ?? improvement.service;
  const promise = charter?.promises.find((p) => p.id === id);
  const name =
    kind === 'promise' ? promise && promiseName(promise, charter) : charter?.services.find((s) => s.id === id)?.name;
  if (id === undefined || name === undefined) return undefined;
  const href = context.href?.(kind, id);
  const shown = context.pick(name);
  return href ? html`<a href=${href}>${shown}</a>` : shown;
}

/** "You said, we did": each entry with what was said, what changed, when, and what it is about. */
export function improvementsView(
  improvements: readonly Improvement[],
  charter: Charter | undefined,
  context: ImprovementsContext,
) {
  const { text, pick } = context;
  return html`<section part="improvements" class="improvements">
    ${heading(context.headingLevel, text.youSaidWeDid)}
    <ul>
      ${improvements.map((improvement) => {
        const done = monthOrDay(improvement.doneOn, context);
        const when = improvement.saidOn
          ? fill(text.saidAndDone, { said: monthOrDay(improvement.saidOn, context), done })
          : fill(text.changedOn, { done });
        const shown = about(improvement, charter, context);
        const rows: [string, unknown][] = [
          [text.youSaid, pick(improvement.youSaid)],
          [text.weDid, pick(improvement.weDid)],
          [text.changedWhen, when],
          ...(shown === undefined ? [] : [[text.aboutThis, shown] as [string, unknown]]),
        ];
        return html`<li part="improvement" data-improvement=${improvement.id}>
          <dl>
            ${rows.map(
              ([term, words]) =>
                html`<dt>${term}</dt>
                  <dd>${words}</dd>`,
            )}
          </dl>
        </li>`;
      })}
    </ul>
  </section>`;
}

/**
 * Follows a link to `#id` inside `root` (a shadow root, where the browser's own fragment
 * navigation cannot look): moves focus to the target, which scrolls it into view.
 */
export function followInPageLink(event: Event, root: ShadowRoot | null): void {
  const link = (event.composedPath()[0] as Element | undefined)?.closest?.('a[href^="#"]');
  const target = link && root?.getElementById(link.getAttribute('href')!.slice(1));
  if (!target) return;
  event.preventDefault();
  // Focusing scrolls the target into view.
  target.tabIndex = -1;
  target.focus();
}
