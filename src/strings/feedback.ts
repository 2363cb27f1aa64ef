import * as form from './form-words.js';

/** Strings of <service-feedback>, in English. `{name}` placeholders are filled in. */
export const en = {
  ...form.en,
  promiseQuestion: 'Did we keep this promise?',
  promiseAnswers: { yes: 'Yes', partly: 'Partly', no: 'No' } as Record<string, string>,
  /** The satisfaction question when the charter has none. */
  scaleQuestion: 'How satisfied were you with this service?',
  /** The built-in 1–5 scale, lowest first, when the charter has none. */
  scaleWords: [
    'Very dissatisfied',
    'Dissatisfied',
    'Neither satisfied nor dissatisfied',
    'Satisfied',
    'Very satisfied',
  ],
  commentLabel: 'Tell us more (optional)',
  commentHint: 'Do not include personal or financial details, such as your name, address or bank details.',
  feedbackErrors: {
    'answer.promise': 'Select yes, partly or no',
    'answer.scale': 'Select how satisfied you were',
    'comment.tooLong': 'Your comment must be 1,200 characters or fewer',
  } as Record<string, string>,
  feedbackSending: 'Sending your answer…',
  feedbackRetrying: 'Your answer is not sent yet. It is saved, and we are trying again.',
  feedbackOffline: 'You are offline. Your answer is saved on this device and will be sent when you are back online.',
  feedbackStalled: 'We could not send your answer. It is saved on this device.',
  /** A final refusal (a 4xx other than 429), before the endpoint's own message and the error code. */
  feedbackRejected: 'We could not accept your answer. It is saved: check it and try again, or contact us another way.',
  feedbackReceived: 'Thank you for your feedback',
  yourAnswer: 'Your answer: {answer}',
  /** What happens to an answer, when the charter does not say. */
  feedbackAbout: 'We read every answer and use them to improve our services. We do not reply to feedback.',
  complaintOffer: 'If you want us to put things right or reply to you, {link}.',
  complaintLink: 'make a complaint',
  /** Shown instead of the question when `promise-id` names no promise of the charter (the same words as <service-response-time>'s). */
  unknownPromise: 'There is no promise "{promise}" in this charter.',
  /** Shown instead of the question when `channel` names no channel of the charter (the same words as <service-hours>'). */
  unknownChannel: 'There is no channel "{channel}" in this charter.',
  /** Shown instead of the question when `service` names no service of the charter. */
  unknownService: 'There is no service "{service}" in this charter.',
};

/** The shape of these strings: every language's table has it. */
export type FeedbackStrings = typeof en;
