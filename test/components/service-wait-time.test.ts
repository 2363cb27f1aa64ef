import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import type { ServiceWaitTime } from '../../src/components/service-wait-time/service-wait-time.js';
import type { Charter } from '../../src/core/charter-types.js';
import { opensInWords } from '../../src/components/service-wait-time/wait-view.js';
import { openFeeds } from '../../src/controllers/feed/feed-registry.js';
import { control, newFeed, pollUrl, stats } from '../feed-helpers.js';
import { copy, deepText, inShadow, render, samples, settle, until } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

const updatedAt = '2026-11-24T10:02:00Z';
const feed = (channels: Record<string, object>, at = updatedAt) => ({ updatedAt: at, channels });
const phoneWait = (seconds: number) => feed({ phone: { estimatedWaitSeconds: seconds } });
const later = (seconds: number) => new Date(Date.parse(updatedAt) + seconds * 1000).toISOString();

const part = (element: Element, name: string) => deepText(inShadow(element, `[part="${name}"]`)!);
const status = (element: Element) => inShadow(element, '[role="status"]')!.textContent!.trim();

async function showing(data: unknown, nowSeconds = 20, extra = ''): Promise<ServiceWaitTime> {
  const element = await render<ServiceWaitTime>(
    html`<service-wait-time .feedData=${data} now=${later(nowSeconds)} lang=${extra || 'en'}></service-wait-time>`,
  );
  return element;
}

