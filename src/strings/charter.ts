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
  phone: 'Phone',
  email: 'Email',
  online: 'Online',
  address: 'Address',
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
  phone: 'Ffôn',
  email: 'E-bost',
  online: 'Ar-lein',
  address: 'Cyfeiriad',
};
