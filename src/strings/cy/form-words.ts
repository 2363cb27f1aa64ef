import type { FormWords } from '../form-words.js';

/** Words every form uses, in Welsh (Cymraeg). */
export const cy: FormWords = {
  privacyNoticeLink: 'Darllenwch ein hysbysiad preifatrwydd',
  honeypotLabel: 'Gadewch y maes hwn yn wag',
  characterLimit: { other: 'Gallwch roi hyd at # nod' },
  charactersLeft: { other: 'Mae gennych # nod ar ôl' },
  charactersOver: { other: 'Mae gennych # nod yn ormod' },
  submit: 'Anfon',
  sending: 'Yn anfon…',
  errorSummary: 'Mae problem wedi codi',
  errorPrefix: 'Gwall:',
  retryNow: 'Rhoi cynnig arall arni nawr',
  errorCode: '(Cod gwall {status})',
  draftRestored: 'Rydym wedi adfer yr hyn a deipiwyd gennych yn gynharach.',
};
