// The DOM-free performance core in Node: CSV and JSON figures, verdicts and trend, chart geometry.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  chartGeometry,
  figuresFormat,
  FiguresReadError,
  latestFigure,
  periodResults,
  readCsv,
  readFigure,
  readFigures,
  readFiguresCsv,
  readFiguresJson,
  targetRecord,
  trendOf,
} from 'service-charter/core';
// Chart scales are internal: not exported from service-charter/core.
import { niceTicks } from '../../dist/core/performance-chart.js';

describe('readCsv', () => {
  it('reads quoted fields, doubled quotes, line breaks inside quotes, CRLF and a BOM', () => {
    const { records } = readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",z\n');
    assert.deepEqual(records, [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['two\nlines', 'z'] },
    ]);
  });

  it('reports a quoted field that never closes, with its line', () => {
    assert.equal(readCsv('a,b\n1,"open\n2,3').unclosedQuoteLine, 2);
  });

  it('reads a last line without a line break, and old Mac CR line ends', () => {
    assert.deepEqual(
      readCsv('a\rb').records.map((r) => r.cells[0]),
      ['a', 'b'],
    );
  });
});

describe('readFigure', () => {
  it('reads figures as councils write them, and gaps as null', () => {
    assert.equal(readFigure('87'), 87);
    assert.equal(readFigure(' 87.5% '), 87.5);
    assert.equal(readFigure('1,234'), 1234);
    for (const gap of ['', ' ', '-', 'n/a', 'N/A', '..', 'x']) assert.equal(readFigure(gap), null, gap);
    for (const bad of ['eighty', '12,34', '-3', '8 7']) assert.ok(Number.isNaN(readFigure(bad)), bad);
  });
});

