// The schema.org JSON-LD built by the core, checked for shape and against the schedule itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { charterStructuredData, intervalsOn, scriptSafeJson, parseCharter } from 'service-charter/core';

const sample = (name) =>
  parseCharter(JSON.parse(readFileSync(new URL(`../../src/samples/${name}.json`, import.meta.url))));
const council = sample('district-council');
const DAYS = {
  Monday: 'mon',
  Tuesday: 'tue',
  Wednesday: 'wed',
  Thursday: 'thu',
  Friday: 'fri',
  Saturday: 'sat',
  Sunday: 'sun',
};
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Checks every OpeningHoursSpecification's shape, and returns the weekly intervals it describes per weekday. */
function readSpecs(specs) {
  const weekly = {};
  for (const spec of specs) {
    assert.equal(spec['@type'], 'OpeningHoursSpecification');
    assert.match(spec.opens, TIME);
    assert.match(spec.closes, TIME);
    if (spec.validFrom) {
      assert.equal(spec.validThrough, spec.validFrom);
      assert.equal(spec.dayOfWeek, undefined);
      continue;
    }
    for (const day of [spec.dayOfWeek].flat()) {
      const weekday = DAYS[day.replace('https://schema.org/', '')];
      assert.ok(weekday, `unknown dayOfWeek ${day}`);
      (weekly[weekday] ??= []).push([spec.opens, spec.closes]);
    }
  }
  return weekly;
}

/** The dated specs as { date: intervals }, where a closed day is []. */
function datedHours(specs) {
  const byDate = {};
  for (const spec of specs.filter((s) => s.validFrom)) (byDate[spec.validFrom] ??= []).push(spec);
  return byDate;
}

describe('charterStructuredData', () => {
  const data = charterStructuredData(council, { government: true, fromDate: '2026-11-24' });

  it('is a GovernmentService with its provider, languages and channels', () => {
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'GovernmentService');
    assert.equal(data.name, 'Our customer service charter');
    assert.deepEqual(data.provider, {
      '@type': 'GovernmentOrganization',
      name: 'Northwold District Council',
      url: 'https://www.northwold.example.gov.uk',
    });
    assert.deepEqual(data.availableLanguage, ['en']);
    for (const channel of data.availableChannel) {
      assert.equal(channel['@type'], 'ServiceChannel');
      assert.ok(channel.name && channel.availableLanguage.length, JSON.stringify(channel));
      assert.ok(channel.servicePhone || channel.serviceUrl || channel.serviceLocation, `${channel.name} has no way in`);
    }
    const [phone, email, web, office] = data.availableChannel;
    assert.equal(phone.servicePhone['@type'], 'ContactPoint');
    assert.equal(phone.servicePhone.telephone, '01632 960000');
    assert.equal(email.serviceUrl, 'mailto:customer.services@northwold.example.gov.uk');
    assert.equal(web.serviceUrl, 'https://www.northwold.example.gov.uk/contact');
    assert.equal(office.serviceLocation['@type'], 'Place');
  });

  it('is a Service of an Organization by default', () => {
    const business = charterStructuredData(sample('online-business'));
    assert.equal(business['@type'], 'Service');
    assert.equal(business.provider['@type'], 'Organization');
  });

  it('gives weekly hours that match the schedule, day by day', () => {
    const schedules = [
      [council.hours, data.hoursAvailable],
      [council.channels[0].hours, data.availableChannel[0].servicePhone.hoursAvailable],
      [council.channels[3].hours, data.availableChannel[3].serviceLocation.openingHoursSpecification],
    ];
    for (const [schedule, specs] of schedules) {
      const weekly = readSpecs(specs);
      for (const day of Object.values(DAYS)) {
        assert.deepEqual(
          weekly[day] ?? [],
          (schedule.weekly[day] ?? []).map(([o, c]) => [o, c]),
          day,
        );
      }
    }
  });

  it('gives holidays as closed (00:00 to 00:00) and special days with their hours, from fromDate on', () => {
    const dated = datedHours(data.hoursAvailable);
    const dates = Object.keys(dated);
    assert.deepEqual(dates, [...dates].sort());
    assert.equal(dates[0], '2026-12-24');
    for (const [date, specs] of Object.entries(dated)) {
      const expected = intervalsOn(council.hours, date).map(([o, c]) => [o, c]);
      const given = specs.map((s) => [s.opens, s.closes]).filter(([o, c]) => !(o === '00:00' && c === '00:00'));
      assert.deepEqual(given, expected, date);
    }
    assert.deepEqual(
      dated['2026-12-25'].map((s) => [s.opens, s.closes]),
      [['00:00', '00:00']],
    );
    assert.deepEqual(
      dated['2026-12-24'].map((s) => [s.opens, s.closes]),
      [['09:00', '12:00']],
    );
  });

  it('writes 24:00 as 23:59, groups equal intervals, and names languages of a bilingual charter', () => {
    const welsh = charterStructuredData(sample('welsh-council'), { language: 'cy' });
    assert.deepEqual(welsh.availableLanguage.toSorted(), ['cy', 'en']);
    const late = {
      ...council,
      hours: { timeZone: 'Europe/London', weekly: { mon: [['18:00', '24:00']], tue: [['18:00', '24:00']] } },
    };
    assert.deepEqual(charterStructuredData(late).hoursAvailable, [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'],
        opens: '18:00',
        closes: '23:59',
      },
    ]);
  });

  it('serialises so that no text can close the script element', () => {
    const hostile = { ...council, title: '</script><script>alert(1)</script>' };
    const text = scriptSafeJson(charterStructuredData(hostile));
    assert.ok(!text.includes('<'));
    assert.equal(JSON.parse(text).name, hostile.title);
  });
});

describe('JSON-LD for format 2', () => {
  const health = sample('bilingual-health-board');
  const data = charterStructuredData(health, { language: 'en', fromDate: '2026-11-30' });
  const channel = (id) => data.availableChannel.find((c) => c['@id'] === `#channel-${id}`);

  it('names every language people can use: the charter’s and its access offers’; a channel its own', () => {
    assert.deepEqual(data.availableLanguage, ['cy', 'en', 'bfi', 'pl', 'ar']);
    assert.deepEqual(channel('video-relay').availableLanguage, ['bfi']);
    assert.deepEqual(channel('phone').availableLanguage, ['cy', 'en']);
  });

  it('publishes each site as a Place with its own hours, dated periods valid between their dates', () => {
    const places = channel('minor-injuries').serviceLocation;
    assert.deepEqual(
      places.map((place) => place.name),
      ['Dyffryn Hospital Minor Injuries Unit', 'Aber Health Centre'],
    );
    const winter = places[0].openingHoursSpecification.filter((spec) => spec.validFrom === '2026-10-31');
    assert.ok(winter.length > 0);
    for (const spec of winter) {
      assert.equal(spec.validThrough, '2027-05-01');
      assert.ok(spec.dayOfWeek, 'a period keeps its weekdays');
    }
    const mondays = winter.find((spec) => [spec.dayOfWeek].flat().includes('https://schema.org/Monday'));
    assert.deepEqual([mondays.opens, mondays.closes], ['08:00', '22:00']);
  });

  it('never publishes a working calendar without hours as opening hours', () => {
    const water = charterStructuredData(sample('water-company'));
    assert.equal(water.hoursAvailable, undefined);
    assert.ok(water.availableChannel.every((c) => !c.servicePhone?.hoursAvailable));
  });
});
