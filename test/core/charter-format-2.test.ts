import { expect } from '@open-wc/testing';
import {
  activeNotices,
  complaintStageDeadlines,
  escalationWindow,
  holidaysCover,
  migrateCharter,
  parseCharter,
  promiseDeadlines,
  readCharter,
  weekTable,
} from '../../src/core/index.js';
import { copy, samples } from '../helpers.js';

// The format 2 core in the browser (its Intl and its JSON imports), on the three new samples.
describe('charter format 2 core in the browser', () => {
  const monday = new Date('2026-12-21T10:00:00Z');

  it('reads the format 2 samples, and every format 1 sample migrated, without a problem', () => {
    for (const sample of [samples.housingAssociation, samples.waterCompany, samples.bilingualHealthBoard]) {
      expect(readCharter(copy(sample)).problems).to.deep.equal([]);
    }
    for (const sample of [
      samples.districtCouncil,
      samples.welshCouncil,
      samples.scottishCouncil,
      samples.onlineBusiness,
    ]) {
      const v1 = readCharter(copy(sample)).charter!;
      const v2 = readCharter(migrateCharter(copy(sample))).charter!;
      expect({ ...v2, sourceVersion: 1 }).to.deep.equal(v1);
    }
  });

  it('counts working days on the working calendar and keeps a payment-services maximum', () => {
    const water = parseCharter(copy(samples.waterCompany));
    const reply = water.promises.find((p) => p.id === 'written-reply')!;
    expect(promiseDeadlines(water, reply, monday)![0].due!.toISOString()).to.equal('2027-01-08T00:00:00.000Z');
    const payments = complaintStageDeadlines(water, monday, 'payment-services')!;
    expect(payments.targets[0].latest!.toISOString()).to.equal('2027-02-12T00:00:00.000Z');
  });

  it('shows Christmas hours from their dated period, holidays still closed, and knows its holidays', () => {
    const health = parseCharter(copy(samples.bilingualHealthBoard));
    const week = weekTable(health.hours!, new Date('2026-12-24T10:00:00Z'));
    expect(week[0].intervals).to.deep.equal([['10:00', '14:00']]);
    expect(week[0].period).to.equal(0);
    expect(week[1].intervals).to.deep.equal([]);
    expect(week[1].holiday).to.equal(true);
    expect(holidaysCover(health.hours!, '2026-12-24', '2027-01-22')).to.equal(true);
    expect(activeNotices(health, monday, { channel: 'phone' }).map((n) => n.id)).to.deep.equal(['winter-pressure']);
  });

  it('says from and until when a complaint may be escalated: weeks on the calendar, months by the calendar', () => {
    const water = parseCharter(copy(samples.waterCompany));
    const ombudsman = water.complaints!.escalation[1];
    // 8 weeks after Monday 21 December 2026 10:00 GMT; 6 months later is 10:00 BST.
    expect(escalationWindow(water, ombudsman, monday)).to.deep.equal({
      opens: new Date('2027-02-15T10:00:00Z'),
      closes: new Date('2027-06-21T09:00:00Z'),
    });
    const oneMonth = { name: 'Ombudsman', within: { months: 1 } };
    // The 31st of January plus one month is the last day of February, in a leap year too.
    expect(escalationWindow(water, oneMonth, new Date('2027-01-31T10:00:00Z')).closes).to.deep.equal(
      new Date('2027-02-28T10:00:00Z'),
    );
    expect(escalationWindow(water, oneMonth, new Date('2028-01-31T10:00:00Z')).closes).to.deep.equal(
      new Date('2028-02-29T10:00:00Z'),
    );
    expect(escalationWindow(water, { name: 'CCW', phone: '0300 034 2222' }, monday)).to.deep.equal({});
  });
});
