/**
 * A rating as a resident gives it — "Did we keep this promise?" or a point of a satisfaction
 * scale, and an optional comment — its rules, and the JSON body sent to the organisation's
 * feedback endpoint (docs/feedback-endpoint.md).
 * @module
 */
import { spamReport, type FieldProblem, type SpamReport, type SubmissionFacts } from './complaint.js';

/** The answers to "Did we keep this promise?", in the order they are offered. */
export const PROMISE_ANSWERS = ['yes', 'partly', 'no'] as const;
export type PromiseAnswer = (typeof PROMISE_ANSWERS)[number];

/** Longest comment, in characters. */
export const MAX_FEEDBACK_COMMENT = 1200;

/** What the resident chose and typed, as strings, exactly as the form holds it. */
export interface FeedbackFields {
  /** A promise answer (`yes`, `partly`, `no`) or a scale point's value, as text; '' before choosing. */
  answer: string;
  comment: string;
}

export const emptyFeedback = (): FeedbackFields => ({ answer: '', comment: '' });

/** What is being rated: one promise (yes / partly / no), or a channel, a service or the whole organisation (a scale). */
export type FeedbackSubject = { promise: string } | { channel: string } | { service: string } | { organisation: true };

/** Every problem with `fields`, in form order; `choices` are the answers on offer. */
export function validateFeedback(fields: FeedbackFields, choices: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!choices.includes(fields.answer)) problems.push({ field: 'answer', code: 'required' });
  if (fields.comment.length > MAX_FEEDBACK_COMMENT) problems.push({ field: 'comment', code: 'tooLong' });
  return problems;
}

/** The JSON body of a rating (documented in docs/feedback-endpoint.md). */
export interface FeedbackBody {
  kind: 'feedback';
  submittedAt: string;
  subject: FeedbackSubject;
  /** `yes` | `partly` | `no` for a promise; the point's value for a scale. */
  answer: PromiseAnswer | number;
  /** For a scale: its lowest and highest values, so the number can be read without the charter. */
  scale?: { min: number; max: number };
  comment?: string;
  language: string;
  page?: string;
  spam: SpamReport;
}

/** The body for valid `fields`; `scale` (the values on offer, lowest first) for a satisfaction rating. */
export function feedbackBody(
  fields: FeedbackFields,
  facts: SubmissionFacts,
  subject: FeedbackSubject,
  scale?: readonly number[],
): FeedbackBody {
  return {
    kind: 'feedback',
    submittedAt: facts.submittedAt.toISOString(),
    subject,
    answer: scale ? Number(fields.answer) : (fields.answer as PromiseAnswer),
    scale: scale && { min: scale[0], max: scale[scale.length - 1] },
    comment: fields.comment.trim() || undefined,
    language: facts.language,
    page: facts.page,
    spam: spamReport(facts),
  };
}

/** Whether an answer says the resident was let down: "no", or a scale point at or below `complaintUpTo`. */
export const answerNeedsRedress = (answer: string, scale: readonly number[] | undefined, complaintUpTo?: number) =>
  scale ? answer !== '' && Number(answer) <= (complaintUpTo ?? scale[0]) : answer === 'no';
