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
