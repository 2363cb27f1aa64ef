/**
 * A complaint, compliment or comment as a person fills it in, its validation rules per
 * kind, and the JSON body sent to the organisation's endpoint (docs/complaint-endpoint.md).
 * @module
 */
export const COMPLAINT_KINDS = ['complaint', 'compliment', 'comment'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

/** What a person typed, as strings, exactly as the form holds it (and the draft stores it). */
export interface ComplaintFields {
  kind: ComplaintKind | '';
  details: string;
  outcome: string;
  service: string;
  /** `YYYY-MM-DD`, optional. */
  when: string;
  name: string;
  email: string;
  phone: string;
  anonymous: boolean;
  consent: boolean;
}

export type ComplaintField = Exclude<keyof ComplaintFields, 'anonymous'> | 'contact';

export const emptyComplaint = (): ComplaintFields => ({
  kind: '',
  details: '',
  outcome: '',
  service: '',
  when: '',
  name: '',
  email: '',
  phone: '',
  anonymous: false,
  consent: false,
});

/** Longest `details` and `outcome`, in characters. */
export const MAX_DETAILS = 5000;
export const MAX_OUTCOME = 2000;

/** Why a field is wrong: a key into the form's strings (e.g. `details.required`). */
export interface FieldProblem {
  field: ComplaintField | string;
  /** A code such as `required`, or a message from the endpoint. */
  code?: string;
  message?: string;
}

export interface ComplaintRules {
  anonymousAllowed: boolean;
  consentRequired: boolean;
  /** Today's local date, `YYYY-MM-DD`: `when` may not be after it. */
  today: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,20}$/;

/** Whether the contact fields are in play (not for an anonymous message). */
export const isAnonymous = (fields: ComplaintFields, rules: Pick<ComplaintRules, 'anonymousAllowed'>): boolean =>
  rules.anonymousAllowed && fields.anonymous;

/** Every problem with `fields`, in the order the fields appear on the form. */
export function validateComplaint(fields: ComplaintFields, rules: ComplaintRules): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: ComplaintField, code: string) => problems.push({ field, code });
  const details = fields.details.trim();
  if (!fields.kind) add('kind', 'required');
  if (!details) add('details', 'required');
  else if (fields.details.length > MAX_DETAILS) add('details', 'tooLong');
  if (fields.kind === 'complaint') {
    if (!fields.outcome.trim()) add('outcome', 'required');
    else if (fields.outcome.length > MAX_OUTCOME) add('outcome', 'tooLong');
  }
  if (fields.when && !/^\d{4}-\d{2}-\d{2}$/.test(fields.when)) add('when', 'invalid');
  else if (fields.when > rules.today) add('when', 'future');
  if (!isAnonymous(fields, rules)) {
    const email = fields.email.trim();
    const phone = fields.phone.trim();
    if (!fields.name.trim()) add('name', 'required');
    if (!email && !phone) add('contact', 'required');
    if (email && !EMAIL.test(email)) add('email', 'invalid');
    if (phone && !PHONE.test(phone)) add('phone', 'invalid');
  }
  if (rules.consentRequired && !fields.consent) add('consent', 'required');
  return problems;
}

/** How a submission was made, reported to the endpoint so it can judge spam itself. */
export interface SubmissionFacts {
  submittedAt: Date;
  /** When the person first typed; `null` if never (e.g. a host filled the form). */
  startedAt: Date | null;
  /** What was in the hidden honeypot field; people leave it empty. */
  honeypot: string;
  /** Fill time below this many seconds is flagged as likely automated. */
  minimumFillSeconds: number;
  language: string;
  /** The page the form was on. */
  page?: string;
}

/** The JSON body of a submission (documented in docs/complaint-endpoint.md). */
export interface ComplaintBody {
  kind: ComplaintKind;
  submittedAt: string;
  details: string;
  outcome?: string;
  service?: string;
  when?: string;
  anonymous: boolean;
  contact?: { name: string; email?: string; phone?: string };
  consent: boolean;
  language: string;
  page?: string;
  spam: SpamReport;
}

/** What the endpoint is told to judge spam by (docs/complaint-endpoint.md, Spam). */
export interface SpamReport {
  honeypot: string;
  fillSeconds: number | null;
  tooFast: boolean;
  suspected: boolean;
}

/** The spam facts of a submission: time from first keystroke to sending, and the honeypot. */
export function spamReport(facts: SubmissionFacts): SpamReport {
  const fillSeconds = facts.startedAt ? Math.max(0, (+facts.submittedAt - +facts.startedAt) / 1000) : null;
  const tooFast = fillSeconds === null || fillSeconds < facts.minimumFillSeconds;
  return { honeypot: facts.honeypot, fillSeconds, tooFast, suspected: tooFast || facts.honeypot !== '' };
}

/** The body for valid `fields`: blank optional fields left out, contact only when not anonymous. */
export function complaintBody(
  fields: ComplaintFields,
  facts: SubmissionFacts,
  anonymousAllowed: boolean,
): ComplaintBody {
  const anonymous = isAnonymous(fields, { anonymousAllowed });
  const optional = (value: string) => value.trim() || undefined;
  return {
    kind: fields.kind as ComplaintKind,
    submittedAt: facts.submittedAt.toISOString(),
    details: fields.details.trim(),
    outcome: fields.kind === 'complaint' ? optional(fields.outcome) : undefined,
    service: optional(fields.service),
    when: optional(fields.when),
    anonymous,
    contact: anonymous
      ? undefined
      : { name: fields.name.trim(), email: optional(fields.email), phone: optional(fields.phone) },
    consent: fields.consent,
    language: facts.language,
    page: facts.page,
    spam: spamReport(facts),
  };
}
