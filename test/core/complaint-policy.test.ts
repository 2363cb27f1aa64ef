import { expect } from '@open-wc/testing';
import {
  complaintBody,
  complaintDeadlines,
  emptyComplaint,
  fieldErrorsOf,
  judgeResponse,
  validateComplaint,
} from '../../src/core/index.js';
import { complaintCharter } from '../complaint-helpers.js';

const rules = { anonymousAllowed: true, consentRequired: false, today: '2026-11-24' };

describe('complaint core', () => {
  it('validates each kind by its own rules', () => {
    const comment = { ...emptyComplaint(), kind: 'comment' as const, details: 'More benches', anonymous: true };
    expect(validateComplaint(comment, rules)).to.deep.equal([]);
    expect(validateComplaint(comment, { ...rules, anonymousAllowed: false }).map((p) => p.field)).to.deep.equal([
      'name',
      'contact',
    ]);
    const complaint = { ...comment, kind: 'complaint' as const, when: '2026-11-24', outcome: 'x'.repeat(2001) };
    expect(validateComplaint(complaint, rules)).to.deep.equal([{ field: 'outcome', code: 'tooLong' }]);
    expect(validateComplaint({ ...comment, when: '24/11/2026' }, rules)).to.deep.equal([
      { field: 'when', code: 'invalid' },
    ]);
  });

  it('builds the body: trimmed, blanks left out, spam facts reported', () => {
    const fields = {
      ...emptyComplaint(),
      kind: 'comment' as const,
      details: ' More benches ',
      name: 'Sam',
      phone: '01632 960001',
    };
    const body = complaintBody(
      fields,
      {
        submittedAt: new Date('2026-11-24T10:00:30Z'),
        startedAt: new Date('2026-11-24T10:00:00Z'),
        honeypot: '',
        minimumFillSeconds: 5,
        language: 'en',
      },
      true,
    );
    expect(body).to.deep.equal({
      kind: 'comment',
      submittedAt: '2026-11-24T10:00:30.000Z',
      details: 'More benches',
      outcome: undefined,
      service: undefined,
      when: undefined,
      anonymous: false,
      contact: { name: 'Sam', email: undefined, phone: '01632 960001' },
      consent: false,
      language: 'en',
      page: undefined,
      spam: { honeypot: '', fillSeconds: 30, tooFast: false, suspected: false },
    });
  });

  it('judges each answer: 2xx with a reference, 422 field errors, retryable and final statuses', () => {
    expect(judgeResponse(201, null, { reference: 'A1' }, 0)).to.deep.equal({ outcome: 'sent', reference: 'A1' });
    expect(judgeResponse(200, null, {}, 0)).to.deep.equal({ outcome: 'retry', status: 200 });
    expect(judgeResponse(429, '3', null, 0)).to.deep.equal({ outcome: 'retry', status: 429, retryAfterMs: 3000 });
    expect(judgeResponse(502, null, null, 0)).to.deep.equal({ outcome: 'retry', status: 502, retryAfterMs: undefined });
    expect(judgeResponse(403, null, { message: 'Forbidden' }, 0)).to.deep.equal({
      outcome: 'rejected',
      status: 403,
      message: 'Forbidden',
    });
    expect(judgeResponse(422, null, { errors: [{ field: 'email', message: 'Bad' }] }, 0)).to.deep.equal({
      outcome: 'invalid',
      status: 422,
      problems: [{ field: 'email', message: 'Bad' }],
    });
    expect(judgeResponse(422, null, 'nonsense', 0).outcome).to.equal('rejected');
    // A problem details body (application/problem+json): its `detail`, else its `title`.
    const problem = { type: 'about:blank', title: 'Payload Too Large', status: 413, detail: 'At most 1 MB' };
    expect(judgeResponse(413, null, problem, 0)).to.deep.equal({
      outcome: 'rejected',
      status: 413,
      message: 'At most 1 MB',
    });
    expect(judgeResponse(422, null, { ...problem, detail: ' ' }, 0)).to.deep.equal({
      outcome: 'rejected',
      status: 422,
      message: 'Payload Too Large',
    });
    expect(judgeResponse(400, null, undefined, 0)).to.deep.equal({
      outcome: 'rejected',
      status: 400,
      message: undefined,
    });
    expect(fieldErrorsOf({ errors: [{ message: 'General' }, { field: 'x' }, 7] })).to.deep.equal([
      { field: '', message: 'General' },
    ]);
  });

  it('computes the first stage deadlines, chained or from receipt', () => {
    const at = new Date('2026-11-24T10:00:00Z');
    const chained = complaintDeadlines(complaintCharter(), at)!;
    expect(chained.acknowledge!.toISOString()).to.equal('2026-11-27T17:00:00.000Z');
    expect(chained.respond.toISOString()).to.equal('2026-12-28T17:00:00.000Z');
    const stages = [
      { name: 'One', acknowledge: { workingDays: 3 }, respond: { workingDays: 20 }, respondFrom: 'receipt' },
    ];
    expect(complaintDeadlines(complaintCharter({ stages }), at)!.respond.toISOString()).to.equal(
      '2026-12-22T17:00:00.000Z',
    );
    const noAcknowledge = complaintDeadlines(
      complaintCharter({ stages: [{ name: 'One', respond: { days: 1 } }] }),
      at,
    )!;
    expect(noAcknowledge).to.deep.equal({ respond: new Date('2026-11-25T10:00:00Z'), timeZone: 'Europe/London' });
    expect(complaintDeadlines(undefined, at)).to.equal(undefined);
  });
});
