// `deadline` and `openState` against an independent, literal reading of docs/schedules-and-targets.md
// (test/node/support/schedule-reference.mjs, on temporal-polyfill), over seeded random
// schedules, instants and targets. Reproduce a failure with SCHEDULE_SEED=<seed>; more
// cases with SCHEDULE_CASES=<n>; other zones with SCHEDULE_ZONES=<zone>,<zone>.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { deadline, openState } from 'service-charter/core';
import * as reference from './support/schedule-reference.mjs';
import { randomInstant, randomSchedule, randomSource, randomTarget } from './support/random-cases.mjs';

const SEED = Number(process.env.SCHEDULE_SEED ?? 20261123);
const SCHEDULES = Number(process.env.SCHEDULE_CASES ?? 1500);
const INSTANTS_PER_SCHEDULE = 3;

const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());
const attempt = (fn) => {
  try {
    return fn();
  } catch (error) {
    return `throws ${error.name}`;
  }
};

/** Both answers for one question, as comparable JSON-able values. */
function answers(question) {
  const { schedule, t, target } = question;
  if (target) {
    return {
      expected: attempt(() => iso(reference.deadline(schedule, target, t))),
      actual: attempt(() => deadline(schedule, target, new Date(t)).toISOString()),
    };
  }
  const state = (s) => ({ open: s.open, changesAt: s.changesAt === null ? null : iso(Number(s.changesAt)) });
  return {
    expected: attempt(() => state(reference.openState(schedule, t))),
    actual: attempt(() => state(openState(schedule, new Date(t)))),
  };
}

const differs = (question) => {
  const { expected, actual } = answers(question);
  return JSON.stringify(expected) !== JSON.stringify(actual);
};

/** Smaller versions of a schedule: without one weekday, holiday, special day or interval. */
function* simpler(schedule) {
  const omit = (record, name) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== name));
  const without = (key, drop) => {
    const { [key]: value, ...rest } = schedule;
    const kept = drop(value);
    return Object.keys(kept).length || key === 'weekly' ? { ...rest, [key]: kept } : rest;
  };
  for (const day of Object.keys(schedule.weekly)) {
    yield without('weekly', (weekly) => omit(weekly, day));
    const intervals = schedule.weekly[day];
    for (let i = 0; i < intervals.length; i++)
      yield without('weekly', (w) => ({ ...w, [day]: intervals.filter((_, j) => j !== i) }));
  }
  for (const date of schedule.holidays ?? []) yield without('holidays', (h) => h.filter((d) => d !== date));
  for (const date of Object.keys(schedule.special ?? {})) yield without('special', (special) => omit(special, date));
}

/** Greedily drops parts of the schedule while the disagreement remains. */
function shrink(question) {
  let smallest = question;
  for (let changed = true; changed;) {
    changed = false;
    for (const schedule of simpler(smallest.schedule)) {
      const candidate = { ...smallest, schedule };
      if (differs(candidate)) {
        smallest = candidate;
        changed = true;
        break;
      }
    }
  }
  return smallest;
}

function report(question, index) {
  const minimal = shrink(question);
  const { expected, actual } = answers(minimal);
  return [
    `Mismatch at case ${index} with SCHEDULE_SEED=${SEED}. Minimal case:`,
    `  schedule: ${JSON.stringify(minimal.schedule)}`,
    minimal.target ? `  deadline(schedule, ${JSON.stringify(minimal.target)}, ` : '  openState(schedule, ',
    `    new Date('${iso(minimal.t)}'))`,
    `  reference: ${JSON.stringify(expected)}`,
    `  core:      ${JSON.stringify(actual)}`,
  ].join('\n');
}

it(`deadline and openState agree with the reference (seed ${SEED}, ${SCHEDULES} schedules)`, () => {
  const random = randomSource(SEED);
  let questions = 0;
  const failures = [];
  for (let s = 0; s < SCHEDULES && failures.length < 3; s++) {
    const generated = randomSchedule(random);
    const { schedule } = generated;
    const boundaryNear = (date) => {
      const ends = reference.rangesOf(schedule, date).flat();
      return ends.length ? random.pick(ends) : undefined;
    };
    for (let i = 0; i < INSTANTS_PER_SCHEDULE; i++) {
      const t = randomInstant(random, generated, boundaryNear);
      for (const question of [
        { schedule, t },
        { schedule, t, target: randomTarget(random) },
      ]) {
        questions++;
        if (differs(question)) failures.push(report(question, questions));
      }
    }
  }
  assert.equal(failures.length, 0, failures.join('\n\n'));
  assert.ok(questions >= 2 * SCHEDULES * INSTANTS_PER_SCHEDULE);
});
