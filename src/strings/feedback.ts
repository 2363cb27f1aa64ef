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
  feedbackRejected: 'We could not accept your answer. It is saved: try again later.',
  feedbackReceived: 'Thank you for your feedback',
  yourAnswer: 'Your answer: {answer}',
  /** What happens to an answer, when the charter does not say. */
  feedbackAbout: 'We read every answer and use them to improve our services. We do not reply to feedback.',
  complaintOffer: 'If you want us to put things right or reply to you, {link}.',
  complaintLink: 'make a complaint',
  /** Shown instead of the question when `promise-id` names no promise of the charter (the same words as <service-response-time>'s). */
  unknownPromise: 'There is no promise "{promise}" in this charter.',
};

/** The shape of these strings: every language's table has it. */
export type FeedbackStrings = typeof en;

/** Strings of <service-feedback>, in Welsh (Cymraeg). */
export const cy: FeedbackStrings = {
  ...form.cy,
  promiseQuestion: 'A wnaethom gadw’r addewid hwn?',
  promiseAnswers: { yes: 'Do', partly: 'Yn rhannol', no: 'Naddo' },
  scaleQuestion: 'Pa mor fodlon oeddech chi â’r gwasanaeth hwn?',
  scaleWords: ['Anfodlon iawn', 'Anfodlon', 'Ddim yn fodlon nac yn anfodlon', 'Bodlon', 'Bodlon iawn'],
  commentLabel: 'Dywedwch fwy wrthym (dewisol)',
  commentHint: 'Peidiwch â chynnwys manylion personol nac ariannol, fel eich enw, eich cyfeiriad neu fanylion banc.',
  feedbackErrors: {
    'answer.promise': 'Dewiswch do, yn rhannol neu naddo',
    'answer.scale': 'Dewiswch pa mor fodlon oeddech chi',
    'comment.tooLong': 'Rhaid i’ch sylw fod yn 1,200 nod neu lai',
  },
  feedbackSending: 'Yn anfon eich ateb…',
  feedbackRetrying: 'Nid yw eich ateb wedi’i anfon eto. Mae wedi’i gadw, ac rydym yn rhoi cynnig arall arni.',
  feedbackOffline:
    'Rydych all-lein. Mae eich ateb wedi’i gadw ar y ddyfais hon a bydd yn cael ei anfon pan fyddwch yn ôl ar-lein.',
  feedbackStalled: 'Nid oeddem yn gallu anfon eich ateb. Mae wedi’i gadw ar y ddyfais hon.',
  feedbackRejected: 'Nid oeddem yn gallu derbyn eich ateb. Mae wedi’i gadw: rhowch gynnig arall arni yn nes ymlaen.',
  feedbackReceived: 'Diolch am eich adborth',
  yourAnswer: 'Eich ateb: {answer}',
  feedbackAbout: 'Rydym yn darllen pob ateb ac yn eu defnyddio i wella ein gwasanaethau. Nid ydym yn ateb adborth.',
  complaintOffer: 'Os hoffech i ni unioni pethau neu ateb i chi, {link}.',
  complaintLink: 'gwnewch gŵyn',
  unknownPromise: 'Nid oes addewid "{promise}" yn y siarter hwn.',
};
