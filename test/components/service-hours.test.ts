import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import type { ServiceHours } from '../../src/components/service-hours/service-hours.js';
import type { CharterSchedule } from '../../src/core/charter-types.js';
import { parseCharter } from '../../src/core/parse-charter.js';
import { allInShadow, copy, deepText, inShadow, render, samples, settle, until } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const office = (overrides: Partial<CharterSchedule> = {}): CharterSchedule => ({
  timeZone: 'Europe/London',
  weekly: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '16:30']],
  },
  ...overrides,
});
const christmas: Partial<CharterSchedule> = {
  special: { '2026-12-24': [['09:00', '12:00']] },
  bankHolidays: {
    division: 'england-and-wales',
    data: { 'england-and-wales': { events: [{ date: '2026-12-25' }, { date: '2026-12-28' }] } },
  },
};

const hoursAt = (now: string, schedule = office()) =>
  render<ServiceHours>(html`<service-hours now=${now} .schedule=${schedule}></service-hours>`);
const status = (element: ServiceHours) => deepText(inShadow(element, '[part="status"]')!);
const region = (element: ServiceHours) => inShadow(element, '[role="status"]')!.textContent!.trim();

describe('<service-hours>', () => {
  it('is accessible when open, and says when it closes', async () => {
    const element = await hoursAt('2026-11-24T10:00:00Z');
    await expect(element).to.be.accessible();
    expect(status(element)).to.equal('Open now, closes at 5pm');
    expect(inShadow(element, '[part="status"] time')!.getAttribute('datetime')).to.equal('2026-11-24T17:00:00.000Z');
    expect(inShadow(element, 'h2')!.textContent).to.equal('Opening hours');
    expect(region(element)).to.equal('');
  });

  it('marks today in a real table with a caption and headers, not by colour alone', async () => {
    const element = await hoursAt('2026-11-24T10:00:00Z');
    const table = inShadow(element, 'table')!;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Opening hours for the next 7 days');
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((row) => deepText(row))).to.deep.equal([
      'Tuesday 24 November (today) 9am to 5pm',
      'Wednesday 25 November 9am to 5pm',
      'Thursday 26 November 9am to 5pm',
      'Friday 27 November 9am to 4:30pm',
      'Saturday 28 November Closed',
      'Sunday 29 November Closed',
      'Monday 30 November 9am to 5pm',
    ]);
    expect(rows[0].getAttribute('aria-current')).to.equal('date');
    expect(rows.slice(1).every((row) => !row.hasAttribute('aria-current'))).to.equal(true);
  });

  it('says when a closed service opens: tomorrow, a weekday, or a date after a holiday', async () => {
    const overnight = await hoursAt('2026-11-24T18:00:00Z');
    expect(status(overnight)).to.equal('Closed, opens tomorrow at 9am');
    await expect(overnight).to.be.accessible();
    expect(status(await hoursAt('2026-11-27T17:00:00Z'))).to.equal('Closed, opens Monday at 9am');
    expect(status(await hoursAt('2026-11-24T07:30:00Z'))).to.equal('Closed, opens at 9am');
    const bankHoliday = await hoursAt('2026-12-25T10:00:00Z', office(christmas));
    expect(status(bankHoliday)).to.equal('Closed for the bank holiday, opens Tuesday 29 December at 9am');
    await expect(bankHoliday).to.be.accessible();
    const ownHoliday = await hoursAt('2026-12-25T10:00:00Z', office({ holidays: ['2026-12-25'] }));
    expect(status(ownHoliday)).to.equal('Closed for the holiday, opens Monday at 9am');
  });

  it('lists holidays and special hours in the next 30 days', async () => {
    const element = await hoursAt('2026-12-01T10:00:00Z', office(christmas));
    const upcoming = inShadow(element, '[part="upcoming"]')!;
    expect(upcoming.querySelector('h3')!.textContent).to.equal('Holidays and special hours');
    expect([...upcoming.querySelectorAll('li')].map((li) => deepText(li))).to.deep.equal([
      'Thursday 24 December: 9am to 12pm (special hours)',
      'Friday 25 December: Closed (bank holiday)',
      'Monday 28 December: Closed (bank holiday)',
    ]);
    const quiet = await hoursAt('2026-11-02T10:00:00Z', office(christmas));
    expect(deepText(inShadow(quiet, '[part="upcoming"]')!)).to.contain('No holidays or changes');
  });

  it('closes early on a special day', async () => {
    const element = await hoursAt('2026-12-24T10:00:00Z', office(christmas));
    expect(status(element)).to.equal('Open now, closes at 12pm');
    expect(deepText(inShadow(element, '[part="today"]')!)).to.equal(
      'Thursday 24 December (today) 9am to 12pm (special hours)',
    );
  });

  it('words a 24-hour service, and a day that closes at midnight', async () => {
    const always = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
    );
    const element = await hoursAt('2026-11-24T03:00:00Z', office({ weekly: always }));
    expect(status(element)).to.equal('Open 24 hours');
    expect(deepText(inShadow(element, '[part="today"] td')!)).to.equal('Open 24 hours');
    await expect(element).to.be.accessible();
    const lateNight = await hoursAt('2026-11-24T20:00:00Z', office({ weekly: { tue: [['18:00', '24:00']] } }));
    expect(status(lateNight)).to.equal('Open now, closes at midnight');
    expect(deepText(inShadow(lateNight, '[part="today"] td')!)).to.equal('6pm to midnight');
  });

  it('notes the time zone only when the visitor’s differs', async () => {
    const london = await hoursAt('2026-11-24T10:00:00Z');
    const note = inShadow(london, '[part="zone"]');
    if (visitorZone === 'Europe/London') expect(note).to.equal(null);
    else expect(note!.textContent).to.equal('Times are in UK time.');
    const local = await hoursAt('2026-11-24T10:00:00Z', office({ timeZone: visitorZone }));
    expect(inShadow(local, '[part="zone"]')).to.equal(null);
    const sydney = await hoursAt('2026-11-24T10:00:00Z', office({ timeZone: 'Australia/Sydney' }));
    expect(inShadow(sydney, '[part="zone"]')!.textContent).to.match(/^Times are in .*Australia.* time\.$/i);
  });

  it('speaks Welsh', async () => {
    const element = await render<ServiceHours>(
      html`<service-hours lang="cy" now="2026-11-24T10:00:00Z" .schedule=${office()}></service-hours>`,
    );
    expect(status(element)).to.equal('Ar agor nawr, yn cau am 17:00');
    expect(inShadow(element, 'h2')!.textContent).to.equal('Oriau agor');
    expect(deepText(inShadow(element, '[part="today"]')!)).to.equal('Dydd Mawrth 24 Tachwedd (heddiw) 09:00 i 17:00');
    await expect(element).to.be.accessible();
  });

  it('reads a channel’s hours from the charter, falling back to the charter’s hours', async () => {
    const charter = await render<ServiceCharter>(
      html`<service-charter now="2026-11-24T08:45:00Z" .charter=${samples.districtCouncil}>
        <service-hours channel="office" heading-level="3"></service-hours>
        <service-hours channel="email"></service-hours>
        <service-hours></service-hours>
        <service-hours channel="fax"></service-hours>
      </service-charter>`,
    );
    const [own, fallback, plain, unknown] = [...charter.querySelectorAll('service-hours')];
    await settle(own);
    expect(inShadow(own, 'h3')!.textContent).to.equal('Customer service centre: opening hours');
    expect(status(own)).to.equal('Closed, opens tomorrow at 9:30am');
    expect(deepText(inShadow(own, '[part="today"] td')!)).to.equal('Closed');
    expect(status(fallback)).to.equal('Closed, opens at 9am');
    expect(status(plain)).to.equal(status(fallback));
    expect(deepText(unknown.shadowRoot!)).to.equal('There is no channel "fax" in this charter.');
    await expect(own).to.be.accessible();
  });

  it('takes the hours of a charter read with parseCharter, bank holidays and all', async () => {
    const charter = parseCharter({ ...copy(samples.districtCouncil), hours: office(christmas) });
    const element = await hoursAt('2026-12-25T10:00:00Z', charter.hours);
    expect(status(element)).to.equal('Closed for the bank holiday, opens Tuesday 29 December at 9am');
  });

  it('shows a clear message for invalid standalone hours', async () => {
    const element = await hoursAt('2026-11-24T10:00:00Z', office({ weekly: { mon: [['17:00', '09:00']] } }));
    expect(deepText(inShadow(element, '[part="problem"]')!)).to.equal(
      'The opening hours are not valid: schedule.weekly.mon[0] must close after it opens',
    );
    await expect(element).to.be.accessible();
  });

  it('changes at the next opening or closing with one timer, announcing only that', async () => {
    const clock = new ManualClock(Date.parse('2026-11-24T16:58:00Z'));
    const element = await render<ServiceHours>(
      html`<service-hours .clock=${clock} .schedule=${office()}></service-hours>`,
    );
    expect(status(element)).to.equal('Open now, closes at 5pm');
    expect(clock.pending).to.equal(1);
    expect(clock.nextDue).to.equal(Date.parse('2026-11-24T17:00:00Z'));
    clock.advance(60_000);
    await settle(element);
    expect(status(element)).to.equal('Open now, closes at 5pm');
    clock.advance(60_000);
    await settle(element);
    expect(status(element)).to.equal('Closed, opens tomorrow at 9am');
    expect(region(element)).to.equal('Now closed, opens tomorrow at 9am');
    expect(clock.pending).to.equal(1);
    // At midnight only the date changes: the table moves on, nothing is announced.
    expect(clock.nextDue).to.equal(Date.parse('2026-11-25T00:00:00Z'));
    clock.advance(7 * 3_600_000);
    await settle(element);
    expect(status(element)).to.equal('Closed, opens at 9am');
    expect(deepText(inShadow(element, '[part="today"] th')!)).to.equal('Wednesday 25 November (today)');
    expect(region(element)).to.equal('Now closed, opens tomorrow at 9am');
    expect(clock.pending).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('rechecks when the page is shown again after the machine slept', async () => {
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00Z'));
    const element = await render<ServiceHours>(
      html`<service-hours .clock=${clock} .schedule=${office()}></service-hours>`,
    );
    clock.jumpTo(Date.parse('2026-11-24T20:00:00Z'));
    await settle(element);
    expect(status(element)).to.equal('Open now, closes at 5pm');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle(element);
    expect(status(element)).to.equal('Closed, opens tomorrow at 9am');
    expect(clock.pending).to.equal(1);
  });

  describe('GOV.UK bank holidays by URL', () => {
    const feed = (id: string, fail = false) =>
      `${location.origin}/test-api/bank-holidays/feed?id=${id}${fail ? '&fail=1' : ''}`;
    const charterWith = (url: string) => {
      const charter = copy(samples.districtCouncil) as unknown as { hours: CharterSchedule };
      charter.hours = office({ bankHolidays: { division: 'england-and-wales', url } });
      return charter;
    };

    it('fetches the feed once per page and closes on its dates', async () => {
      const id = `once-${Math.random()}`;
      const page = await render<HTMLElement>(
        html`<div>
          <service-charter now="2026-12-25T10:00:00Z" .charter=${charterWith(feed(id))}
            ><service-hours></service-hours
          ></service-charter>
          <service-charter now="2026-12-28T10:00:00Z" .charter=${charterWith(feed(id))}
            ><service-hours></service-hours
          ></service-charter>
        </div>`,
      );
      const [first, second] = [...page.querySelectorAll('service-hours')];
      // A charter in hand shows at once; the bank holidays arrive a moment later.
      const closed = (element: ServiceHours) =>
        element.shadowRoot!.querySelector('[part="status"]') && status(element).startsWith('Closed for');
      await until(() => closed(first) && closed(second));
      expect(status(first)).to.equal('Closed for the bank holiday, opens Tuesday 29 December at 9am');
      expect(status(second)).to.equal('Closed for the bank holiday, opens tomorrow at 9am');
      const { hits } = await (await fetch(`/test-api/bank-holidays/hits?id=${id}`)).json();
      expect(hits).to.equal(1);
      await expect(first).to.be.accessible();
    });

    it('loads the feed for a standalone schedule too', async () => {
      const schedule = office({ bankHolidays: { division: 'england-and-wales', url: feed(`alone-${Math.random()}`) } });
      const element = await hoursAt('2026-12-28T10:00:00Z', schedule);
      await until(() => status(element).startsWith('Closed'));
      expect(status(element)).to.equal('Closed for the bank holiday, opens tomorrow at 9am');
      expect(region(element)).to.equal('');
    });

    it('updates every standalone element that shares one schedule when its feed arrives', async () => {
      const schedule = office({
        bankHolidays: { division: 'england-and-wales', url: feed(`shared-${Math.random()}`) },
      });
      const page = await render<HTMLElement>(
        html`<div>
          <service-hours now="2026-12-28T10:00:00Z" .schedule=${schedule}></service-hours>
          <service-hours now="2026-12-28T10:00:00Z" .schedule=${schedule}></service-hours>
        </div>`,
      );
      const [first, second] = [...page.querySelectorAll('service-hours')];
      const closed = (element: ServiceHours) =>
        element.shadowRoot!.querySelector('[part="status"]') && status(element).startsWith('Closed');
      await until(() => closed(first) && closed(second));
      expect(status(second)).to.equal('Closed for the bank holiday, opens tomorrow at 9am');
    });

    // A feed that answers 503, and one whose answer never ends (cut off at 10 MB).
    for (const [how, url] of [
      ['fails', () => feed(`fail-${Math.random()}`, true)],
      ['never ends', () => `${feed(`huge-${Math.random()}`)}&huge=1`],
    ] as const)
      it(`keeps the hours and says so when the feed ${how}`, async () => {
        const charter = await render<ServiceCharter>(
          html`<service-charter now="2026-12-25T10:00:00Z" .charter=${charterWith(url())}>
            <service-hours></service-hours>
          </service-charter>`,
        );
        const hours = charter.querySelector('service-hours')!;
        // The status reads the same before the feed has failed, so wait for the failure itself.
        await until(
          () => hours.shadowRoot!.querySelector('[part="status"]') && inShadow(hours, '[part="problem"]'),
          6000,
        );
        // Without the feed, Christmas Day is an ordinary Friday.
        expect(status(hours)).to.equal('Open now, closes at 4:30pm');
        expect(deepText(inShadow(hours, '[part="problem"]')!)).to.equal(
          'Bank holidays could not be loaded, so the hours shown may not include them.',
        );
        expect(allInShadow(charter, '[part="problem"]').map((p) => deepText(p))).to.include(
          'Bank holidays could not be loaded, so the hours shown may not include them.',
        );
        expect(deepText(charter.shadowRoot!)).to.contain('Email');
        await expect(hours).to.be.accessible();
      });

    it('shows a charter fetched from its URL while the feed is on its way, and says so if it never comes', async () => {
      const clock = new ManualClock(Date.parse('2026-12-25T10:00:00Z'));
      const json = JSON.stringify(charterWith(`${feed(`hang-${Math.random()}`)}&hang=1`));
      const loads: Event[] = [];
      const charter = await render<ServiceCharter>(
        html`<service-charter
          .clock=${clock}
          src=${`data:application/json,${encodeURIComponent(json)}`}
          @service-charter-load=${(event: Event) => loads.push(event)}
        >
          <service-hours></service-hours>
        </service-charter>`,
      );
      const hours = charter.querySelector('service-hours')!;
      // Drawn once read: the feed does not hold the charter back. The hours keep their room but
      // say nothing until it is in: on Christmas Day without it, they would say "Open now".
      await until(() => deepText(charter.shadowRoot!).includes('Northwold District Council'));
      await until(() => hours.shadowRoot!.querySelector('[part="status"]'));
      const section = inShadow(hours, '[part="hours"]')!;
      expect(section.getAttribute('aria-busy')).to.equal('true');
      expect(getComputedStyle(inShadow(hours, '[part="status"]')!).visibility).to.equal('hidden');
      expect(section.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(inShadow(hours, '[part="problem"]')).to.equal(null);
      expect(loads).to.have.length(0);
      clock.advance(29_999);
      await settle(charter);
      expect(inShadow(hours, '[part="problem"]')).to.equal(null);
      clock.advance(1);
      await until(() => hours.shadowRoot!.querySelector('[part="status"]') && inShadow(hours, '[part="problem"]'));
      expect(status(hours)).to.equal('Open now, closes at 4:30pm');
      expect(inShadow(hours, '[part="hours"]')!.hasAttribute('aria-busy')).to.equal(false);
      expect(getComputedStyle(inShadow(hours, '[part="status"]')!).visibility).to.equal('visible');
      expect(deepText(inShadow(hours, '[part="problem"]')!)).to.equal(
        'Bank holidays could not be loaded, so the hours shown may not include them.',
      );
      expect(loads).to.have.length(1);
    });
  });
});
