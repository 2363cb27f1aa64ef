/**
 * What <service-response-time> says for a charter promise, by its kind: one deadline per
 * target ("…acknowledge it by …, and reply in full by …"), a share of cases, or no
 * deadline at all (a minimum notice, a share with no time).
 */
import type { Charter, CharterPromise } from '../../core/charter-types.js';
import { promiseCalendars, promiseDeadlines } from '../../core/promise-deadlines.js';
import type { ServiceResponseTimeStrings } from '../../strings/element-strings.js';
import { agreeingWith, commitmentWords, promiseSentence } from '../../strings/promise-words.js';
import { deadlineSteps, sentenceParts, type Due, type Part } from '../deadline-parts.js';

export interface PromiseResponse {
  parts: Part[];
  /** The first deadline, whose day the status region follows; none when nothing is due. */
  first?: Date;
  timeZone: string;
  holidaysMissing: boolean;
}

/**
 * The sentence for `promise` when contact is made at `now`. `words` writes a deadline
 * relative to now. Undefined (told to the console) when a target counts working days and
 * the charter has neither hours nor a working calendar: a fault for the author, not a
 * message for residents.
 */
export function promiseResponse(
  charter: Charter,
  promise: CharterPromise,
  now: Date,
  say: { action: Part[]; nounKey: string; language: string; text: ServiceResponseTimeStrings },
  words: (at: Date, timeZone: string) => string,
): PromiseResponse | undefined {
  const { action, nounKey, language, text } = say;
  const { workingDays, openingHours } = promiseCalendars(charter, promise);
  const calendar = workingDays ?? openingHours;
  const timeZone = calendar?.timeZone ?? charter.timeZone;
  const holidaysMissing = !!calendar?.bankHolidays?.error;
  const timed = promise.targets.some((target) => target.within);
  const statement = (): PromiseResponse => ({
    parts: [promiseSentence(promise, nounKey, language, text) ?? ''],
    timeZone,
    holidaysMissing,
  });
  if (promise.kind === 'notice' || !timed) return statement();
  const deadlines = promiseDeadlines(charter, promise, now);
  if (!deadlines) {
    console.warn(
      `<service-response-time>: promise "${promise.id}" counts working time, but its channel, its service and the charter have no hours and there is no workingCalendar`,
    );
    return undefined;
  }
  const due = (at: Date): Due => ({ at, words: words(at, timeZone) });
  const [first] = deadlines;
  const single = deadlines.length === 1 && first.target.percent === undefined;
  if (promise.kind === 'custom' && single && first.due) {
    return {
      parts: sentenceParts(text.replyBy, { action, deadline: due(first.due) }),
      first: first.due,
      timeZone,
      holidaysMissing,
    };
  }
  if (first.target.percent !== undefined) {
    const commitment = commitmentWords([first.target], nounKey, language, text);
    return { ...statement(), parts: sentenceParts(text.responseShare, { action, commitment }) };
  }
  const steps = deadlineSteps(deadlines, language, text, due, text.responseVerbs, agreeingWith(nounKey, text));
  return {
    parts: sentenceParts(text.responseSentence, { action, steps }),
    first: deadlines.find((d) => d.due)?.due,
    timeZone,
    holidaysMissing,
  };
}
