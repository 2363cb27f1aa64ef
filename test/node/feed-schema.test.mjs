// The shipped feed JSON Schema and readFeed must agree on what a valid feed is.
// Runs in Node against the built core (npm run build first).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { readFeed } from '../../dist/core/index.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/feed.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const [example] = schema.examples;

const breakages = {
  'no updatedAt': (f) => delete f.updatedAt,
  'updatedAt a date only': (f) => (f.updatedAt = '2026-11-24'),
  'no channels': (f) => delete f.channels,
  'channels a list': (f) => (f.channels = [f.channels.phone]),
  'negative estimate': (f) => (f.channels.phone.estimatedWaitSeconds = -5),
  'estimate as text': (f) => (f.channels.phone.estimatedWaitSeconds = '4 minutes'),
  'fractional queue length': (f) => (f.channels.chat.waiting = 2.5),
  'fractional agents': (f) => (f.channels.chat.agentsAvailable = 0.5),
  'handle time negative': (f) => (f.channels.chat.averageHandleSeconds = -1),
  'channel not an object': (f) => (f.channels.phone = 240),
};

/** readFeed keeps a document whose only fault is one bad channel, dropping the channel. */
const badChannel = new Set([
  'negative estimate',
  'estimate as text',
  'fractional queue length',
  'fractional agents',
  'handle time negative',
  'channel not an object',
]);

describe('feed JSON Schema and readFeed agree', () => {
  it('both accept the example, and fields of a platform’s own', () => {
    const extended = { ...structuredClone(example), source: 'acd', channels: { ...example.channels, email: { x: 1 } } };
    for (const feed of [example, extended]) {
      assert.equal(validate(feed), true, JSON.stringify(validate.errors));
      assert.deepEqual(readFeed(feed).problems, []);
    }
  });
  for (const [name, breakage] of Object.entries(breakages)) {
    it(`both reject: ${name}`, () => {
      const feed = structuredClone(example);
      breakage(feed);
      assert.equal(validate(feed), false, 'the schema accepted it');
      const { feed: read, problems } = readFeed(feed);
      assert.notDeepEqual(problems, [], 'readFeed accepted it');
      if (badChannel.has(name)) assert.deepEqual(Object.keys(read.channels).length, 1);
      else assert.equal(read, undefined);
    });
  }
});
