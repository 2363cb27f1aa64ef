import { expect } from '@open-wc/testing';
import { readCharter } from '../../src/core/index.js';
import { answerNeedsRedress, feedbackBody, validateFeedback } from '../../src/core/feedback.js';
import { copy, samples } from '../helpers.js';

/** The bilingual sample with its feedback section replaced by `feedback`. */
function withFeedback(feedback: unknown) {
  const json = copy(samples.bilingualHealthBoard) as Record<string, unknown>;
  json.feedback = feedback;
  return readCharter(json);
}

const scale = (...values: number[]) => values.map((value) => ({ value, label: `Point ${value}` }));

describe('charter format 2: the feedback section', () => {
  it('reads the sample: question, scale with words in each language, complaint threshold, privacy notice', () => {
    const { charter, problems } = readCharter(copy(samples.bilingualHealthBoard));
    expect(problems).to.deep.equal([]);
    const feedback = charter!.feedback!;
    expect(feedback.endpoint).to.equal('/api/feedback');
    expect(feedback.scale!.map((p) => p.value)).to.deep.equal([1, 2, 3, 4, 5]);
    expect(feedback.scale![0].label).to.deep.equal({ cy: 'Anfodlon iawn', en: 'Very dissatisfied' });
    expect(feedback.complaintUpTo).to.equal(2);
    expect(feedback.privacyNotice).to.equal('https://www.brodyffryn.example.cymru/preifatrwydd');
  });

  it('reports each kind of bad input at its path, and keeps the rest of the charter', () => {
    const cases: [unknown, string, string][] = [
      [{ scale: scale(1) }, 'feedback.scale', 'must have at least 2 points'],
      [{ scale: scale(...Array.from({ length: 12 }, (_, i) => i)) }, 'feedback.scale', 'at most 11'],
      [{ scale: scale(1, 3, 2) }, 'feedback.scale[2].value', 'must be higher than the point before'],
      [{ scale: scale(1, 101) }, 'feedback.scale[1].value', 'from 0 to 100'],
      [
        {
          scale: [
            { value: 1.5, label: 'x' },
            { value: 2, label: 'y' },
          ],
        },
        'feedback.scale[0].value',
        'whole number',
      ],
      [{ scale: [{ value: 1 }, { value: 2, label: 'y' }] }, 'feedback.scale[0].label', 'is required'],
      [{ complaintUpTo: 7 }, 'feedback.complaintUpTo', 'must be a point of the scale: 1, 2, 3, 4, 5'],
      [
        { scale: scale(0, 5, 10), complaintUpTo: 4 },
        'feedback.complaintUpTo',
        'must be a point of the scale: 0, 5, 10',
      ],
      [{ endpoint: 'javascript:alert(1)' }, 'feedback.endpoint', 'http(s) URL or a path'],
      [{ privacyNotice: 'ftp://example.com' }, 'feedback.privacyNotice', 'http(s) URL'],
      [{ questions: 'typo' }, 'feedback.questions', 'is not a known field'],
      ['yes', 'feedback', 'must be an object'],
    ];
    for (const [feedback, path, message] of cases) {
      const { charter, problems } = withFeedback(feedback);
      expect(
        problems.map((p) => p.path),
        JSON.stringify(feedback),
      ).to.include(path);
      expect(problems.find((p) => p.path === path)!.message).to.contain(message);
      expect(charter?.promises.length, 'the rest is kept').to.be.greaterThan(0);
    }
  });

  it('validates an answer against the choices on offer and the comment against its limit', () => {
    expect(validateFeedback({ answer: '', comment: '' }, ['yes', 'partly', 'no'])).to.deep.equal([
      { field: 'answer', code: 'required' },
    ]);
    expect(validateFeedback({ answer: 'maybe', comment: 'x'.repeat(1201) }, ['yes', 'no'])).to.deep.equal([
      { field: 'answer', code: 'required' },
      { field: 'comment', code: 'tooLong' },
    ]);
    expect(validateFeedback({ answer: '3', comment: 'x'.repeat(1200) }, ['1', '2', '3'])).to.deep.equal([]);
  });

  it('builds the body: a number and its scale for a rating, the word for a promise, spam facts', () => {
    const facts = {
      submittedAt: new Date('2026-11-24T10:00:03Z'),
      startedAt: new Date('2026-11-24T10:00:00Z'),
      honeypot: '',
      minimumFillSeconds: 2,
      language: 'cy',
    };
    const rating = feedbackBody({ answer: '4', comment: '  ' }, facts, { channel: 'phone' }, [1, 2, 3, 4, 5]);
    expect(rating).to.deep.include({ kind: 'feedback', answer: 4, scale: { min: 1, max: 5 }, comment: undefined });
    expect(rating.spam).to.deep.equal({ honeypot: '', fillSeconds: 3, tooFast: false, suspected: false });
    const kept = feedbackBody({ answer: 'partly', comment: ' Slow ' }, { ...facts, honeypot: 'x' }, { promise: 'p' });
    expect(kept).to.deep.include({ answer: 'partly', scale: undefined, comment: 'Slow', subject: { promise: 'p' } });
    expect(kept.spam.suspected).to.equal(true);
  });

  it('offers the complaint form after "no", and at or below the threshold of a scale', () => {
    expect(['yes', 'partly', 'no'].map((a) => answerNeedsRedress(a, undefined))).to.deep.equal([false, false, true]);
    expect(['1', '2', '3'].map((a) => answerNeedsRedress(a, [1, 2, 3, 4, 5]))).to.deep.equal([true, false, false]);
    expect(['1', '2', '3'].map((a) => answerNeedsRedress(a, [1, 2, 3], 2))).to.deep.equal([true, true, false]);
    expect(answerNeedsRedress('', [0, 10])).to.equal(false);
  });
});
