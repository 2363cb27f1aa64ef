// Schedules and deadlines (docs/schedules-and-targets.md): a council's office hours with a lunch break on
// one day, and a year of bank holidays and special days, at instants spread over a year.
import { deadline, openState } from 'service-charter/core';

const day = [['09:00', '17:00']];
const schedule = {
  timeZone: 'Europe/London',
  weekly: {
    mon: day,
    tue: [
      ['09:00', '12:30'],
      ['13:30', '17:00'],
    ],
    wed: day,
    thu: day,
    fri: [['09:00', '16:30']],
  },
  holidays: ['2026-12-25', '2026-12-28', '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31'],
  special: { '2026-12-24': [['09:00', '12:00']], '2026-12-31': [['09:00', '12:00']] },
};
const START = Date.parse('2026-11-23T00:00:00Z');
/** Instants 7 hours 13 minutes apart, wrapping after a year. */
const instant = (i) => new Date(START + ((i * 433) % 525_600) * 60_000);

export const cases = [
  { name: 'deadline, 20 working days', run: (i) => deadline(schedule, { workingDays: 20 }, instant(i)) },
  { name: 'deadline, 24 business hours', run: (i) => deadline(schedule, { businessHours: 24 }, instant(i)) },
  { name: 'openState', run: (i) => openState(schedule, instant(i)) },
];

// The largest amounts a charter may give (TARGET_MAXIMA) on the slowest kind of schedule:
// open one hour a week, that hour being the one the clocks change in.
const oneHourAWeek = { timeZone: 'Europe/London', weekly: { sun: [['01:00', '02:00']] } };
cases.push(
  {
    name: 'deadline, 17,520 business hours, open one hour a week',
    run: (i) => deadline({ ...oneHourAWeek }, { businessHours: 17_520 }, instant(i)),
  },
  {
    name: 'deadline, 520 working days, open one hour a week',
    run: (i) => deadline({ ...oneHourAWeek }, { workingDays: 520 }, instant(i)),
  },
);
