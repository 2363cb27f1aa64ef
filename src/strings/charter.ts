/** Strings of <service-charter> and <service-promise>, in English. */
export const en = {
  loading: 'Loading the service charter…',
  problemTitle: 'There is a problem with this service charter',
  networkError: 'The charter could not be loaded. Check your connection and try again.',
  invalidJson: 'The charter file could not be read: it is not valid JSON.',
  invalidCharter: 'This charter could not be shown. Ask the organisation to check its charter file.',
  partlyInvalid: 'Some parts of this charter could not be shown:',
  /** The heading of a charter whose title is missing or invalid. */
  untitledCharter: 'Service charter',
  vision: 'Our vision',
  values: 'Our values',
  promises: 'Our promises',
  contact: 'Contact',
  /** Promises that belong to no channel or service. */
  everyonePromises: 'Whichever way you contact us',
  sites: 'Where to find us',
  languages: 'Languages: {languages}.',
  access: 'Access and languages',
  accessOffers: {
    interpreter: 'We can arrange an interpreter',
    'sign-language': 'We can arrange a sign language interpreter',
    translation: 'We can translate our documents for you',
    'large-print': 'We can give you our documents in large print',
    braille: 'We can give you our documents in Braille',
    'easy-read': 'We can give you our documents in easy read',
    audio: 'We can give you our documents as audio',
    'private-room': 'We can talk with you in a private room',
    'staff-choice': 'You can choose to be seen by a man or a woman',
  } as Record<string, string>,
  /** An access offer's target: "within 21 days of your request". */
  accessWithin: '{time} of your request',
  /** Names of languages the browser may not know, by code. */
  languageNames: { bfi: 'British Sign Language' } as Record<string, string>,
  listAnd: ' and ',
};

/** The shape of these strings: every language's table has it. */
export type CharterStrings = typeof en;

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