describe('readFiguresCsv', () => {
  const header = 'promise,period,achieved,target,unit,better,measure';

  it('groups rows by promise, with unit, direction and measure from the first row that gives them', () => {
    const { byPromise, problems } = readFiguresCsv(
      [header, 'wait,2026-Q1,41,30,seconds,lower,Average wait', 'wait,2026-Q2,,30,,,', 'calls,2026,87%,85%,,,'].join(
        '\n',
      ),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(byPromise.wait, {
      unit: 'seconds',
      better: 'lower',
      measure: 'Average wait',
      periods: [
        { period: '2026-Q1', achieved: 41, target: 30 },
        { period: '2026-Q2', achieved: null, target: 30 },
      ],
    });
    assert.deepEqual(byPromise.calls, {
      unit: 'percent',
      better: 'higher',
      periods: [{ period: '2026', achieved: 87, target: 85 }],
    });
  });

  it('takes columns in any order and case, ignoring others; target is optional', () => {
    const { byPromise } = readFiguresCsv('Period,Notes,ACHIEVED,Promise\n2026-10,busy month,87,calls\n');
    assert.deepEqual(byPromise.calls.periods, [{ period: '2026-10', achieved: 87 }]);
  });

  it('leaves out a malformed row with a message naming its line, and keeps every other row', () => {
    const { byPromise, problems } = readFiguresCsv(
      [
        header,
        'calls,2026-09,89,85,,,',
        'calls,2026-10,eighty,85,,,',
        'calls,2026-13,80,85,,,',
        'calls,2026-11,90,lots,,,',
        'calls,2026-09,91,85,,,',
        'calls,2026-12,90,85,seconds,,',
        'calls,2027-01,90,85,,,,extra',
        'bad id!,2026-09,1,,,,',
        'calls,2027-02,92,88,,sideways,',
      ].join('\r\n'),
    );
    assert.deepEqual(
      byPromise.calls.periods.map((p) => p.period),
      ['2026-09', '2026-12'],
    );
    assert.deepEqual(problems, [
      { where: 'line 3', message: 'achieved "eighty" must be a number, a percentage or blank' },
      { where: 'line 4', message: 'period "2026-13" must be YYYY, YYYY-Qn or YYYY-MM' },
      { where: 'line 5', message: 'target "lots" must be a number, a percentage or blank' },
      { where: 'line 6', message: 'calls already has a row for 2026-09' },
      { where: 'line 8', message: 'has 8 fields but the header has 7 (is a comma inside an unquoted field?)' },
      { where: 'line 9', message: 'promise must be an id of letters, digits, "-" or "_"' },
      { where: 'line 10', message: 'better "sideways" must be higher or lower' },
    ]);
  });

  it('refuses a unit that contradicts an earlier row', () => {
    const { problems } = readFiguresCsv(`${header}\nw,2026,40,,seconds,,\nw,2027,30,,minutes,,\n`);
    assert.deepEqual(problems, [{ where: 'line 3', message: 'unit "minutes" differs from "seconds" on line 2' }]);
  });

  it('throws a FiguresReadError when the required columns are missing', () => {
    assert.throws(
      () => readFiguresCsv('name,value\nx,1'),
      (error) =>
        error instanceof FiguresReadError &&
        error.reason === 'columns' &&
        /promise, period, achieved/.test(error.message),
    );
    assert.throws(() => readFiguresCsv(''), FiguresReadError);
  });
});

describe('readFiguresJson and readFigures', () => {
  it('reads the JSON shape as the charter reads performance, reporting problems by path and keeping the rest', () => {
    const { byPromise, problems } = readFiguresJson({
      promises: {
        calls: {
          periods: [
            { period: '2026-10', achieved: 87, target: 85 },
            { period: 'Oct', achieved: 1 },
          ],
        },
        wait: { unit: 'hours', periods: [] },
      },
    });
    assert.deepEqual(byPromise, {
      calls: { unit: 'percent', better: 'higher', periods: [{ period: '2026-10', achieved: 87, target: 85 }] },
      wait: { unit: 'percent', better: 'higher', periods: [] },
    });
    assert.deepEqual(
      problems.map((p) => p.where),
      ['promises.calls.periods[1].period', 'promises.wait.unit'],
    );
    assert.deepEqual(readFiguresJson([]).problems, [
      { where: 'promises', message: 'must be an object of promise ids to figures' },
    ]);
  });

  it('reads a body as the format it is given, and throws on text that is not JSON', () => {
    assert.deepEqual(readFigures('\uFEFF{"promises":{}}', 'json'), { byPromise: {}, problems: [] });
    assert.deepEqual(Object.keys(readFigures('promise,period,achieved\np,2026,1', 'csv').byPromise), ['p']);
    assert.throws(
      () => readFigures('{', 'json'),
      (error) => error instanceof FiguresReadError && error.reason === 'json',
    );
  });

  it('chooses CSV or JSON by content type, then by extension', () => {
    assert.equal(figuresFormat('text/csv; charset=utf-8', '/figures.json'), 'csv');
    assert.equal(figuresFormat('application/json', '/figures.csv'), 'json');
    assert.equal(figuresFormat('application/octet-stream', '/data/figures.CSV'), 'csv');
    assert.equal(figuresFormat(null, '/figures'), 'json');
  });
});

describe('verdicts and trend', () => {
  const wait = {
    unit: 'seconds',
    better: 'lower',
    periods: [
      { period: '2026-Q3', achieved: null, target: 30 },
      { period: '2026-Q4', achieved: 28, target: 30 },
      { period: '2026-Q2', achieved: 41, target: 30 },
      { period: '2026-Q1', achieved: 35 },
    ],
  };

  it('orders periods as latestFigure does and judges each, lower being better', () => {
    assert.deepEqual(
      periodResults(wait).map((r) => [r.period, r.verdict]),
      [
        ['2026-Q1', 'no-target'],
        ['2026-Q2', 'missed'],
        ['2026-Q3', 'gap'],
        ['2026-Q4', 'met'],
      ],
    );
    assert.deepEqual(targetRecord(periodResults(wait)), { met: 1, judged: 2 });
    assert.equal(latestFigure(wait).period, periodResults(wait).at(-1).period);
  });

  it('compares the latest figure with the one before it, skipping gaps', () => {
    const trend = trendOf(wait);
    assert.equal(trend.direction, 'improving');
    assert.equal(trend.previous.period, '2026-Q2');
    assert.equal(trendOf({ ...wait, better: 'higher' }).direction, 'worsening');
    assert.equal(
      trendOf({
        ...wait,
        periods: [
          { period: '2026', achieved: 5 },
          { period: '2027', achieved: 5 },
        ],
      }).direction,
      'steady',
    );
    assert.equal(trendOf({ ...wait, periods: [{ period: '2026', achieved: 5 }] }), undefined);
  });
});

describe('chart geometry', () => {
  const box = { width: 200, height: 120, top: 10, right: 10, bottom: 10, left: 10 };

  it('chooses round ticks around the figures, within 0–100 for percentages', () => {
    assert.deepEqual(niceTicks(82, 89, 'percent'), [75, 80, 85, 90, 95]);
    assert.deepEqual(niceTicks(95, 96, 'percent'), [90, 95, 100]);
    assert.deepEqual(niceTicks(90, 100, 'percent'), [85, 90, 95, 100]);
    assert.deepEqual(niceTicks(26, 61, 'seconds'), [20, 30, 40, 50, 60, 70]);
    assert.deepEqual(niceTicks(0, 3, 'count'), [0, 1, 2, 3, 4]);
    assert.deepEqual(niceTicks(87, 87, 'percent'), [80, 85, 90]);
  });

  it('places each period in its own slot, breaks the line at gaps and steps the target', () => {
    const results = periodResults({
      unit: 'count',
      better: 'higher',
      periods: [
        { period: '2026-01', achieved: 0, target: 2 },
        { period: '2026-02', achieved: null, target: 2 },
        { period: '2026-03', achieved: 4, target: 3 },
        { period: '2026-04', achieved: 2 },
      ],
    });
    const geometry = chartGeometry(results, 'count', box);
    assert.deepEqual(
      geometry.ticks.map((t) => t.value),
      [0, 1, 2, 3, 4, 5],
    );
    assert.deepEqual(
      geometry.slots.map((s) => [s.start, s.x, s.end, s.y, s.targetY]),
      [
        [10, 32.5, 55, 110, 70],
        [55, 77.5, 100, undefined, 70],
        [100, 122.5, 145, 30, 50],
        [145, 167.5, 190, 70, undefined],
      ],
    );
    assert.equal(geometry.achievedPath, 'M32.5 110M122.5 30L167.5 70');
    assert.equal(geometry.targetPath, 'M10 70L55 70L55 70L100 70L100 50L145 50');
  });

  it('draws a single period as one point in the middle', () => {
    const geometry = chartGeometry(
      periodResults({ unit: 'percent', better: 'higher', periods: [{ period: '2026', achieved: 96, target: 95 }] }),
      'percent',
      box,
    );
    assert.equal(geometry.slots[0].x, 100);
    assert.equal(geometry.achievedPath, 'M100 ' + geometry.slots[0].y);
    assert.ok(geometry.slots[0].y > box.top && geometry.slots[0].y < box.height - box.bottom);
  });
});
