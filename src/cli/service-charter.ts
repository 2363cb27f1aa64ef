/**
 * The `service-charter` command: checks a charter file, reports its schedules, and
 * migrates a version 1 file to version 2.
 * Node built-ins and the DOM-free core only.
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { printable, printableHtml } from './printable.js';
import { migrateCharter } from '../core/migrate-charter.js';
import { CliError, EXIT, readJsonFile } from './read-file.js';
import { scheduleReport } from './schedule-report.js';
import { validate } from './validate.js';

const HELP = `Usage: service-charter <command> [options]

Commands:
  validate <charter.json>   Check a charter; list every problem with its JSON path.
    --schedule-report       Also print the next 10 openings of each schedule (working
                            days of a working calendar), sample deadlines for each promise
                            and complaints track, and which notices show, in the
                            schedule's time zone.
    --at <ISO instant>      Compute the report from this instant (default: now),
                            e.g. --at 2026-11-24T10:00:00Z.

  migrate <charter.json>    Print a version 1 charter rewritten as version 2, with the same
                            meaning (a version 2 charter is printed as it is).
    --write                 Rewrite the file in place instead.

  render <charter.json>     Print the charter as static HTML (declarative shadow DOM) that
                            the element hydrates: paste it with the CDN loader's script
                            tag. Needs @lit-labs/ssr installed.
    --lang <code>           Language to render in (default: the charter's).
    --heading-level <1-6>   Level of the main heading (default 2).
    --structured-data <kind>  Add schema.org JSON-LD: service or government.
    --at <ISO instant>      The date JSON-LD lists holidays from (default: now).

Options:
  -h, --help                Show this help.

Exit codes: 0 valid, 1 invalid charter (render still prints what is valid), 2 wrong
command line, 3 file cannot be read, 4 file is not JSON, 5 @lit-labs/ssr is missing.
`;

class UsageError extends Error {}

function parseInstant(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(+at)) {
    throw new UsageError(`--at needs an ISO 8601 instant such as 2026-11-24T10:00:00Z, not "${value}"`);
  }
  return at;
}

async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'schedule-report': { type: 'boolean' }, at: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('validate needs exactly one charter file');
  const at = parseInstant(values.at);
  const [file] = positionals;
  const { charter, problems, report } = validate(await readJsonFile(file), file);
  (problems.length ? console.error : console.log)(report);
  if (values['schedule-report'] && charter) console.log(`\n${scheduleReport(charter, at)}`);
  return problems.length ? EXIT.invalid : EXIT.ok;
}

async function migrateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { write: { type: 'boolean' } } });
  if (positionals.length !== 1) throw new UsageError('migrate needs exactly one charter file');
  const [file] = positionals;
  const json = await readJsonFile(file);
  const { problems, report } = validate(json, file);
  if (problems.length) {
    console.error(`${report}\nFix these first: only a valid charter is migrated.`);
    return EXIT.invalid;
  }
  const text = `${JSON.stringify(migrateCharter(json), null, 2)}\n`;
  if (!values.write) {
    process.stdout.write(text);
    return EXIT.ok;
  }
  try {
    await writeFile(file, text, 'utf8');
  } catch (error) {
    throw new CliError(`Cannot write ${file}: ${(error as Error).message}.`, EXIT.missing);
  }
  console.log(`✓ ${file}: rewritten as version 2.`);
  return EXIT.ok;
}

async function loadRenderer() {
  try {
    return await import('../ssr/render-charter.js');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new CliError(
      `render needs @lit-labs/ssr (${(error as Error).message}). Install it: npm install -D @lit-labs/ssr`,
      EXIT.noRenderer,
    );
  }
}

async function renderCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      'heading-level': { type: 'string' },
      'structured-data': { type: 'string' },
      at: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('render needs exactly one charter file');
  const kind = values['structured-data'];
  if (kind !== undefined && kind !== 'service' && kind !== 'government') {
    throw new UsageError('--structured-data is "service" or "government"');
  }
  const headingLevel = values['heading-level'] === undefined ? undefined : Number(values['heading-level']);
  if (headingLevel !== undefined && !(Number.isInteger(headingLevel) && headingLevel >= 1 && headingLevel <= 6)) {
    throw new UsageError('--heading-level is a whole number from 1 to 6');
  }
  const [file] = positionals;
  const json = await readJsonFile(file);
  const { problems, report } = validate(json, file);
  const { renderCharter } = await loadRenderer();
  const html = await renderCharter(json, {
    lang: values.lang,
    headingLevel,
    structuredData: kind === 'government' ? 'government' : kind === 'service',
    now: parseInstant(values.at),
  }).catch((error: unknown) => {
    throw error instanceof RangeError ? new UsageError(error.message) : error;
  });
  if (problems.length) console.error(report);
  process.stdout.write(`${printableHtml(html)}\n`);
  return problems.length ? EXIT.invalid : EXIT.ok;
}

/** Runs the command line `args` (without node and the script); resolves to the exit code. */
export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === '-h' || command === '--help' || rest.includes('--help')) {
      console.log(HELP);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === 'validate') return await validateCommand(rest);
    if (command === 'render') return await renderCommand(rest);
    if (command === 'migrate') return await migrateCommand(rest);
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(printable(`✗ ${error.message}`));
      return error.exitCode;
    }
    // parseArgs reports unknown options and missing values with a TypeError and a code.
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(
        `${printable(`service-charter: ${(error as Error).message}`)}\nRun "service-charter --help" for usage.`,
      );
      return EXIT.usage;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
