import type { FeedbackStrings } from '../feedback.js';
import { cy as formWords } from './form-words.js';

/** Strings of <service-feedback>, in Welsh (Cymraeg). */
export const cy: FeedbackStrings = {
  ...formWords,
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
  feedbackRejected:
    'Nid oeddem yn gallu derbyn eich ateb. Mae wedi’i gadw: gwiriwch ef a rhowch gynnig arall arni, neu cysylltwch â ni mewn ffordd arall.',
  feedbackReceived: 'Diolch am eich adborth',
  yourAnswer: 'Eich ateb: {answer}',
  feedbackAbout: 'Rydym yn darllen pob ateb ac yn eu defnyddio i wella ein gwasanaethau. Nid ydym yn ateb adborth.',
  complaintOffer: 'Os hoffech i ni unioni pethau neu ateb i chi, {link}.',
  complaintLink: 'gwnewch gŵyn',
  unknownPromise: 'Nid oes addewid "{promise}" yn y siarter hwn.',
  unknownChannel: 'Nid oes sianel "{channel}" yn y siarter hwn.',
  unknownService: 'Nid oes gwasanaeth "{service}" yn y siarter hwn.',
};
