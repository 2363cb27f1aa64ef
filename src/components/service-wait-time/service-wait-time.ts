import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Channel, FeedConfig, FeedTransport } from '../../core/charter-types.js';
import { readFeed } from '../../core/feed.js';
import { openState, type OpenState } from '../../core/schedule.js';
import { waitBand } from '../../core/wait-estimate.js';
import { FeedController, type FeedSource } from '../../controllers/feed-controller.js';
import type { FeedOptions, FeedSnapshot } from '../../controllers/feed/feed-connection.js';
import { NextChangeController } from '../../controllers/next-change.js';
import { visitorTimeZone } from '../../strings/time-format.js';
import * as waitStrings from '../../strings/wait.js';
import type { ServiceWaitTimeStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { ServiceElement } from '../service-element.js';
import { baseStyles } from '../base-styles.js';
import { opensInWords, waitView, type WaitView } from './wait-view.js';
import { waitStyles } from './service-wait-time.styles.js';

const DEFAULT_MAX_AGE_SECONDS = 120;
/** A figure this many max ages old is hidden, not just flagged. */
const HIDE_AFTER_MAX_AGES = 5;

/**
 * The live queue wait for one channel, "About 4 minutes to answer a call", from a
 * polled or streamed feed shared with every other element on the page that reads the
 * same URL. Says how old the figure is, flags it when stale and hides it when very
 * stale, says when lines open while closed, and offers a button that pauses the
 * automatic updates. The number changes silently; a polite status message is spoken
 * only when the wait moves to another band.
 *
 * @tagname service-wait-time
 * @summary Live queue wait for a channel, with its age and honest states.
 * @csspart wait - The wrapper; has a class naming the state (live, stale, connecting, closed, unavailable).
 * @csspart figure - The wait in words, or the state in words.
 * @csspart detail - How old the figure is, or when the channel opens.
 * @csspart note - The stale or paused note.
 * @csspart pause-button - The button that pauses and resumes updates.
 * @cssprop --service-color-muted - Colour of the detail line.
 * @cssprop --service-color-accent - Colour of the pause button.
 * @cssprop --service-color-focus - Focus ring colour.
 */
export class ServiceWaitTime extends ServiceElement<ServiceWaitTimeStrings> {
  /** Its Welsh is in both parts of the built-in Welsh. */
  static override moreStrings = true;

  /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
  static override builtInStrings: StringTables<ServiceWaitTimeStrings> = waitStrings;

  /** The shared defaults, then this element's own styles. */
  static override styles = [baseStyles, waitStyles];

  /** Reactive properties, their attributes and how they convert (each field below says what it is). @internal */
  static override properties: PropertyDeclarations = {
    channel: {},
    feed: {},
    transport: {},
    maxAge: { type: Number, attribute: 'max-age' },
    hideAfter: { type: Number, attribute: 'hide-after' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    feedOptions: { attribute: false },
    feedData: { attribute: false },
    timeZone: { attribute: 'time-zone' },
    paused: { type: Boolean, reflect: true },
  };

  /** The channel id in the feed (and in the charter); its type words the wait. */
  channel = 'phone';

  /** URL of the feed; wins over the charter's (the channel's `feed`, else the charter's). */
  feed?: string;

  /** `poll` (HTTP polling) or `sse` (Server-Sent Events); default from the charter, else `poll`. */
  transport?: FeedTransport;

  /** Seconds after `updatedAt` when a figure is flagged as possibly out of date (default 120, or the charter's). */
  maxAge?: number;

  /** Seconds after `updatedAt` when a figure is hidden (default five max ages). */
  hideAfter?: number;

  /** Shortest time between polls in seconds (default 30, or the charter's `pollSeconds`); a longer feed max-age waits longer. */
  pollInterval?: number;

  /** Fine tuning of the connection: timeouts, backoff, jitter source, clock (default the element's `clock`). */
  feedOptions: Partial<FeedOptions> = {};

  /**
   * A feed document to show instead of fetching one, for hosts that get the figures
   * themselves (and previews): `null` means they are on their way (connecting).
   */
  feedData?: unknown;

  /** The IANA time zone of clock times shown ("updated at 10:02am"): default the charter's hours', else the visitor's. */
  timeZone?: string;

  /** Whether automatic updates are paused (the pause button toggles it). */
  paused = false;

  private view?: WaitView;
  /** What was shown when updates were paused; shown until they resume. */
  private frozen?: FeedSnapshot;
  private band?: number;
  private announcement = '';

  private feedController = new FeedController(this, () => this.source());

  constructor() {
    super();
    new NextChangeController(
      this,
      () => this.activeClock,
      () => this.nextChange(),
    );
  }

  private get channelData(): Channel | undefined {
    return this.currentCharter?.channels.find((channel) => channel.id === this.channel);
  }

  private get feedConfig(): FeedConfig | undefined {
    return this.channelData?.feed ?? this.currentCharter?.feed;
  }

  /** The feed URL in force: the attribute's, else the channel's or the charter's. */
  private get feedUrl(): string | undefined {
    return this.feed ?? this.feedConfig?.url;
  }

  /** Whether figures come from anywhere: a feed, or the host through `feedData`. */
  private get hasFigures(): boolean {
    return Boolean(this.feedUrl) || this.feedData !== undefined;
  }

  private get schedule() {
    return this.channelData?.hours ?? this.currentCharter?.hours;
  }

  /** Whether the channel is open now and when that changes; undefined without opening hours. */
  private openState(): OpenState | undefined {
    const schedule = this.schedule;
    return schedule && openState(schedule, new Date(this.activeClock.now()));
  }

  /** When the channel opens (null: not within a year), if its opening hours say it is closed now. */
  private closed(): { opensAt: Date | null } | undefined {
    const state = this.openState();
    return state && !state.open ? { opensAt: state.changesAt } : undefined;
  }

  /** The next instant the display changes by itself: the figure's wording, or opening or closing. */
  private nextChange(): Date | null {
    const times = [this.view?.changesAt, this.openState()?.changesAt?.getTime()].filter((t) => t !== undefined);
    return times.length ? new Date(Math.min(...times)) : null;
  }

  /** The feed to follow now: none while paused, closed, or shown from `feedData`. */
  private source(): FeedSource | undefined {
    const url = this.feedUrl;
    if (!url || this.paused || this.feedData !== undefined || this.closed()) return undefined;
    const pollSeconds = this.pollInterval ?? this.feedConfig?.pollSeconds;
    return {
      // The element's own clock times the feed too (a `now` alone does not: its timers never fire).
      ...(this.clock ? { clock: this.clock } : {}),
      ...this.feedOptions,
      url,
      transport: this.transport ?? this.feedConfig?.transport ?? 'poll',
      ...(pollSeconds ? { pollMs: pollSeconds * 1000 } : {}),
    };
  }

  private get snapshot(): FeedSnapshot | undefined {
    if (this.paused && this.frozen) return this.frozen;
    if (this.feedData === undefined) return this.feedController.snapshot;
    if (this.feedData === null) return { status: 'connecting', failures: 0 };
    const { feed } = readFeed(this.feedData);
    return feed
      ? { status: 'live', feed, failures: 0 }
      : { status: 'retrying', failures: 1, error: 'invalid feedData' };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('paused')) this.frozen = this.paused ? this.snapshot : undefined;
    this.view = this.computeView();
    if (this.view.seconds === undefined) return;
    const band = waitBand(this.view.seconds, this.band);
    if (this.band !== undefined && band !== this.band) this.announcement = this.view.figure;
    this.band = band;
  }

  private computeView(): WaitView {
    const text = this.text;
    const closed = this.closed();
    const timeZone = this.timeZone ?? this.schedule?.timeZone ?? visitorTimeZone();
    const channelType = this.channelData?.type ?? this.channel;
    const inputs = { text, language: this.language, timeZone, now: this.activeClock.now(), channelType };
    if (closed) {
      const figure = text.waitClosed[channelType] ?? text.waitClosed.default;
      return { state: 'closed', figure, detail: closed.opensAt ? opensInWords(closed.opensAt, inputs) : '' };
    }
    const maxAgeMs = (this.maxAge ?? this.feedConfig?.maxAgeSeconds ?? DEFAULT_MAX_AGE_SECONDS) * 1000;
    const hideAfterMs = this.hideAfter ? this.hideAfter * 1000 : maxAgeMs * HIDE_AFTER_MAX_AGES;
    const snapshot = this.hasFigures ? this.snapshot : undefined;
    return waitView({ ...inputs, channelId: this.channel, snapshot, maxAgeMs, hideAfterMs, paused: this.paused });
  }

  override render() {
    const view = this.view!;
    const text = this.text;
    const updates = view.state !== 'closed' && this.hasFigures;
    const note = this.paused ? text.waitPaused : view.state === 'stale' ? text.waitStale : '';
    const pauseWords = this.paused ? text.waitResume : text.waitPause;
    // Several wait times on a page: each button's name says which channel it pauses, in the channel name's language.
    const pausedChannel = this.channelData
      ? html`<span class="visually-hidden"> (${this.charterText(this.channelData.name)})</span>`
      : nothing;
    return html`<div part="wait" class="wait ${view.state}">
      <p part="figure" class="figure">${view.figure}</p>
      <p part="detail" class="detail">${view.detail}</p>
      <p part="note" class="note">${note}</p>
      ${
        updates
          ? html`<button part="pause-button" type="button" @click=${this.togglePause}>
              ${pauseWords}${pausedChannel}
            </button>`
          : nothing
      }
      <div role="status" class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  private togglePause(): void {
    this.paused = !this.paused;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-wait-time': ServiceWaitTime;
  }
}
