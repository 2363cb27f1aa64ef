import { welshMonthNames } from './date-names.js';
import type { FiguresStrings } from '../figures.js';

/** Welsh. */
export const cy: FiguresStrings = {
  achieved: 'Wedi cyflawni {achieved} yn erbyn targed o {target}',
  achievedNoTarget: 'Wedi cyflawni {achieved}',
  period: 'yn {period}',
  met: 'Targed wedi’i gyrraedd',
  missed: 'Targed heb ei gyrraedd',
  noFigures: 'Dim ffigurau wedi’u cyhoeddi eto',
  units: {
    seconds: { other: '# eiliad' },
    minutes: { other: '# munud' },
    days: { two: '# ddiwrnod', other: '# diwrnod' },
    count: { other: '#' },
  },
  quarter: 'Ch{quarter} {year}',
  months: welshMonthNames,
};
