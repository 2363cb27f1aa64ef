import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Channel, CharterSchedule } from '../../core/charter-types.js';
import { openState, upcomingExceptions, weekTable, type ScheduleDay } from '../../core/time.js';
import { periodsBetween } from '../../core/calendar-periods.js';
import { isOrganisationWide, nextNoticeChange } from '../../core/active-notices.js';
import { activeNotices } from '../../core/notices.js';
import { noticeStyles, noticesView } from '../notices-view.js';
import { holidaysCover } from '../../core/holiday-coverage.js';
import { needsBankHolidayUrl } from '../../core/bank-holidays.js';
import type { SchedulePeriod } from '../../core/schedule-types.js';
import { localDayOf, startOfLocalDay } from '../../core/time-zone.js';
import { fill, fillParts } from '../../strings/format.js';
import { localDateOf } from '../../core/time-zone.js';
import { timeZoneName, visitorTimeZone } from '../../strings/time-format.js';
import { formatLocalDate } from '../../strings/time-words.js';
import { intervalsInWords, whenInWords } from '../../strings/when-words.js';
import { clampLevel, heading } from '../headings.js';
import { scheduleSource } from '../schedule-source.js';
import * as hours from '../../strings/hours.js';
import * as common from '../../strings/common.js';
import type { ServiceHoursStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { ScheduledElement } from '../scheduled-element.js';
import { baseStyles } from '../base-styles.js';
import { inlineProblemStyles } from '../inline-problem-styles.js';
import { hoursStyles } from './service-hours.styles.js';

/** The earlier of two instants, either of which may be missing. */
const earliest = (a: Date, b: Date | null): Date => (b && +b < +a ? b : a);

/** Channels people can only use while they are open, so missing hours are worth a note. */
const NEEDS_HOURS: ReadonlySet<string> = new Set(['phone', 'chat', 'in-person', 'textphone', 'video-relay']);

/** True for a date that came from the GOV.UK bank holidays (not one of the organisation's own closures). */
const isBankHoliday = (schedule: CharterSchedule, date: string): boolean =>
  !!schedule.bankHolidays?.dates?.includes(date);

/**
 * Whether one of the `upcoming` holidays or special days falls after today and on or before
 * `until`: then dates are named in full rather than by weekday.
 */
function exceptionBefore(upcoming: readonly ScheduleDay[], timeZone: string, now: Date, until: Date): boolean {
  const today = localDateOf(timeZone, now);
  const last = localDateOf(timeZone, until);
  return upcoming.some((day) => day.date > today && day.date <= last);
}

/** Everything shown for one instant, worked out before rendering. */
interface HoursView {
  schedule: CharterSchedule;
  title: unknown;
  open: boolean;
  /** "Open now", "Closed for the bank holiday", "Open 24 hours". */
  state: string;
  /** The next change, when there is one within a year. */
  change?: { at: Date; template: string; words: string };
  week: ScheduleDay[];
  upcoming: ScheduleDay[];
  /** Dated hours ("winter hours") that touch the next 30 days. */
  periods: SchedulePeriod[];
  /** The holidays of the next 30 days are known, so "no holidays" may be said. */
  holidaysKnown: boolean;
  /** The bank holidays are still on their way: nothing is said until they are in ("Open now" could be untrue). */
  held: boolean;
  zoneNote?: string;
  /** The next instant any of this changes: the open state, or the date (today's row, "tomorrow"). */
  nextChange: Date | null;
}

/**
 * Opening hours: open now or closed and the next change in words ("Open now, closes at
 * 5pm", "Closed for the bank holiday, opens Tuesday 29 December at 9am"), the next 7
 * days in a table with today marked in words, and holidays and special hours in the next
 * 30 days. Times are in the schedule's time zone, with a note when the visitor's differs.
 * It re-renders by itself exactly when the state or the date changes, and announces
 * only openings and closings.
 *
 * @tagname service-hours
 * @summary When a service or channel is open, and when that next changes.
 * @csspart hours - The wrapper.
 * @csspart status - The open or closed sentence.
 * @csspart zone - The note naming the time zone, when the visitor's differs.
 * @csspart week - The table of the next 7 days.
 * @csspart today - Today's row of the table.
 * @csspart upcoming - Holidays and special hours in the next 30 days.
 * @csspart notice - A temporary notice in force on this channel.
 * @csspart problem - A message about invalid hours.
 * @csspart note - A quiet note that a channel's opening hours are not available (the details go to the console).
 * @cssprop --service-color-success - Marker of the open state.
 * @cssprop --service-color-muted - Marker of the closed state and secondary text.
 * @cssprop --service-color-border - Table rules.
 * @cssprop --service-color-accent - Today's row marker.
 */
export class ServiceHours extends ScheduledElement<ServiceHoursStrings, HoursView> {
  /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
  static override builtInStrings: StringTables<ServiceHoursStrings> = {
    en: { ...hours.en, ...common.en },
  };

  /** The shared defaults, then this element's own styles. */
  static override styles = [baseStyles, inlineProblemStyles, noticeStyles, hoursStyles];

  /**
   * Reactive properties, their attributes and how they convert (each field below says what it is).
   * Internal state also says `attribute: false`, which is what the manifest analyzer reads. @internal
   */
  static override properties: PropertyDeclarations = {
    channel: {},
    site: {},
    schedule: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    announcement: { state: true, attribute: false },
  };

  /** The id of a channel in the enclosing `<service-charter>`; its hours, else the charter's. */
  channel = '';

  /** The id of a site in the enclosing `<service-charter>` (an office, a clinic): its own hours, titled with its name. */
  site = '';

  /** Opening hours for use without a `<service-charter>` (see docs/charter-format.md); wins over the charter. */
  schedule?: CharterSchedule;

  /** The level of the element's heading (1–6); the holidays heading is one below. */
  headingLevel = 2;

  /** What the status region last said: only changes between open and closed. */
  private announcement = '';

  /** The charter has no hours for this channel: what residents see (a quiet note, or nothing). */
  private missing?: string;
  private told?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.headingLevel = clampLevel(this.headingLevel);
    const previous = this.view;
    try {
      this.computeView();
    } catch (error) {
      this.view = undefined;
      this.problem = fill(this.text.invalidSchedule, { detail: (error as Error).message });
    }
    const view = this.view;
    if (previous && view && previous.schedule === view.schedule && previous.open !== view.open) {
      const state = view.open ? this.text.nowOpen : this.text.nowClosed;
      this.announcement = view.change
        ? fill(this.text.stateAndChange, { state, change: fill(view.change.template, { when: view.change.words }) })
        : state;
    }
  }

  private computeView(): void {
    const text = this.text;
    const site = this.site ? this.currentCharter?.sites.find((s) => s.id === this.site) : undefined;
    const source = (this.source = scheduleSource(
      this.currentCharter,
      this.channel,
      this.schedule ?? site?.hours,
      text,
    ));
    this.problem = source.problem;
    this.missing = source.missing ? this.tellAuthor(source.channel) : undefined;
    if (source.missing) this.problem = undefined;
    const schedule = source.schedule;
    if (!schedule) {
      this.view = undefined;
      return;
    }
    const { timeZone } = schedule;
    const now = new Date(this.activeClock.now());
    const { open, changesAt } = openState(schedule, now);
    const week = weekTable(schedule, now);
    const upcoming = upcomingExceptions(schedule, now, 30);
    const today = localDateOf(timeZone, now);
    const lastDay = localDateOf(timeZone, new Date(startOfLocalDay(timeZone, localDayOf(timeZone, +now) + 29)));
    const change = changesAt
      ? {
          at: changesAt,
          template: open ? text.closesAt : text.opensAt,
          words: whenInWords(
            changesAt,
            now,
            timeZone,
            this.language,
            { today: text.atTime, tomorrow: text.tomorrowAt, later: text.dayAt, midnight: text.midnight },
            text,
            { end: open, weekday: !exceptionBefore(upcoming, timeZone, now, changesAt) },
          ),
        }
      : undefined;
    const tomorrow = startOfLocalDay(timeZone, localDayOf(timeZone, +now) + 1);
    this.view = {
      schedule,
      title:
        site || source.channel
          ? fillParts(text.channelHours, { channel: this.charterText((site ?? source.channel)!.name) })
          : text.openingHours,
      open,
      state: this.stateWords(schedule, open, changesAt, week[0]),
      change,
      week,
      upcoming,
      periods: periodsBetween(schedule, today, lastDay),
      holidaysKnown: holidaysCover(schedule, today, lastDay),
      held: needsBankHolidayUrl(schedule),
      zoneNote:
        timeZone === visitorTimeZone()
          ? undefined
          : fill(text.timeZoneNote, { zone: text.zoneNames[timeZone] ?? timeZoneName(timeZone, this.language, now) }),
      nextChange: earliest(
        changesAt && +changesAt < tomorrow ? changesAt : new Date(tomorrow),
        nextNoticeChange(this.currentCharter?.notices ?? [], +now),
      ),
    };
  }

  /**
   * Tells the web team (once per channel) that hours are missing; residents see a quiet
   * note only where the channel needs hours (a phone line, a desk), else nothing.
   */
  private tellAuthor(channel: Channel | undefined): string {
    const id = channel?.id ?? this.channel;
    if (this.told !== id) {
      this.told = id;
      console.warn(
        `<service-hours>: the charter has no opening hours for ${id ? `channel "${id}"` : 'the organisation'}: give it "hours", or the charter default "hours"`,
      );
    }
    return !channel || NEEDS_HOURS.has(channel.type) ? this.text.noHours : '';
  }

  private stateWords(schedule: CharterSchedule, open: boolean, changesAt: Date | null, today: ScheduleDay): string {
    const text = this.text;
    if (open) return changesAt ? text.openNow : text.open24Hours;
    if (today.intervals.length > 0) return text.closedNow;
    if (today.holiday) return isBankHoliday(schedule, today.date) ? text.closedBankHoliday : text.closedHoliday;
    return today.special ? text.closedToday : text.closedNow;
  }

  override render() {
    const view = this.view;
    if (!view && this.missing) return html`<p part="note" class="note">${this.missing}</p>`;
    if (!view) return this.problem ? html`<p part="problem" class="problem">${this.problem}</p>` : nothing;
    const text = this.text;
    return html`<section part="hours" aria-labelledby="hours-heading" aria-busy=${view.held || nothing}>
      ${heading(this.headingLevel, view.title, 'hours-heading')} ${this.renderNotices(view)}
      <p part="status" class="status ${view.open ? 'open' : 'closed'}">
        ${
          view.change
            ? fillParts(text.stateAndChange, {
                state: html`<strong>${view.state}</strong>`,
                change: fillParts(view.change.template, {
                  when: html`<time datetime=${view.change.at.toISOString()}>${view.change.words}</time>`,
                }),
              })
            : html`<strong>${view.state}</strong>`
        }
      </p>
      ${view.zoneNote ? html`<p part="zone" class="note">${view.zoneNote}</p>` : nothing}
      ${view.schedule.bankHolidays?.error ? html`<p part="problem" class="problem">${text.bankHolidaysFailed}</p>` : nothing}
      ${this.renderWeek(view)} ${this.renderUpcoming(view)}
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </section>`;
  }

  /** Notices in force on this channel or site's channel, as on the charter. */
  private renderNotices(view: HoursView) {
    const charter = this.currentCharter;
    if (!charter || !this.channel) return nothing;
    const notices = activeNotices(charter, new Date(this.activeClock.now()), { channel: this.channel });
    return noticesView(
      notices.filter((notice) => !isOrganisationWide(notice)),
      { text: this.text, language: this.language, pick: (t) => this.charterText(t), timeZone: view.schedule.timeZone },
    );
  }

  private renderWeek(view: HoursView) {
    const text = this.text;
    return html`<table part="week">
      <caption>
        ${text.weekCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${text.day}</th>
          <th scope="col">${text.hours}</th>
        </tr>
      </thead>
      <tbody>
        ${view.week.map(
          (day, index) =>
            html`<tr
              part=${index === 0 ? 'today' : nothing}
              class=${index === 0 ? 'today' : ''}
              aria-current=${index === 0 ? 'date' : nothing}
            >
              <th scope="row">
                ${formatLocalDate(day.date, this.language, text)}${index === 0 ? html` <span class="marker">${text.todayMarker}</span>` : nothing}
              </th>
              <td>${this.dayHours(day)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderUpcoming(view: HoursView) {
    const text = this.text;
    const items = [
      ...view.periods.map((period) =>
        fill(text.periodRange, {
          name: this.pick(period.name) || text.periodHours,
          from: formatLocalDate(period.from, this.language, text),
          to: formatLocalDate(period.to, this.language, text),
        }),
      ),
      ...view.upcoming.map((day) => `${formatLocalDate(day.date, this.language, text)}: ${this.dayHours(day)}`),
    ];
    // Saying "no holidays" needs holiday data that covers the 30 days; without it, nothing is said.
    if (items.length === 0 && !view.holidaysKnown) return nothing;
    // A plain group under its heading, not a landmark: several hours on one page would repeat its name.
    return html`<div part="upcoming">
      ${heading(this.headingLevel + 1, text.upcoming, 'upcoming-heading')}
      ${
        items.length
          ? html`<ul>
              ${items.map((item) => html`<li>${item}</li>`)}
            </ul>`
          : html`<p>${text.noUpcoming}</p>`
      }
    </div>`;
  }

  /** A day's hours in words, saying why when it is a holiday or has special hours. */
  private dayHours(day: ScheduleDay): string {
    const text = this.text;
    if (day.intervals.length === 0) {
      if (!day.holiday) return text.closed;
      return `${text.closed} (${isBankHoliday(this.view!.schedule, day.date) ? text.bankHolidayNote : text.holidayNote})`;
    }
    const words = intervalsInWords(day.intervals, this.language, text);
    return day.special ? `${words} (${text.specialNote})` : words;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-hours': ServiceHours;
  }
}
