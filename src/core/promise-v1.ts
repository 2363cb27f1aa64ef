/**
 * A promise in format 1's shape, which the elements' `promise` property still accepts: kept
 * apart from the format 1 reader, so an element reading such a promise does not bring the
 * whole reader (imported only for format 1 documents) with it.
 * @module
 */
import type { CharterPromise, Duration, Performance } from './charter-model.js';
import type { LocalizedText } from './text.js';

/** A promise as format 1 writes it: one channel, the author's text and one target. */
export interface PromiseV1 {
  id: string;
  channel: string;
  text: LocalizedText;
  target: Duration;
  performance?: Performance;
}

/** A format 1 promise in the format 2 model: kind `custom`, its text, one target counted from receipt. */
export const promiseFromV1 = ({ target, ...promise }: PromiseV1): CharterPromise => ({
  id: promise.id,
  kind: 'custom',
  channel: promise.channel,
  text: promise.text,
  targets: [{ kind: 'custom', within: target, countedFrom: 'receipt' }],
  ...(promise.performance ? { performance: promise.performance } : {}),
});

/** The promise in the format 2 model, whichever format it is written in. */
export const asCharterPromise = (promise: CharterPromise | PromiseV1): CharterPromise =>
  'target' in promise ? promiseFromV1(promise) : promise;
