import { PERFORMANCE_UNITS, type Performance, type PerformanceUnit } from './charter-types.js';
import { readCsv, type CsvRecord } from './csv.js';
import { readPerformance } from './read-charter-parts.js';
import { childPath, ProblemLog } from './problems.js';
import { isObject } from './readers.js';

/** Something in a figures file that could not be used: `where` is "line 5" (CSV) or a JSON path. */
export interface FigureProblem {
  where: string;
  message: string;
}

/** Performance figures by promise id, read from a file separate from the charter. */
export interface PerformanceFigures {
  byPromise: Record<string, Performance>;
  /** Rows or entries that were left out, each with why. */
  problems: FigureProblem[];
}

/** The JSON shape of a figures file: each promise's performance, as in the charter, by promise id. */
export interface FiguresDocument {
  promises: Record<string, Performance>;
}

/** A figures file that could not be read at all: not JSON, or a CSV without the needed columns. */
export class FiguresReadError extends Error {
  constructor(
    readonly reason: 'json' | 'columns',
    detail: string,
  ) {
    super(detail);
    this.name = 'FiguresReadError';
  }
}

/** The columns of the CSV layout; `promise`, `period` and `achieved` are required. */
export const CSV_COLUMNS = ['promise', 'period', 'achieved', 'target', 'unit', 'better', 'measure'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: Column[] = ['promise', 'period', 'achieved'];

const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]))?$/;
const ID = /^[a-z0-9][a-z0-9_-]*$/i;
/** What publishers write for "no figure": blank, a dash, n/a, ONS's "..", "x". */
const GAP = /^(?:|-|–|—|n\/?a|\.\.|x)$/i;

/**
 * A figure as councils write it: `87`, `87.5`, `87%`, `1,234`. Returns null for a
 * gap, NaN for anything else.
 */
export function readFigure(cell: string): number | null {
  const text = cell.trim();
  if (GAP.test(text)) return null;
  const plain = text.replace(/%$/, '').trim();
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/.test(plain)) return NaN;
  return Number(plain.replace(/,/g, ''));
}

/** Reads the JSON shape `{ "promises": { "<promise id>": { unit, better, measure, periods } } }`. */
export function readFiguresJson(json: unknown): PerformanceFigures {
  const log = new ProblemLog();
  const byPromise: Record<string, Performance> = {};
  const promises = isObject(json) ? json.promises : undefined;
  if (!isObject(promises)) {
    log.add('promises', 'must be an object of promise ids to figures');
  } else {
    for (const [id, value] of Object.entries(promises)) {
      const performance = readPerformance(value, childPath('promises', id), log);
      if (performance) byPromise[id] = performance;
    }
  }
  return { byPromise, problems: log.problems.map(({ path, message }) => ({ where: path, message })) };
}

type Row = Record<Column, string>;

/** What a promise's rows have said so far about its unit and direction, and on which line. */
interface Declared {
  unit?: { value: PerformanceUnit; line: number };
  better?: { value: Performance['better']; line: number };
}

/** The series being built from CSV rows, by promise id. */
interface CsvSeries {
  byPromise: Map<string, Performance>;
  declared: Map<string, Declared>;
}

/** Why a row's own cells cannot be used, or its figures. */
function readRowCells(row: Row) {
  if (!ID.test(row.promise)) return 'promise must be an id of letters, digits, "-" or "_"';
  if (!PERIOD.test(row.period)) return `period "${row.period}" must be YYYY, YYYY-Qn or YYYY-MM`;
  const achieved = readFigure(row.achieved);
  if (Number.isNaN(achieved)) return `achieved "${row.achieved}" must be a number, a percentage or blank`;
  const target = row.target === '' ? undefined : readFigure(row.target);
  if (target === null || Number.isNaN(target)) return `target "${row.target}" must be a number, a percentage or blank`;
  const unit = row.unit === '%' ? 'percent' : row.unit.toLowerCase();
  if (unit && !PERFORMANCE_UNITS.includes(unit as PerformanceUnit)) {
    return `unit "${row.unit}" must be one of ${PERFORMANCE_UNITS.join(', ')}`;
  }
  const better = row.better.toLowerCase();
  if (better && better !== 'higher' && better !== 'lower') return `better "${row.better}" must be higher or lower`;
  return { achieved, target, unit: unit as PerformanceUnit | '', better: better as Performance['better'] | '' };
}

