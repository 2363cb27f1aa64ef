import type { Charter, CharterPromise } from './charter-model.js';
import type { LocalizedText } from './text.js';

/**
 * What a promise is called where it is listed away from its sentence: what its figures
 * measure, else its own text, else the name of its channel or service, else its id.
 */
export function promiseName(promise: CharterPromise, charter?: Pick<Charter, 'channels' | 'services'>): LocalizedText {
  const owner =
    charter?.channels.find((c) => c.id === promise.channel) ?? charter?.services.find((s) => s.id === promise.service);
  return promise.performance?.measure ?? promise.text ?? owner?.name ?? promise.id;
}
