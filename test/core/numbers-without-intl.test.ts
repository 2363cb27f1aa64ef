import { expect } from '@open-wc/testing';
import { formatFigure, formatNumber, formatPeriod } from '../../src/strings/format.js';
import { englishMonthNames } from '../../src/strings/date-names.js';
import { welshMonthNames } from '../../src/strings/cy/date-names.js';
import { byPeriod } from '../../src/core/performance.js';
import { readTimeZone } from '../../src/core/read-schedule.js';
import { ProblemLog } from '../../src/core/problems.js';

/**
 * English and Welsh numbers, month names and period order are written without Intl (its first
 * formatter or collator costs a page tens of milliseconds): each must match what this engine's
 * Intl writes, on figures a charter publishes and on the awkward ones (halves, long decimals).
 */
function figuresToTry(): number[] {
  const values = [
    0,
    0.5,
    1,
    1.005,
    2.675,
    9.995,
    99.95,
    99.995,
    0.1 + 0.2,
    83.45,
    999.5,
    1000,
    12345.678,
    1e6,
    2 ** 40,
  ];
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 3000; i++) {
    const scale = 10 ** Math.floor(random() * 8);
    values.push(Math.round(random() * scale * 1000) / 1000, Math.round(random() * 100000) / 1000 + 0.005);
  }
  return values;
}

describe('numbers and months without Intl', () => {
  for (const lang of ['en', 'cy']) {
    it(`writes numbers and percentages exactly as Intl does in ${lang}`, () => {
      const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
      const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
      const differences = figuresToTry().flatMap((value) => {
        const ours = [formatNumber(lang, value), formatFigure(value, 'percent', lang, {})];
        const intl = [number.format(value), percent.format(value / 100)];
        return ours[0] === intl[0] && ours[1] === intl[1] ? [] : [`${value}: ${ours.join(' ')} ≠ ${intl.join(' ')}`];
      });
      expect(differences).to.deep.equal([]);
    });
  }

  it('leaves other languages and negative numbers to Intl', () => {
    expect(formatNumber('de', 1234.5)).to.equal(
      new Intl.NumberFormat('de', { maximumFractionDigits: 2 }).format(1234.5),
    );
    expect(formatNumber('en', -1234.5)).to.equal('-1,234.5');
  });

  it('names months from the built-in tables, as Intl names them where it has the language', () => {
    for (let month = 1; month <= 12; month++) {
      const period = `2026-${String(month).padStart(2, '0')}`;
      const intl = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(formatPeriod(period, 'en', 'Q{quarter} {year}', englishMonthNames)).to.equal(
        intl.format(Date.UTC(2026, month - 1, 15)),
      );
      expect(formatPeriod(period, 'cy', 'Ch{quarter} {year}', welshMonthNames)).to.equal(
        `${welshMonthNames[month - 1]} 2026`,
      );
    }
  });

  it('orders periods as collation orders them', () => {
    const periods = ['2026-Q3', '2025', '2026-10', '2026', '2026-09', '2025-Q4', '2026-01', '2026-Q1'].map(
      (period) => ({
        period,
        achieved: 1,
      }),
    );
    const collated = [...periods].sort((a, b) => a.period.localeCompare(b.period)).map((p) => p.period);
    expect([...periods].sort(byPeriod).map((p) => p.period)).to.deep.equal(collated);
  });

  it('accepts every time zone Intl accepts, canonical or not, and nothing else', () => {
    const read = (name: string) => readTimeZone(name, 'timeZone', new ProblemLog());
    for (const name of ['Europe/London', 'UTC', 'Europe/Belfast', 'europe/london', 'Etc/GMT+1'])
      expect(read(name), name).to.equal(name);
    for (const name of ['Europe/Londn', 'Mars/Olympus', '']) expect(read(name), name).to.equal(undefined);
  });
});
