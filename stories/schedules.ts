import type { CharterSchedule } from '../src/core/charter-types.js';

/** A council office's hours, with inline GOV.UK bank holidays and a short Christmas Eve: no network needed. */
export const officeHours: CharterSchedule = {
  timeZone: 'Europe/London',
  weekly: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '16:30']],
  },
  special: { '2026-12-24': [['09:00', '12:00']] },
  bankHolidays: {
    division: 'england-and-wales',
    data: {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [{ date: '2026-12-25' }, { date: '2026-12-28' }, { date: '2027-01-01' }],
      },
    },
  },
};

/** A helpline that never closes. */
export const allDayHours: CharterSchedule = {
  timeZone: 'Europe/London',
  weekly: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, [['00:00', '24:00']]]),
  ),
};

/** Fixed instants for each state (all in November and December 2026, UK time = UTC). */
export const moments = {
  open: '2026-11-24T10:00:00Z',
  closingSoon: '2026-11-24T16:45:00Z',
  closedOvernight: '2026-11-24T19:30:00Z',
  bankHoliday: '2026-12-25T10:00:00Z',
};
