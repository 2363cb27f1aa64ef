import { html, nothing, type TemplateResult } from 'lit';
import type { Notice } from '../core/charter-model.js';
import { isLocalDate } from '../core/read-schedule.js';
import type { LocalizedText } from '../core/text.js';
import { fill } from '../strings/format.js';
import type { CommonStrings } from '../strings/common.js';
import { formatTime } from '../strings/time-format.js';
import { formatLocalDate, fullDate, type DateNames } from '../strings/time-words.js';

// Apart from the view, so an element that draws notices only when a charter has them keeps its styles.
export { noticeStyles } from './notice-styles.js';

/** What a notice view needs to speak. */
export interface NoticeContext {
  text: CommonStrings & DateNames;
  language: string;
  /** Charter text to show, marked with its language where that differs. */
  pick: (text: LocalizedText | undefined) => string | TemplateResult;
  /** The charter's time zone, for a notice that ends at an instant. */
  timeZone: string;
}

/** When a notice ends, in words: "Until Friday 8 January." or "Until 5pm on Friday 8 January." */
function untilWords(notice: Notice, { text, language, timeZone }: NoticeContext): string {
  if (isLocalDate(notice.until)) return fill(text.noticeUntil, { date: formatLocalDate(notice.until, language, text) });
  const at = new Date(notice.until);
  return fill(text.noticeUntilTime, {
    time: formatTime(at, timeZone, language),
    date: fullDate(at, timeZone, language, text),
  });
}

/** Temporary notices, each prominent and saying when it ends; nothing when there are none. */
export function noticesView(notices: readonly Notice[], context: NoticeContext) {
  if (notices.length === 0) return nothing;
  return notices.map(
    (notice) =>
      html`<p part="notice" class="notice" data-notice=${notice.id}>
        <strong>${context.text.noticeLabel}</strong> ${context.pick(notice.text)} ${untilWords(notice, context)}
      </p>`,
  );
}
