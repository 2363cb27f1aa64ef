// Property: any valid format 2 charter renders in every element without an uncaught error,
// shows no problem to residents, and gives every promise words. Charters are generated from
// a seed (a failure names it), combining every kind, target form, channel type and scope.
import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import type { ServiceCharter } from '../../src/components/service-charter/service-charter.js';
import { ACCESS_OFFERS, CHANNEL_TYPES, PROMISE_KINDS, readCharter } from '../../src/core/index.js';
import { deepText, render, settle } from '../helpers.js';

type Json = Record<string, unknown>;

/** A small seeded generator (mulberry32). */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
  const chance = (p: number) => next() < p;
  return { int, pick, chance };
}

const KINDS = PROMISE_KINDS;
const OFFERS = ACCESS_OFFERS.filter((offer) => offer !== 'custom');
const ELAPSED: Record<string, number> = { seconds: 600, minutes: 600, hours: 200, days: 60, weeks: 20 };
const WORKING: Record<string, number> = { businessHours: 200, workingDays: 60 };

function randomCharter(seed: number): Json {
  const { int, pick, chance } = seeded(seed);
  const text = () => (chance(0.5) ? `Words ${int(1, 99)}` : { en: `Words ${int(1, 99)}`, cy: `Geiriau ${int(1, 99)}` });
  const withHours = chance(0.6);
  const units = { ...ELAPSED, ...(withHours ? WORKING : chance(0.5) ? {} : { workingDays: 60 }) };
  const workingCalendar = !withHours && 'workingDays' in units;
  const duration = () => {
    const unit = pick(Object.keys(units));
    return { [unit]: int(0, units[unit]) };
  };
  const target = (index: number): Json => {
    const within = duration();
    const [[unit, amount]] = Object.entries(within);
    const form = pick(['time', 'share', 'share-only', 'range', 'maximum']);
    const t: Json = form === 'share-only' ? { percent: int(1, 100) } : { within };
    if (form === 'share') t.percent = int(1, 100);
    if (form === 'range' && amount > 0) t.atLeast = { [unit]: amount - 1 };
    if (form === 'maximum') t.atMost = { [unit]: amount + int(1, 10) };
    if (index > 0 && t.within) t.countedFrom = pick(['receipt', 'previous']);
    if (index > 0 && chance(0.5)) t.kind = pick(KINDS.filter((k) => k !== 'notice'));
    return t;
  };
  const targets = (kind: string) =>
    kind === 'notice' ? [{ atLeast: duration() }] : Array.from({ length: int(0, 2) }, (_, index) => target(index));
  const channels = Array.from({ length: int(1, 4) }, (_, i) => {
    const type = pick(CHANNEL_TYPES);
    return { id: `c${i}`, type, name: text(), ...(type === 'custom' ? { typeName: text() } : {}) };
  });
  const services = [{ id: 's0', name: text() }];
  const promises = Array.from({ length: int(1, 6) }, (_, i) => {
    const kind = pick(KINDS);
    const scope = int(0, 2);
    return {
      id: `p${i}`,
      kind,
      ...(scope === 0 ? { channel: pick(channels).id } : scope === 1 ? { service: 's0' } : {}),
      ...(kind === 'custom' || chance(0.3) ? { text: text() } : {}),
      targets: targets(kind),
      ...(chance(0.3) ? { qualifier: pick(['usually sooner', 'ideally', 'We try to do better.']) } : {}),
      ...(chance(0.3) ? { guarantee: { amount: int(1, 100), condition: text(), automatic: chance(0.5) } } : {}),
    };
  });
  const week = {
    mon: [['09:00', '17:00']],
    tue: [
      ['09:00', '12:30'],
      ['13:30', '17:00'],
    ],
    fri: [['10:00', '16:00']],
  };
  const stage = () =>
    chance(0.2) ? { name: text(), noTimescale: true } : { name: text(), targets: targets('reply').slice(0, 2) };
  return {
    version: 2,
    language: pick(['en', 'cy']),
    timeZone: 'Europe/London',
    organisation: { name: text() },
    title: text(),
    calendars: {
      office: {
        weekly: week,
        ...(chance(0.5) ? { holidaysUntil: '2027-12-31', holidays: ['2026-12-25'] } : {}),
        ...(chance(0.5) ? { periods: [{ from: '2026-11-01', to: '2027-03-31', weekly: week, name: text() }] } : {}),
      },
      week: { days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    },
    ...(withHours ? { hours: 'office' } : {}),
    ...(workingCalendar ? { workingCalendar: 'week' } : {}),
    sites: [{ id: 'site', name: text(), address: text(), ...(withHours ? { hours: 'office' } : {}) }],
    channels: channels.map((c, i) => (i === 0 && c.type === 'in-person' ? { ...c, sites: ['site'] } : c)),
    services,
    promises,
    access: chance(0.5) ? [{ id: 'a', offer: pick(OFFERS), languages: ['pl', 'bfi'], targets: [] }] : [],
    notices: chance(0.5)
      ? [{ id: 'n', text: text(), until: '2026-12-31', ...(chance(0.5) ? { channels: [channels[0].id] } : {}) }]
      : [],
    complaints: {
      tracks: Array.from({ length: int(1, 2) }, (_, i) => ({
        id: `t${i}`,
        name: text(),
        stages: Array.from({ length: int(1, 2) }, stage),
      })),
      extension: chance(0.5) ? text() : undefined,
      escalation: [{ name: text(), phone: '0300 000 0000', ...(chance(0.5) ? { url: 'https://example.org' } : {}) }],
    },
  };
}

describe('any valid format 2 charter renders', () => {
  const SEEDS = 40;
  let uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it(`in every element, in English and Welsh, for ${SEEDS} seeded charters`, async () => {
    let checked = 0;
    for (let seed = 1; checked < SEEDS && seed < SEEDS * 4; seed++) {
      const json = JSON.parse(JSON.stringify(randomCharter(seed))) as Json;
      const { problems } = readCharter(json);
      if (problems.length) continue; // the generator aims at valid documents; the reader decides
      checked++;
      uncaught = [];
      const ids = (json.promises as Json[]).map((p) => p.id as string);
      const channels = (json.channels as Json[]).map((c) => c.id as string);
      const charter = await render<ServiceCharter>(
        html`<service-charter lang=${seed % 2 ? 'en' : 'cy'} now="2026-12-21T10:00:00Z" .charter=${json}>
          ${ids.map((id) => html`<service-response-time promise-id=${id}></service-response-time>`)}
          ${channels.map((id) => html`<service-hours channel=${id}></service-hours>`)}
          <service-complaint-form endpoint="/nowhere"></service-complaint-form>
        </service-charter>`,
      );
      await settle(charter);
      const where = `seed ${seed}`;
      expect(uncaught, where).to.deep.equal([]);
      expect(charter.shadowRoot!.querySelector('[part="problem"]'), where).to.equal(null);
      for (const promise of charter.shadowRoot!.querySelectorAll('[part="promise"]'))
        expect(deepText(promise), `${where}: a promise says something`).to.not.equal('');
      for (const child of charter.querySelectorAll('service-response-time, service-hours'))
        expect(child.shadowRoot!.querySelector('[part="problem"]'), `${where}: <${child.localName}>`).to.equal(null);
      charter.remove();
    }
    expect(checked).to.equal(SEEDS);
  });
});
