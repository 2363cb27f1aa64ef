import type { PluralForms } from './format.js';

/** Strings of <service-wait-time>, in English. Channel-type maps fall back to `default`. */
export const en = {
  waitUnderMinute: 'Less than a minute',
  waitMinutes: { one: 'About # minute', other: 'About # minutes' } as PluralForms,
  waitOverHour: 'Over an hour',
  waitToAnswer: {
    phone: '{wait} to answer a call',
    chat: '{wait} to answer a chat',
    'in-person': '{wait} to be seen',
    default: '{wait} to be answered',
  } as Record<string, string>,
  waitUpdated: 'updated {age}',
  waitAges: {
    second: { one: '# second ago', other: '# seconds ago' },
    minute: { one: '# minute ago', other: '# minutes ago' },
    hour: { one: '# hour ago', other: '# hours ago' },
  } as Record<'second' | 'minute' | 'hour', PluralForms>,
  waitUpdatedJustNow: 'updated just now',
  waitUpdatedAt: 'updated at {time}',
  waitConnecting: 'Checking the current wait…',
  waitStale: 'This figure may be out of date.',
  waitUnavailable: 'The current wait time is not available right now.',
  waitClosed: { phone: 'Lines are closed.', chat: 'Live chat is closed.', default: 'Closed.' } as Record<
    string,
    string
  >,
  waitOpens: {
    phone: 'Lines open {when}',
    chat: 'Live chat opens {when}',
    default: 'Opens {when}',
  } as Record<string, string>,
  waitOpensToday: 'at {time}',
  waitOpensTomorrow: 'tomorrow at {time}',
  waitOpensDay: 'on {day} at {time}',
  waitOpensDate: 'on {date} at {time}',
  waitPause: 'Pause updates',
  waitResume: 'Resume updates',
  waitPaused: 'Updates paused.',
};

/** The shape of these strings: every language's table has it. */
export type WaitStrings = typeof en;
