import { html, nothing, type PropertyDeclarations } from 'lit';
import type { Channel, Charter, CharterPromise, CharterSchedule, Duration } from '../../core/charter-types.js';
import { isOrganisationWide, nextNoticeChange } from '../../core/active-notices.js';
import { activeNotices } from '../../core/notices.js';
import { needsBankHolidayUrl } from '../../core/bank-holidays.js';
import { promiseCalendars, promiseDeadlines } from '../../core/promise-deadlines.js';
import { unitOf } from '../../core/read-targets.js';
import { noticeStyles, noticesView } from '../notices-view.js';
import { ProblemLog } from '../../core/problems.js';
import { targetReader } from '../../core/read-schedule.js';
import type { Schedule, Target } from '../../core/schedule-types.js';
import { deadline, openState } from '../../core/time.js';
import { localDayOf, startOfLocalDay } from '../../core/time-zone.js';
import { fill } from '../../strings/format.js';
import { visitorTimeZone } from '../../strings/time-format.js';
import { sameLocalDate, whenInWords } from '../../strings/when-words.js';
import { scheduleSource } from '../schedule-source.js';
import * as hours from '../../strings/hours.js';
import * as common from '../../strings/common.js';
import * as policy from '../../strings/policy.js';
import * as promises from '../../strings/promises.js';
import { promiseResponse } from './promise-response.js';
import { partText, partView, sentenceParts, type Part } from '../deadline-parts.js';
import { nounKeyOf } from '../../strings/promise-words.js';
import type { ServiceResponseTimeStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { ScheduledElement } from '../scheduled-element.js';
import { baseStyles } from '../base-styles.js';
import { inlineProblemStyles } from '../inline-problem-styles.js';

const MINUTE_MS = 60_000;
const readTarget = /* @__PURE__ */ targetReader<Duration>(true);
/** Targets of elapsed time: no opening hours needed, and the deadline moves on with every minute. */
const ELAPSED = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks']);

/** An attribute's JSON, or the text itself when it is not JSON (then reported as an invalid target). */
const jsonAttribute = (value: string | null): unknown => {
  try {
    return value === null ? undefined : JSON.parse(value);
  } catch {
    return value;
  }
};

interface ResponseView {
  timeZone: string;
  /** The schedule's bank holidays could not be loaded, so the deadline may fall on one. */
  holidaysMissing: boolean;
  /** The schedule's bank holidays are still on their way: the deadline is held back until they are in. */
  held?: boolean;
  /** The sentence: words, and deadlines to show in `<time>`. */
  parts: Part[];
  /** The first deadline; the status region speaks when it moves to another day. */
  first?: Date;
  nextChange: Date | null;
}

/**
 * When a reply is due if the visitor gets in touch now: "Email us now and we aim to reply
 * by Tuesday 24 November at 5pm", "by 5pm today", "by tomorrow at 9:30am". The deadline is
 * worked out from the promise's target and the channel's opening hours at the moment the
 * visitor looks, and the element re-renders exactly when it would change (one timer to the
 * next change, and a recheck when the page is shown again).
 *
 * @tagname service-response-time
 * @summary The reply-by time for contact made now.
 * @csspart response - The sentence.
 * @csspart deadline - The deadline, a `<time>` element.
 * @csspart problem - A message about a missing promise, channel, hours or an invalid target.
 */
export class ServiceResponseTime extends ScheduledElement<ServiceResponseTimeStrings, ResponseView> {
  /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
  static override builtInStrings: StringTables<ServiceResponseTimeStrings> = {
    en: {
      ...hours.en,
      ...common.en,
      ...promises.en,
      targets: policy.en.targets,
      sameWorkingDay: policy.en.sameWorkingDay,
    },
  };

  /** The shared defaults, then this element's own styles. */
  static override styles = [baseStyles, inlineProblemStyles, noticeStyles];

  /**
   * Reactive properties, their attributes and how they convert (each field below says what it is).
   * Internal state also says `attribute: false`, which is what the manifest analyzer reads. @internal
   */
  static override properties: PropertyDeclarations = {
    promiseId: { attribute: 'promise-id' },
    channel: {},
    target: { converter: jsonAttribute },
    schedule: { attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The id of a promise in the enclosing `<service-charter>`: its target and channel. */
  promiseId = '';

  /** The id of a channel in the charter (its hours; the charter's when it has none), or without a charter a channel type such as `email`. */
  channel = '';

  /** The target when there is no `promise-id`, e.g. `{"workingDays": 5}` (JSON in the attribute). */
  target?: Duration;

  /** Opening hours for use without a `<service-charter>` (see docs/charter-format.md, Schedules); wins over the charter's. */
  schedule?: CharterSchedule;

  /** What the status region last said: only when the deadline moves to another day. */
  private announcement = '';

  protected override willUpdate(): void {
    const previous = this.view;
    this.problem = undefined;
    try {
      this.view = this.computeView();
    } catch (error) {
      this.view = undefined;
      this.problem = this.problem ?? this.text.noDeadline;
      console.warn(`<service-response-time>: ${(error as Error).message}`);
    }
    const view = this.view;
    if (previous?.first && !previous.held && view?.first && !sameLocalDate(previous.first, view.first, view.timeZone)) {
      this.announcement = this.sentence(view);
    }
  }

  /** The promise named by `promise-id`, or undefined (with a problem when the charter lacks it). */
  private findPromise(): CharterPromise | undefined {
    const charter = this.currentCharter;
    if (!this.promiseId || !charter) return undefined;
    const promise = charter.promises.find((p) => p.id === this.promiseId);
    if (!promise) this.problem = fill(this.text.unknownPromise, { promise: this.promiseId });
    return promise;
  }

  /** A deadline in words relative to now: "5pm today", "Tuesday 1 December at 5pm". */
  private words(at: Date, timeZone: string): string {
    const text = this.text;
    const templates = {
      today: text.deadlineToday,
      tomorrow: text.deadlineTomorrow,
      later: text.deadlineDay,
      midnight: text.midnight,
    };
    return whenInWords(at, new Date(this.activeClock.now()), timeZone, this.language, templates, text, { end: true });
  }

  /** What to say for a charter promise, by its kind and targets. */
  private promiseView(charter: Charter, promise: CharterPromise): ResponseView | undefined {
    const text = this.text;
    const channel = charter.channels.find((c) => c.id === promise.channel);
    const now = new Date(this.activeClock.now());
    const response = promiseResponse(
      charter,
      promise,
      now,
      { action: this.action(channel), nounKey: nounKeyOf(promise, charter), language: this.language, text },
      (at, timeZone) => this.words(at, timeZone),
    );
    if (!response) return undefined;
    const { workingDays, openingHours } = promiseCalendars(charter, promise);
    const elapsed = { timeZone: response.timeZone, weekly: {} };
    const deadlines = response.first ? (promiseDeadlines(charter, promise, now) ?? []) : [];
    const changes = deadlines.flatMap((d) => {
      if (!d.due || !d.target.within) return [];
      const [unit] = unitOf(d.target.within);
      const calendar = (unit === 'businessHours' ? openingHours : workingDays) ?? elapsed;
      return [nextChange(calendar, unit, now, d.due)];
    });
    const notice = nextNoticeChange(charter.notices, +now);
    if (notice) changes.push(notice);
    return {
      ...response,
      held: !!response.first && needsBankHolidayUrl(workingDays ?? openingHours),
      nextChange: changes.length ? new Date(Math.min(...changes.map(Number))) : null,
    };
  }

  /** "Call us", "Text us", "Contact us by WhatsApp"; "Contact us" for a promise of no channel. */
  private action(channel: Channel | undefined): Part[] {
    const text = this.text;
    if (!channel) return [text.contactUs];
    const more = text.moreActions[channel.type];
    if (!more) return [text.actions[channel.type] ?? text.contactUs];
    // The channel's own name for its type is the charter's words, in the charter's language.
    const { text: words, lang } = this.pickIn(channel.typeName ?? channel.name);
    return sentenceParts(more, { type: { words, lang } });
  }

  private computeView(): ResponseView | undefined {
    const text = this.text;
    const promise = this.findPromise();
    if (this.problem || (this.promiseId && !promise)) return undefined;
    if (promise) return this.promiseView(this.currentCharter!, promise);
    const rawTarget = this.target;
    if (rawTarget === undefined) return undefined;
    const log = new ProblemLog();
    const checked = readTarget(rawTarget, 'target', log);
    if (!checked) {
      this.problem = fill(text.invalidTarget, { detail: log.problems.map((p) => `${p.path} ${p.message}`).join('; ') });
      return undefined;
    }
    const [kind, amount] = Object.entries(checked)[0] as [string, number];
    const target = (kind === 'seconds' ? { minutes: amount / 60 } : checked) as Target;
    const source = (this.source = scheduleSource(this.currentCharter, this.channel, this.schedule, text));
    const elapsed = ELAPSED.has(kind);
    // Working days count on the organisation's working calendar where the channel publishes no hours.
    const working = source.missing && kind === 'workingDays' ? this.currentCharter?.workingCalendar : undefined;
    const schedule = source.schedule ?? working ?? (elapsed ? { timeZone: visitorTimeZone(), weekly: {} } : undefined);
    if (!schedule || (source.problem && !elapsed && !working)) {
      this.problem = source.problem ?? text.noHours;
      return undefined;
    }
    const now = new Date(this.activeClock.now());
    const due = deadline(schedule, target, now);
    const { timeZone } = schedule;
    const action = source.channel ? this.action(source.channel) : [text.actions[this.channel] ?? text.contactUs];
    return {
      timeZone,
      holidaysMissing: !!source.schedule?.bankHolidays?.error,
      held: needsBankHolidayUrl(source.schedule),
      parts: sentenceParts(text.replyBy, { action, deadline: { at: due, words: this.words(due, timeZone) } }),
      first: due,
      nextChange: nextChange(schedule, kind, now, due),
    };
  }

  /** The sentence as plain text, for the status region. */
  private sentence(view: ResponseView): string {
    return view.parts.map(partText).join('');
  }

  override render() {
    if (this.problem) return html`<p part="problem" class="problem">${this.problem}</p>`;
    const view = this.view;
    if (!view) return nothing;
    const charter = this.currentCharter;
    const promise = charter?.promises.find((p) => p.id === this.promiseId);
    const scope = promise ? { promise: promise.id } : { channel: this.channel };
    const notices = charter
      ? activeNotices(charter, new Date(this.activeClock.now()), scope).filter((n) => !isOrganisationWide(n))
      : [];
    return html`${noticesView(notices, { text: this.text, language: this.language, pick: (t) => this.charterText(t), timeZone: view.timeZone })}
      <p part="response" aria-busy=${view.held || nothing}>
        ${view.parts.map((part) => partView(part, this.language, 'deadline'))}
      </p>
      ${view.holidaysMissing ? html`<p part="problem" class="problem">${this.text.bankHolidaysFailed}</p>` : nothing}
      <div role="status" class="visually-hidden">${this.announcement}</div>`;
  }
}

/**
 * The next instant the reply-by words can change: the local midnight ("today" becomes
 * "tomorrow"), the next opening or closing for targets counted in open time, and the
 * next minute of the deadline while it moves on with the clock (elapsed time, or open
 * time while open).
 */
function nextChange(schedule: Schedule, kind: string, now: Date, due: Date): Date {
  const { timeZone } = schedule;
  const candidates = [startOfLocalDay(timeZone, localDayOf(timeZone, +now) + 1)];
  const state = ELAPSED.has(kind) ? undefined : openState(schedule, now);
  if (state?.changesAt) candidates.push(+state.changesAt);
  if (ELAPSED.has(kind) || (kind === 'businessHours' && state?.open)) {
    candidates.push(+now + MINUTE_MS - (((+due % MINUTE_MS) + MINUTE_MS) % MINUTE_MS));
  }
  return new Date(Math.min(...candidates));
}

declare global {
  interface HTMLElementTagNameMap {
    'service-response-time': ServiceResponseTime;
  }
}
