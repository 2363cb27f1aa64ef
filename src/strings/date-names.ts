/**
 * English weekday and month names, the fallback tables' shape (the Welsh ones are in
 * cy/date-names.ts, fetched with the Welsh strings).
 */
export const englishWeekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const englishMonthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
