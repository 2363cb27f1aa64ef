// The public surface is deliberate: one name means one thing across the elements.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

it('a property name has one type on every element that has it', () => {
  const typesByName = new Map();
  for (const element of elements)
    for (const member of element.members ?? []) {
      if (member.kind !== 'field' || member.privacy || member.static) continue;
      const types = typesByName.get(member.name) ?? new Map();
      types.set(member.type?.text, [...(types.get(member.type?.text) ?? []), element.tagName]);
      typesByName.set(member.name, types);
    }
  const clashes = [...typesByName].filter(([, types]) => types.size > 1).map(([name, types]) => [name, [...types]]);
  assert.deepEqual(clashes, []);
});

it('the complaint form takes a parsed charter as parsedCharter, not as charter', () => {
  const form = elements.find((e) => e.tagName === 'service-complaint-form');
  const names = form.members.map((m) => m.name);
  assert.ok(names.includes('parsedCharter'));
  assert.ok(!names.includes('charter'));
});

it('the package root exports exactly the deliberate runtime surface', async () => {
  const root = await import('service-charter');
  assert.deepEqual(Object.keys(root).sort(), [
    'CharterError',
    'CharterLoadEvent',
    'ComplaintFailedEvent',
    'ComplaintSentEvent',
    'ComplaintSubmitEvent',
    'FeedbackFailedEvent',
    'FeedbackSentEvent',
    'FeedbackSubmitEvent',
    'ServiceCharter',
    'ServiceComplaintForm',
    'ServiceElement',
    'ServiceFeedback',
    'ServiceHours',
    'ServicePerformance',
    'ServicePromise',
    'ServiceResponseTime',
    'ServiceScorecard',
    'ServiceWaitTime',
    'ServiceYouSaidWeDid',
    'SubmitFailedEvent',
    'SubmitRequestEvent',
    'charterContext',
    'charterStrings',
    'commonStrings',
    'complaintFormStrings',
    'cy',
    'defineElement',
    'en',
    'feedbackStrings',
    'figuresStrings',
    'fixedClock',
    'formWords',
    'hoursStrings',
    'improvementStrings',
    'parseCharter',
    'performanceStrings',
    'policyStrings',
    'promiseStrings',
    'readCharter',
    'scorecardStrings',
    'stringsFor',
    'systemClock',
    'waitStrings',
  ]);
});

it('internals are exported from neither the root nor service-charter/core', async () => {
  const internals = [
    'SseParser',
    'backoffDelay',
    'retryAfterMs',
    'openFeeds',
    'subscribeFeed',
    'niceTicks',
    'DEFAULT_BOX',
  ];
  for (const entry of ['service-charter', 'service-charter/core']) {
    const names = Object.keys(await import(entry));
    assert.deepEqual(
      internals.filter((name) => names.includes(name)),
      [],
      entry,
    );
  }
});

it('Erlang C has its own entry point, service-charter/erlang-c', async () => {
  const { trafficErlangs, agentsForServiceLevel } = await import('service-charter/erlang-c');
  assert.equal(trafficErlangs(200, 180), 10);
  assert.equal(agentsForServiceLevel(10, 180, 20, 0.75), 13);
  assert.equal('trafficErlangs' in (await import('service-charter/core')), false);
});

it('module-level calls are marked pure, so bundlers drop what an app does not use', () => {
  const srcDir = new URL('../../src/', import.meta.url);
  const files = readdirSync(srcDir, { recursive: true }).filter((f) => f.endsWith('.ts'));
  // `const x = f(…)` at the top of a module; built-in constructors and Symbol.for are pure already.
  const call =
    /^(?:export )?(?:const|let) \w+(?::[^=]+)? = (?!\/\* @__PURE__ \*\/)(?!new (?:Map|Set|WeakMap)\b)(?!Symbol\.for\()[\w.]+(?:<[^>]*>)?\(/;
  const unmarked = files.flatMap((file) =>
    readFileSync(new URL(file, srcDir), 'utf8')
      .split('\n')
      .filter((line) => call.test(line))
      .map((line) => `${file}: ${line.trim()}`),
  );
  assert.deepEqual(unmarked, []);
});
