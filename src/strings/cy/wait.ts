import type { WaitStrings } from '../wait.js';

/** Welsh. */
export const cy: WaitStrings = {
  waitUnderMinute: 'Llai na munud',
  waitMinutes: { other: 'Tua # munud' },
  waitOverHour: 'Dros awr',
  waitToAnswer: {
    phone: '{wait} i ateb galwad',
    chat: '{wait} i ateb sgwrs',
    'in-person': '{wait} i gael eich gweld',
    default: '{wait} i gael ateb',
  },
  waitUpdated: 'diweddarwyd {age}',
  waitAges: {
    second: { other: '# eiliad yn ôl' },
    minute: { two: '# funud yn ôl', other: '# munud yn ôl' },
    hour: { other: '# awr yn ôl' },
  },
  waitUpdatedJustNow: 'newydd ei ddiweddaru',
  waitUpdatedAt: 'diweddarwyd am {time}',
  waitConnecting: 'Wrthi’n gwirio’r amser aros presennol…',
  waitStale: 'Efallai fod y ffigur hwn wedi dyddio.',
  waitUnavailable: 'Nid yw’r amser aros presennol ar gael ar hyn o bryd.',
  waitClosed: { phone: 'Mae’r llinellau ar gau.', chat: 'Mae’r sgwrs fyw ar gau.', default: 'Ar gau.' },
  waitOpens: {
    phone: 'Mae’r llinellau’n agor {when}',
    chat: 'Mae’r sgwrs fyw yn agor {when}',
    default: 'Yn agor {when}',
  },
  waitOpensToday: 'am {time}',
  waitOpensTomorrow: 'yfory am {time}',
  waitOpensDay: '{day} am {time}',
  waitOpensDate: 'ar {date} am {time}',
  waitPause: 'Oedi’r diweddariadau',
  waitResume: 'Ailddechrau’r diweddariadau',
  waitPaused: 'Mae’r diweddariadau wedi’u hoedi.',
};
