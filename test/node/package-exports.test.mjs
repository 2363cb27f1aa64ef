// What a Node 20 user of the package gets after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (code) =>
  execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }).trim();

it('service-charter/core imports in Node with parseCharter', () => {
  assert.equal(run("import('service-charter/core').then(m => console.log(typeof m.parseCharter))"), 'function');
});

it('parseCharter throws a CharterError listing every problem with its path', () => {
  const out = run(`import('service-charter/core').then(({ parseCharter }) => {
    try { parseCharter({ version: 1, organisation: { name: 'X' }, title: 'T', channels: [{ id: 'e', type: 'email', name: 'Email' }],
      promises: [{ id: 'a', channel: 'e', text: 'x', target: { workingDays: 1 } }, { id: 'b', channel: 'e', text: 'y', target: { workingDays: -1 } },
                 { id: 'c', channel: 'e', text: 'z', target: { workingDays: 2.5 } }, { id: 'd', channel: 'e', text: 'w', target: { workingDays: 'two' } }] }); }
    catch (e) { console.log(e.name, JSON.stringify(e.problems.map(p => p.path + ': ' + p.message)), e.partial.promises.length); }
  })`);
  assert.equal(
    out,
    'CharterError ["promises[1].target.workingDays: must be a whole number ≥ 0","promises[2].target.workingDays: must be a whole number ≥ 0","promises[3].target.workingDays: must be a whole number ≥ 0"] 1',
  );
});

it('deadline and openState import by name from service-charter/core in Node', () => {
  const out = run(`import { deadline, openState } from 'service-charter/core';
    const schedule = { timeZone: 'Europe/London', weekly: { mon: [['09:00', '17:00']] } };
    const monday = new Date('2026-11-23T10:00:00Z');
    console.log(deadline(schedule, { workingDays: 0 }, monday).toISOString(), openState(schedule, monday).open);`);
  assert.equal(out, '2026-11-23T17:00:00.000Z true');
});
