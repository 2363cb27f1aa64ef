/**
 * The demo's feedback intake at /api/feedback (the sample charters' `feedback.endpoint`):
 * the complaint intake's durable, idempotent store and demo failures (see complaints.mjs),
 * writing .demo-data/feedback.jsonl with references FB-2026-000001, …
 */
import { createIntake } from './complaints.mjs';

const ANSWERS = ['yes', 'partly', 'no'];

/** The 422 field errors of a rating (docs/feedback-endpoint.md), if any. */
function feedbackProblems(body) {
  const errors = [];
  if (body?.kind !== 'feedback') errors.push({ field: 'kind', message: 'kind must be "feedback"' });
  const answer = body?.answer;
  if (!ANSWERS.includes(answer) && !Number.isInteger(answer))
    errors.push({ field: 'answer', message: 'Choose an answer' });
  if (body?.comment !== undefined && (typeof body.comment !== 'string' || body.comment.length > 1200))
    errors.push({ field: 'comment', message: 'Your comment must be 1,200 characters or fewer' });
  return errors;
}

export default createIntake({
  path: '/api/feedback',
  name: 'feedback',
  prefix: 'FB-2026-',
  problemsOf: feedbackProblems,
});