describe('<service-wait-time>', () => {
  afterEach(() => expect(openFeeds()).to.deep.equal([]));

  it('is accessible and shows the wait in words with the figure’s age', async () => {
    const element = await showing(phoneWait(240));
    await expect(element).to.be.accessible();
    expect(part(element, 'figure')).to.equal('About 4 minutes to answer a call');
    expect(part(element, 'detail')).to.equal('updated 20 seconds ago');
    expect(inShadow(element, '[part="wait"]')!.classList.contains('live')).to.equal(true);
    expect(status(element)).to.equal('');
  });

  it('rounds waits as documented, and computes them from queue figures', async () => {
    const cases: [object, string][] = [
      [{ estimatedWaitSeconds: 59 }, 'Less than a minute to answer a call'],
      [{ estimatedWaitSeconds: 90 }, 'About 2 minutes to answer a call'],
      [{ estimatedWaitSeconds: 60 }, 'About 1 minute to answer a call'],
      [{ estimatedWaitSeconds: 14 * 60 }, 'About 15 minutes to answer a call'],
      [{ estimatedWaitSeconds: 3600 }, 'Over an hour to answer a call'],
      // (3 + 1) × 300 / 2 = 600 s
      [{ waiting: 3, agentsAvailable: 2, averageHandleSeconds: 300 }, 'About 10 minutes to answer a call'],
    ];
    for (const [figures, words] of cases) {
      const element = await showing(feed({ phone: figures }));
      expect(part(element, 'figure')).to.equal(words);
    }
  });

  it('words the wait by channel type and speaks Welsh', async () => {
    const chat = await render<ServiceWaitTime>(
      html`<service-wait-time
        channel="chat"
        .feedData=${feed({ chat: { estimatedWaitSeconds: 30 } })}
        now=${later(5)}
      ></service-wait-time>`,
    );
    expect(part(chat, 'figure')).to.equal('Less than a minute to answer a chat');
    expect(part(chat, 'detail')).to.equal('updated just now');
    const welsh = await showing(phoneWait(240), 120, 'cy');
    expect(part(welsh, 'figure')).to.equal('Tua 4 munud i ateb galwad');
    expect(part(welsh, 'detail')).to.equal('diweddarwyd 2 funud yn ôl');
    await expect(welsh).to.be.accessible();
  });

  it('flags a stale figure, and hides it after the longer limit', async () => {
    const stale = await showing(phoneWait(240), 150);
    expect(part(stale, 'figure')).to.equal('About 4 minutes to answer a call');
    expect(part(stale, 'note')).to.equal('This figure may be out of date.');
    stale.paused = true;
    stale.timeZone = 'Europe/London';
    await settle(stale);
    expect(part(stale, 'detail')).to.equal('updated at 10:02am');
    stale.paused = false;
    await settle(stale);
    expect(part(stale, 'detail')).to.equal('updated 2 minutes ago');
    await expect(stale).to.be.accessible();
    const veryStale = await showing(phoneWait(240), 601);
    expect(part(veryStale, 'figure')).to.equal('The current wait time is not available right now.');
    expect(part(veryStale, 'detail')).to.equal('updated 10 minutes ago');
    expect(deepText(veryStale)).not.to.contain('4 minutes');
    await expect(veryStale).to.be.accessible();
  });

  it('says it is unavailable when there is no feed, no figure for the channel or a broken document', async () => {
    for (const data of [undefined, feed({ chat: { estimatedWaitSeconds: 3 } }), { nonsense: true }]) {
      const element = await showing(data);
      expect(part(element, 'figure')).to.equal('The current wait time is not available right now.');
      await expect(element).to.be.accessible();
    }
    const connecting = await showing(null);
    expect(part(connecting, 'figure')).to.equal('Checking the current wait…');
  });

  it('is closed outside opening hours, says when lines open, and asks the feed for nothing', async () => {
    const id = await newFeed('closed');
    const charter = copy(samples.districtCouncil) as unknown as Charter;
    charter.feed = { url: pollUrl(id), pollSeconds: 1 };
    const saturday = '2026-11-28T12:00:00Z';
    const host = await render<HTMLElement>(
      html`<service-charter .charter=${charter} now=${saturday}
        ><service-wait-time></service-wait-time
      ></service-charter>`,
    );
    const element = host.querySelector('service-wait-time')!;
    await settle(element);
    expect(part(element, 'figure')).to.equal('Lines are closed.');
    expect(part(element, 'detail')).to.equal('Lines open on Monday at 8:30am');
    expect(inShadow(element, 'button')).to.equal(null);
    await expect(element).to.be.accessible();
    // No connection was opened, so no request can be on its way.
    expect(openFeeds()).to.deep.equal([]);
    expect((await stats(id)).requests).to.equal(0);
  });

  it('words the next opening as today, tomorrow, a weekday or a date', async () => {
    const { en } = await import('../../src/strings/en.js');
    const words = (opens: string, now: string) =>
      opensInWords(new Date(opens), {
        text: en,
        language: 'en',
        timeZone: 'Europe/London',
        now: Date.parse(now),
        channelType: 'chat',
      });
    expect(words('2026-11-24T09:00:00Z', '2026-11-24T07:00:00Z')).to.equal('Live chat opens at 9am');
    expect(words('2026-11-25T09:30:00Z', '2026-11-24T18:00:00Z')).to.equal('Live chat opens tomorrow at 9:30am');
    expect(words('2026-11-30T09:00:00Z', '2026-11-27T18:00:00Z')).to.equal('Live chat opens on Monday at 9am');
    expect(words('2027-01-04T09:00:00Z', '2026-12-24T18:00:00Z')).to.equal(
      'Live chat opens on Monday 4 January 2027 at 9am',
    );
  });

  it('moves the figure’s age on by itself, from the injected clock', async () => {
    let now = Date.parse(updatedAt) + 5000;
    const timers: (() => void)[] = [];
    const clock = { now: () => now, setTimer: (callback: () => void) => (timers.push(callback), () => undefined) };
    const element = await render<ServiceWaitTime>(
      html`<service-wait-time .feedData=${phoneWait(240)} .clock=${clock}></service-wait-time>`,
    );
    expect(part(element, 'detail')).to.equal('updated just now');
    now += 150_000;
    timers.at(-1)!();
    await settle(element);
    expect(part(element, 'detail')).to.equal('updated 2 minutes ago');
    expect(part(element, 'note')).to.equal('This figure may be out of date.');
  });

  it('re-renders when the channel closes, even with no new figures', async () => {
    // Monday 17:29:30 London, phone lines close at 17:30; the figure is 15 s old, so its
    // age steps fall at :35, :45, :55 and 17:30:15, never on the closing time itself.
    let now = Date.parse('2026-11-23T17:29:30Z');
    const timers: { at: number; callback: () => void }[] = [];
    const clock = {
      now: () => now,
      setTimer: (callback: () => void, delay: number) => (timers.push({ at: now + delay, callback }), () => undefined),
    };
    const charter = copy(samples.districtCouncil) as unknown as Charter;
    const host = await render<HTMLElement>(
      html`<service-charter .charter=${charter} .clock=${clock}>
        <service-wait-time
          .feedData=${feed({ phone: { estimatedWaitSeconds: 240 } }, '2026-11-23T17:29:15Z')}
        ></service-wait-time>
      </service-charter>`,
    );
    const element = host.querySelector('service-wait-time')!;
    await settle(element);
    expect(part(element, 'figure')).to.equal('About 4 minutes to answer a call');
    // Follow the element's own timers until it closes.
    for (let step = 0; step < 5 && part(element, 'figure') !== 'Lines are closed.'; step++) {
      const next = timers.at(-1)!;
      now = next.at;
      next.callback();
      await settle(element);
    }
    expect(new Date(now).toISOString()).to.equal('2026-11-23T17:30:00.000Z');
    expect(part(element, 'figure')).to.equal('Lines are closed.');
    expect(part(element, 'detail')).to.equal('Lines open tomorrow at 8:30am');
  });

  it('uses the charter’s feed when open, and the attributes override it', async () => {
    const id = await newFeed('charter-feed');
    const charter = copy(samples.districtCouncil) as unknown as Charter;
    charter.feed = { url: '/nowhere', pollSeconds: 1 };
    // Open all hours, so the real clock (which the feed's updatedAt follows) can be used.
    delete charter.hours;
    charter.channels.forEach((channel) => delete channel.hours);
    const host = await render<HTMLElement>(
      html`<service-charter .charter=${charter}>
        <service-wait-time feed=${pollUrl(id)}></service-wait-time>
      </service-charter>`,
    );
    const element = host.querySelector('service-wait-time')!;
    await until(() => part(element, 'figure') === 'About 4 minutes to answer a call');
    expect((await stats(id)).ok).to.equal(1);
    host.remove();
  });

  it('announces a change of wait band once, never a change within a band', async () => {
    const element = await showing(phoneWait(240));
    element.feedData = phoneWait(250);
    await settle(element);
    expect(status(element)).to.equal('');
    element.feedData = phoneWait(700);
    await settle(element);
    expect(part(element, 'figure')).to.equal('About 10 minutes to answer a call');
    expect(status(element)).to.equal('About 10 minutes to answer a call');
    element.feedData = phoneWait(1100);
    await settle(element);
    expect(part(element, 'figure')).to.equal('About 20 minutes to answer a call');
    expect(status(element)).to.equal('About 10 minutes to answer a call');
    // Wobbling just over a band edge (600 s) and back is not announced either.
    element.feedData = phoneWait(590);
    await settle(element);
    expect(status(element)).to.equal('About 10 minutes to answer a call');
  });

  it('pauses and resumes updates from the keyboard, and fetches nothing while paused', async () => {
    const id = await newFeed('pause');
    const clock = new ManualClock(Date.now());
    const element = await render<ServiceWaitTime>(
      html`<service-wait-time feed=${pollUrl(id)} poll-interval="0.1" .clock=${clock}></service-wait-time>`,
    );
    await until(() => part(element, 'figure') === 'About 4 minutes to answer a call');
    const button = inShadow<HTMLButtonElement>(element, 'button')!;
    expect(button.textContent!.trim()).to.equal('Pause updates');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(element.paused).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Resume updates');
    expect(part(element, 'note')).to.equal('Updates paused.');
    expect(part(element, 'detail')).to.match(/^updated at \d/);
    await expect(element).to.be.accessible();
    expect(openFeeds()).to.deep.equal([]);
    const before = (await stats(id)).requests;
    await control(id, { action: 'set', wait: 1500 });
    // Polls were due every 100 ms: a minute of clock brings none while paused.
    clock.advance(60_000);
    await settle(element);
    expect((await stats(id)).requests).to.equal(before);
    expect(part(element, 'figure')).to.equal('About 4 minutes to answer a call');
    await sendKeys({ press: ' ' });
    await until(() => part(element, 'figure') === 'About 25 minutes to answer a call');
    expect(element.paused).to.equal(false);
    element.remove();
  });

  it('shows an unavailable message while a failing feed is retried, then the figure', async () => {
    const id = await newFeed('failing');
    await control(id, { action: 'fail', mode: '500', times: 2 });
    const element = await render<ServiceWaitTime>(
      html`<service-wait-time
        feed=${pollUrl(id)}
        .feedOptions=${{ backoff: { baseMs: 100, capMs: 100 }, random: () => 0.99 }}
      ></service-wait-time>`,
    );
    await until(() => part(element, 'figure').startsWith('The current wait time is not available'));
    await expect(element).to.be.accessible();
    await until(() => part(element, 'figure') === 'About 4 minutes to answer a call');
    expect((await stats(id)).failed).to.equal(2);
    element.remove();
  });
});
