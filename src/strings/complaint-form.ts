import * as form from './form-words.js';

/** Strings of <service-complaint-form>, in English. `{name}` placeholders are filled in. */
export const en = {
  ...form.en,
  formHeading: 'Make a complaint, pay a compliment or leave a comment',
  policyHeading: 'How we handle complaints',
  kindLegend: 'What would you like to do?',
  kinds: {
    complaint: 'Make a complaint',
    compliment: 'Pay a compliment',
    comment: 'Make a comment or suggestion',
  } as Record<string, string>,
  detailsLabel: {
    complaint: 'What happened?',
    compliment: 'What would you like to tell us?',
    comment: 'What is your comment or suggestion?',
  } as Record<string, string>,
  detailsHint: {
    complaint: 'Tell us what happened, when, and who was involved. Do not include bank details.',
    compliment: 'Tell us who helped you and what they did well. Do not include bank details.',
    comment: 'Tell us what we could do better or differently. Do not include bank details.',
  } as Record<string, string>,
  outcomeLabel: 'What would you like us to do to put things right?',
  serviceLabel: 'Which service is this about? (optional)',
  serviceNone: 'Not sure or something else',
  whenLabel: 'When did it happen? (optional)',
  whenHint: 'For example, 27 March 2026',
  contactLegend: 'How can we contact you?',
  contactHint: 'Give an email address, a phone number or both.',
  nameLabel: 'Full name',
  emailLabel: 'Email address',
  phoneLabel: 'Phone number',
  anonymousLabel: 'I do not want to give my contact details',
  anonymousHint: 'We will not be able to reply to you.',
  consentLabel: 'I agree',
  errors: {
    'kind.required': 'Select whether you want to make a complaint, pay a compliment or make a comment',
    'details.required': 'Tell us what happened',
    'details.tooLong': 'What you tell us must be 5,000 characters or fewer',
    'outcome.required': 'Tell us what you would like us to do',
    'outcome.tooLong': 'What you would like us to do must be 2,000 characters or fewer',
    'when.invalid': 'Enter a real date, for example 27 March 2026',
    'when.future': 'The date must be today or in the past',
    'name.required': 'Enter your full name',
    'contact.required': 'Enter an email address or a phone number, so we can reply',
    'email.invalid': 'Enter an email address in the correct format, like name@example.com',
    'phone.invalid': 'Enter a phone number, like 01632 960 001 or +44 808 157 0192',
    'consent.required': 'Confirm that you agree to how we use your details',
  } as Record<string, string>,
  statusSending: 'Sending your message…',
  statusRetrying: 'Your message is not sent yet. It is saved, and we are trying again.',
  statusOffline: 'You are offline. Your message is saved on this device and will be sent when you are back online.',
  statusStalled: 'We could not send your message. It is saved on this device.',
  rejected: 'We could not accept your message. It is saved: check it and try again, or contact us another way.',
  receivedHeading: {
    complaint: 'Complaint received',
    compliment: 'Compliment received',
    comment: 'Comment received',
  } as Record<string, string>,
  reference: 'Your reference number is',
  noReference: 'Your message has been passed on.',
  /** The receipt's deadlines, worded as <service-response-time> words them: "We will acknowledge it by …, and reply in full by …." */
  receiptDeadlines: 'We will {steps}.',
  /** With alternative complaint tracks, one line per track. */
  receiptTrack: '{track}: {sentence}',
  /** The receipt names the complaint where <service-response-time> says "it". */
  receiptVerbs: {
    acknowledge: { first: 'acknowledge your complaint', next: 'and acknowledge your complaint' },
  } as Record<string, { first: string; next: string }>,
  dateAtTime: '{date} at {time}',
  thanks: 'Thank you for telling us.',
};

/** The shape of these strings: every language's table has it. */
export type ComplaintFormStrings = typeof en;
