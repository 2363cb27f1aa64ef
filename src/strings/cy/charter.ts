import type { CharterStrings } from '../charter.js';

/**
 * Welsh. Plural forms follow Intl.PluralRules('cy') (zero, one, two, few, many, other);
 * soft mutations after numbers are kept simple, so a Welsh-speaking reviewer is welcome.
 */
export const cy: CharterStrings = {
  loading: 'Wrthi’n llwytho’r siarter gwasanaeth…',
  problemTitle: 'Mae problem gyda’r siarter gwasanaeth hwn',
  networkError: 'Nid oedd modd llwytho’r siarter. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.',
  invalidJson: 'Nid oedd modd darllen ffeil y siarter: nid yw’n JSON dilys.',
  invalidCharter: 'Nid oes modd dangos y siarter hwn. Gofynnwch i’r sefydliad wirio ffeil ei siarter.',
  partlyInvalid: 'Nid oedd modd dangos rhai rhannau o’r siarter hwn:',
  untitledCharter: 'Siarter gwasanaeth',
  vision: 'Ein gweledigaeth',
  values: 'Ein gwerthoedd',
  promises: 'Ein haddewidion',
  contact: 'Cysylltu',
  everyonePromises: 'Pa ffordd bynnag y byddwch yn cysylltu â ni',
  sites: 'Ble i ddod o hyd i ni',
  languages: 'Ieithoedd: {languages}.',
  access: 'Hygyrchedd ac ieithoedd',
  accessOffers: {
    interpreter: 'Gallwn drefnu cyfieithydd ar y pryd',
    'sign-language': 'Gallwn drefnu dehonglydd iaith arwyddion',
    translation: 'Gallwn gyfieithu ein dogfennau i chi',
    'large-print': 'Gallwn roi ein dogfennau i chi mewn print bras',
    braille: 'Gallwn roi ein dogfennau i chi mewn Braille',
    'easy-read': 'Gallwn roi ein dogfennau i chi mewn fformat hawdd ei ddeall',
    audio: 'Gallwn roi ein dogfennau i chi ar ffurf sain',
    'private-room': 'Gallwn siarad â chi mewn ystafell breifat',
    'staff-choice': 'Gallwch ddewis cael eich gweld gan ddyn neu fenyw',
  },
  accessWithin: '{time} o’ch cais',
  languageNames: { bfi: 'Iaith Arwyddion Prydain', cy: 'Cymraeg', en: 'Saesneg' },
  listAnd: ' a ',
};
