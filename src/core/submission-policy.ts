import { retryAfterMs } from './backoff.js';
import type { FieldProblem } from './complaint.js';
import { isObject } from './readers.js';

/**
 * How a submission reacts to each answer from the endpoint (docs/complaint-endpoint.md, Responses): 2xx with a
 * `reference` succeeds, 422 maps field errors, 429 and 5xx are retried, other 4xx are final.
 * @module
 */
export type SubmissionVerdict =
  | { outcome: 'sent'; reference?: string }
  | { outcome: 'invalid'; status: 422; problems: FieldProblem[] }
  | { outcome: 'retry'; status: number; retryAfterMs?: number }
  | { outcome: 'rejected'; status: number; message?: string };

/** Whether an HTTP status is worth another attempt with the same Idempotency-Key. */
export const isRetryableStatus = (status: number): boolean => status === 429 || (status >= 500 && status <= 599);

/** The `{"errors": [{"field", "message"}]}` of a 422, keeping only well-formed entries. */
export function fieldErrorsOf(json: unknown): FieldProblem[] {
  const errors = isObject(json) && Array.isArray(json.errors) ? json.errors : [];
  return errors.flatMap((entry: unknown) =>
    isObject(entry) && typeof entry.message === 'string' && entry.message.trim()
      ? [{ field: typeof entry.field === 'string' ? entry.field : '', message: entry.message }]
      : [],
  );
}

/**
 * A short message from an error body: JSON `message` or `error`, else a problem details
 * (`application/problem+json`) `detail` or `title`; else nothing (the form has its own words).
 */
function messageOf(json: unknown): string | undefined {
  if (!isObject(json)) return undefined;
  const message = [json.message, json.error, json.detail, json.title].find((m) => typeof m === 'string' && m.trim());
  return (message as string | undefined)?.slice(0, 300);
}

/** Judges one response: its status, `Retry-After` header and body (parsed JSON, or undefined). */
export function judgeResponse(
  status: number,
  retryAfter: string | null,
  json: unknown,
  now: number,
): SubmissionVerdict {
  if (status >= 200 && status < 300) {
    if (isObject(json) && typeof json.reference === 'string' && json.reference.trim())
      return { outcome: 'sent', reference: json.reference };
    // A 2xx without a reference is not a receipt the person can rely on: try again.
    return { outcome: 'retry', status };
  }
  if (status === 422) {
    const problems = fieldErrorsOf(json);
    if (problems.length > 0) return { outcome: 'invalid', status, problems };
  }
  if (isRetryableStatus(status)) return { outcome: 'retry', status, retryAfterMs: retryAfterMs(retryAfter, now) };
  return { outcome: 'rejected', status, message: messageOf(json) };
}
