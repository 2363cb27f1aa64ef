// The built command line, run as a person would: `service-charter validate charter.json`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).bin['service-charter'];
const fixture = (name) => `test/fixtures/${name}`;

/** Runs the CLI from the package root; returns its exit code and what it printed. */
function cli(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { status, stdout, stderr };
}

describe('service-charter CLI', () => {
  it('is the bin of the package, a built file with a shebang', () => {
    assert.match(bin, /^\.\/dist\/cli\/.+\.js$/);
    assert.equal(readFileSync(`${root}${bin}`, 'utf8').split('\n')[0], '#!/usr/bin/env node');
  });

  it('accepts a valid charter with exit code 0', () => {
    const { status, stdout, stderr } = cli('validate', fixture('charter-valid.json'));
    assert.equal(status, 0, stderr);
    assert.match(stdout, /✓ test\/fixtures\/charter-valid\.json: a valid charter "Our service charter"/);
    assert.equal(stderr, '');
  });

  it('accepts every sample charter', () => {
    for (const sample of ['district-council', 'online-business', 'scottish-council', 'welsh-council']) {
      assert.equal(cli('validate', `src/samples/${sample}.json`).status, 0, sample);
    }
  });

  it('lists every problem of an invalid charter with its path, and exits with 1', () => {
    const { status, stdout, stderr } = cli('validate', fixture('charter-invalid.json'));
    assert.equal(status, 1);
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.match(lines[0], /✗ test\/fixtures\/charter-invalid\.json: 6 problems:/);
    const paths = lines.slice(1, -1).map((line) => line.trim().split(':')[0]);
    assert.deepEqual(paths, [
      'organisation.url',
      'hours.timeZone',
      'hours.weekly.mon[0]',
      'channels[0].type',
      'promises[0].target.workingDays',
      'promises[1].channel',
    ]);
    assert.match(stderr, /promises\[0\]\.target\.workingDays: must be a whole number ≥ 0/);
    assert.match(lines.at(-1), /shows what is valid/);
  });

  it('says when a document is not a charter at all', () => {
    const { status, stderr } = cli('validate', fixture('not-a-charter.json'));
    assert.equal(status, 1);
    assert.match(stderr, /not a version 1 or 2 charter/);
  });

  it('tells a file that is not JSON (exit 4) from a file that does not exist (exit 3)', () => {
    const malformed = cli('validate', fixture('charter-malformed.json'));
    assert.equal(malformed.status, 4);
    assert.match(malformed.stderr, /^✗ test\/fixtures\/charter-malformed\.json is not JSON: /);
    const missing = cli('validate', fixture('no-such-charter.json'));
    assert.equal(missing.status, 3);
    assert.match(missing.stderr, /^✗ Cannot read test\/fixtures\/no-such-charter\.json: no such file\./);
  });

  it('explains wrong command lines with exit code 2, and --help with 0', () => {
    for (const args of [
      [],
      ['check', 'x.json'],
      ['validate'],
      ['validate', 'a.json', '--at', 'tomorrow'],
      ['validate', '--bogus'],
    ]) {
      const { status, stdout, stderr } = cli(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stdout + stderr, /Usage: service-charter|--help/);
    }
    const help = cli('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /validate <charter\.json>/);
    assert.match(help.stdout, /--schedule-report/);
  });

  it('prints the next 10 openings per schedule and a deadline per promise, from --at', () => {
    // Monday 30 November 2026, 10:00 in London (GMT).
    const { status, stdout, stderr } = cli(
      'validate',
      fixture('charter-valid.json'),
      '--schedule-report',
      '--at',
      '2026-11-30T10:00:00Z',
    );
    assert.equal(status, 0, stderr);
    const section = (heading) => {
      const lines = stdout.split('\n');
      const start = lines.findIndex((line) => line.startsWith(heading));
      assert.notEqual(start, -1, `no section "${heading}" in:\n${stdout}`);
      return lines.slice(start, lines.indexOf('', start));
    };
    const defaults = section('Default hours, for Email, Town hall (Europe/London)');
    assert.deepEqual(defaults.slice(2), [
      // Openings that begin after 10:00 Monday: the Tuesday lunch break splits the day.
      '    Tue 01 Dec 2026 09:00 GMT – 12:30 GMT',
      '    Tue 01 Dec 2026 13:30 GMT – 17:00 GMT',
      '    Wed 02 Dec 2026 09:00 GMT – 17:00 GMT',
      '    Thu 03 Dec 2026 09:00 GMT – 17:00 GMT',
      '    Fri 04 Dec 2026 09:00 GMT – 16:30 GMT',
      '    Mon 07 Dec 2026 09:00 GMT – 17:00 GMT',
      '    Tue 08 Dec 2026 09:00 GMT – 12:30 GMT',
      '    Tue 08 Dec 2026 13:30 GMT – 17:00 GMT',
      '    Wed 09 Dec 2026 09:00 GMT – 17:00 GMT',
      '    Thu 10 Dec 2026 09:00 GMT – 17:00 GMT',
    ]);
    const phone = section('Phone, channel "phone" (Europe/London)');
    assert.equal(phone.length, 2 + 10);
    assert.equal(phone[2], '    Sat 05 Dec 2026 10:00 GMT – 13:00 GMT');
    assert.equal(phone[3], '    Mon 07 Dec 2026 08:00 GMT – 18:00 GMT');
    assert.deepEqual(section('Sample deadlines').slice(1), [
      '  answer-calls (Phone, within 20 seconds): Mon 30 Nov 2026 10:00 GMT',
      // Working days: S = Monday 30th (open, before 17:00); 5 working days later is Monday 7th.
      '  reply-email (Email, within 5 working days): Mon 07 Dec 2026 17:00 GMT',
      // 7 open hours remain on Monday: 4 of them end at 14:00.
      '  call-back (Town hall, within 4 business hours): Mon 30 Nov 2026 14:00 GMT',
      '  appointment (Town hall, within 3 days): Thu 03 Dec 2026 10:00 GMT',
    ]);
  });

  it('reports in the schedule time zone across a clock change', () => {
    // Friday 26 March 2027, 12:00 GMT; London moves to BST on Sunday 28 March.
    const { stdout } = cli(
      'validate',
      fixture('charter-valid.json'),
      '--schedule-report',
      '--at',
      '2027-03-26T12:00:00Z',
    );
    assert.match(
      stdout,
      /openings:\n {4}Mon 29 Mar 2027 09:00 BST – 17:00 BST\n {4}Tue 30 Mar 2027 09:00 BST – 12:30 BST/,
    );
  });
  it('prints control characters from a document as visible escapes: no faked line, no cleared screen', () => {
    const charter = JSON.parse(readFileSync(`${root}${fixture('charter-valid.json')}`, 'utf8'));
    const hostile = '\u001b[2J\u001b[H\n✓ all good\r\u009b31m\u202eevil';
    charter.title = hostile;
    charter.channels[0].name = hostile;
    charter[`x${hostile}`] = 1;
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'charter.json');
    writeFileSync(file, JSON.stringify(charter));
    const valid = cli('validate', '--schedule-report', '--at', '2026-11-24T10:00:00Z', file);
    delete charter[`x${hostile}`];
    writeFileSync(file, JSON.stringify(charter));
    const report = cli('validate', '--schedule-report', '--at', '2026-11-24T10:00:00Z', file);
    writeFileSync(file, `{"title": "${hostile.replace(/\n|\r/g, '')}`);
    const broken = cli('validate', file);
    for (const output of [valid.stdout, valid.stderr, report.stdout, report.stderr, broken.stderr]) {
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      assert.doesNotMatch(output, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
      assert.doesNotMatch(output, /^✓ all good/m);
    }
    assert.match(valid.stderr, /x\\x1b\[2J\\x1b\[H\\x0a✓ all good\\x0d\\x9b31m\\u202eevil/);
    assert.match(report.stdout, /\\x1b\[2J/);
    assert.equal(broken.status, 4);
  });
  it('renders control characters from a document as references and escapes that mean the same', () => {
    const charter = JSON.parse(readFileSync(`${root}${fixture('charter-valid.json')}`, 'utf8'));
    const hostile = '\u001b[2J\r✓ all good \u0085\u009b31m \u202eevil\u007f';
    charter.title = hostile;
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const file = join(dir, 'charter.json');
    writeFileSync(file, JSON.stringify(charter));
    const { status, stdout, stderr } = cli('render', file);
    assert.equal(status, 0, stderr);
    const outsideScripts = stdout.replace(/<script\b[\s\S]*?<\/script>/g, '');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.doesNotMatch(outsideScripts, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    assert.match(outsideScripts, /&#x1b;\[2J&#xd;✓ all good/);
    const json = stdout.match(/<script type="application\/json">([\s\S]*?)<\/script>/)[1];
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.doesNotMatch(json, /[\u0000-\u001f\u007f-\u009f\u202e]/);
    assert.equal(JSON.parse(json).title, hostile);
  });

  /** The report for the valid fixture changed by `edit`, written to a temporary file. */
  function reportOf(edit, at = '2026-11-30T10:00:00Z') {
    const charter = JSON.parse(readFileSync(`${root}${fixture('charter-valid.json')}`, 'utf8'));
    edit(charter);
    const file = join(mkdtempSync(join(tmpdir(), 'charter-')), 'charter.json');
    writeFileSync(file, JSON.stringify(charter));
    const { status, stdout, stderr } = cli('validate', file, '--schedule-report', '--at', at);
    assert.equal(status, 0, stderr);
    return stdout;
  }

  it('says "1 working day", "1 day", "1 hour", not "1 working days"', () => {
    const stdout = reportOf((charter) => {
      charter.promises[1].target = { workingDays: 1 };
      charter.promises[2].target = { businessHours: 1 };
      charter.promises[3].target = { days: 1 };
      charter.promises.push({ id: 'soon', channel: 'email', text: 'Soon.', target: { hours: 1 } });
    });
    assert.match(stdout, /reply-email \(Email, within 1 working day\):/);
    assert.match(stdout, /call-back \(Town hall, within 1 business hour\):/);
    assert.match(stdout, /appointment \(Town hall, within 1 day\):/);
    assert.match(stdout, /soon \(Email, within 1 hour\):/);
    assert.match(stdout, /answer-calls \(Phone, within 20 seconds\):/);
  });

  it('labels a charter without hours in UK time like the others, not UTC', () => {
    const stdout = reportOf((charter) => {
      delete charter.hours;
      for (const channel of charter.channels) delete channel.hours;
      charter.promises = charter.promises.filter((p) => !('workingDays' in p.target || 'businessHours' in p.target));
    }, '2026-07-01T10:00:00Z');
    assert.doesNotMatch(stdout, /UTC/);
    assert.match(stdout, /appointment \(Town hall, within 3 days\): Sat 04 Jul 2026 11:00 BST/);
  });

  it('says "Open 24 hours" for a channel open 00:00–24:00 every day', () => {
    const day = [['00:00', '24:00']];
    const weekly = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, day]));
    const stdout = reportOf((charter) => {
      charter.channels[0].hours = { timeZone: 'Europe/London', weekly };
    });
    const phone = stdout.slice(stdout.indexOf('Phone, channel "phone"'));
    assert.match(phone, /^Phone, channel "phone" \(Europe\/London\)\n {2}Open 24 hours\n/);
    assert.doesNotMatch(stdout, /none within a year/);
  });

  it('migrate prints a version 1 charter as version 2, which validates; --write rewrites the file', () => {
    const printed = cli('migrate', 'src/samples/district-council.json');
    assert.equal(printed.status, 0, printed.stderr);
    const migrated = JSON.parse(printed.stdout);
    assert.equal(migrated.version, 2);
    assert.equal(migrated.hours, 'hours');
    assert.equal(migrated.promises[0].kind, 'custom');
    const folder = mkdtempSync(join(tmpdir(), 'charter-'));
    const file = join(folder, 'charter.json');
    copyFileSync(`${root}src/samples/welsh-council.json`, file);
    const written = cli('migrate', file, '--write');
    assert.equal(written.status, 0, written.stderr);
    assert.match(written.stdout, /rewritten as version 2/);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).version, 2);
    assert.equal(cli('validate', file).status, 0);
    // Migrating a version 2 file prints it as it is.
    assert.deepEqual(JSON.parse(cli('migrate', file).stdout), JSON.parse(readFileSync(file, 'utf8')));
  });

  it('migrate refuses an invalid charter (exit 1) and a wrong command line (exit 2)', () => {
    const invalid = cli('migrate', fixture('charter-invalid.json'));
    assert.equal(invalid.status, 1);
    assert.match(invalid.stderr, /only a valid charter is migrated/);
    assert.equal(invalid.stdout, '');
    assert.equal(cli('migrate').status, 2);
  });

  it('reports format 2: working days, every target with its unit in the right number, tracks and notices', () => {
    const water = cli(
      'validate',
      'src/samples/water-company.json',
      '--schedule-report',
      '--at',
      '2026-12-21T10:00:00Z',
    );
    assert.equal(water.status, 0, water.stderr);
    const lines = water.stdout.split('\n');
    assert.ok(lines.includes('No default hours ("hours").'));
    assert.ok(lines.includes('Calendar "working-week", for the working calendar (Europe/London)'));
    assert.ok(lines.includes('  Next 10 working days:'));
    assert.ok(lines.includes('    Tue 29 Dec 2026'));
    assert.ok(lines.includes('  answer-calls (Customer services, answer): answer 94% of cases (no time)'));
    assert.ok(
      lines.includes('  written-reply (Email, reply): reply within 10 working days: by end of Thu 07 Jan 2027'),
    );
    assert.ok(
      lines.includes(
        "  planned-interruptions (service Water supply, notice): give at least 24 hours' notice: for something at or after Tue 22 Dec 2026 10:00 GMT",
      ),
    );
    assert.ok(
      lines.includes(
        '    Our final response: reply within 15 working days at most 35 working days: by end of Thu 14 Jan 2027, at the latest end of Thu 11 Feb 2027',
      ),
    );
    assert.ok(lines.includes('    Review by a senior manager: no set timescale'));
    const housing = cli(
      'validate',
      'src/samples/housing-association.json',
      '--schedule-report',
      '--at',
      '2026-12-21T10:00:00Z',
    );
    assert.match(
      housing.stdout,
      /acknowledge within 1 working day: by end of Tue 22 Dec 2026; reply within 10 working days counted from receipt/,
    );
    assert.match(
      housing.stdout,
      /winter-demand: showing \(from 2026-12-01 until 2027-01-08; on email, routine-repairs\)/,
    );
    assert.match(
      housing.stdout,
      /Emergency repairs line, channel "repairs-line" \(Europe\/London\)\n {2}Open 24 hours\n/,
    );
  });
});