/** Adds one CSV row to its promise's series; returns why it was left out, if it was. */
function addRow(row: Row, line: number, series: CsvSeries): string | undefined {
  const cells = readRowCells(row);
  if (typeof cells === 'string') return cells;
  const performance = series.byPromise.get(row.promise) ?? { unit: 'percent', better: 'higher', periods: [] };
  const declared = series.declared.get(row.promise) ?? {};
  if (cells.unit && declared.unit && cells.unit !== declared.unit.value) {
    return `unit "${cells.unit}" differs from "${declared.unit.value}" on line ${declared.unit.line}`;
  }
  if (cells.better && declared.better && cells.better !== declared.better.value) {
    return `better "${cells.better}" differs from "${declared.better.value}" on line ${declared.better.line}`;
  }
  if (performance.periods.some((p) => p.period === row.period))
    return `${row.promise} already has a row for ${row.period}`;
  if (cells.unit && !declared.unit) declared.unit = { value: (performance.unit = cells.unit), line };
  if (cells.better && !declared.better) declared.better = { value: (performance.better = cells.better), line };
  if (!performance.measure && row.measure) performance.measure = row.measure;
  const { achieved, target } = cells;
  performance.periods.push(
    target === undefined ? { period: row.period, achieved } : { period: row.period, achieved, target },
  );
  series.byPromise.set(row.promise, performance);
  series.declared.set(row.promise, declared);
  return undefined;
}

/**
 * Reads the CSV layout: a header row naming the columns (any order, any case; other
 * columns are ignored), then one row per promise and period. A row that cannot be used
 * is left out with a problem naming its line; every other row is kept.
 */
export function readFiguresCsv(text: string): PerformanceFigures {
  const { records, unclosedQuoteLine } = readCsv(text);
  const [header, ...rows] = records;
  const names = (header?.cells ?? []).map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length) {
    throw new FiguresReadError('columns', `the CSV header must name the columns ${missing.join(', ')}`);
  }
  const series: CsvSeries = { byPromise: new Map(), declared: new Map() };
  const problems: FigureProblem[] = [];
  const toRow = (record: CsvRecord) =>
    Object.fromEntries(CSV_COLUMNS.map((column) => [column, record.cells[names.indexOf(column)]?.trim() ?? ''])) as Row;
  for (const record of rows) {
    const why = record.cells.slice(names.length).some((cell) => cell.trim() !== '')
      ? `has ${record.cells.length} fields but the header has ${names.length} (is a comma inside an unquoted field?)`
      : addRow(toRow(record), record.line, series);
    if (why) problems.push({ where: `line ${record.line}`, message: why });
  }
  if (unclosedQuoteLine) {
    problems.push({ where: `line ${unclosedQuoteLine}`, message: 'a quoted field is not closed' });
  }
  return { byPromise: Object.fromEntries(series.byPromise), problems };
}

/** Reads a figures file as CSV or JSON. Throws FiguresReadError when nothing in it can be read. */
export function readFigures(body: string, format: 'csv' | 'json'): PerformanceFigures {
  if (format === 'csv') return readFiguresCsv(body);
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FiguresReadError('json', `not valid JSON: ${(error as Error).message}`);
  }
  return readFiguresJson(json);
}

/** CSV when the content type says so, or, failing a content type that says either, a `.csv` path. */
export function figuresFormat(contentType: string | null, url: string): 'csv' | 'json' {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('csv')) return 'csv';
  if (type.includes('json')) return 'json';
  return /\.csv(?:$|[?#])/i.test(url) ? 'csv' : 'json';
}
