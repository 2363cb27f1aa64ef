import { expect } from '@open-wc/testing';
import { latestPeriod, promiseName, readCharter, scorecard } from '../../src/core/index.js';
import type { CharterPromise, Performance } from '../../src/core/index.js';
import { copy, samples } from '../helpers.js';

const figures = (periods: Performance['periods'], better: Performance['better'] = 'higher'): Performance => ({
  unit: 'percent',
  better,
  periods,
});
const promise = (id: string, performance?: Performance, percent?: number): CharterPromise => ({
  id,
  kind: 'answer',
  targets: percent === undefined ? [] : [{ kind: 'answer', percent, countedFrom: 'receipt' }],
  ...(performance && { performance }),
});

describe('scorecard core', () => {
  it('picks the latest period of the kind most promises publish, ignoring periods with no figure', () => {
    const monthly = figures([{ period: '2026-11', achieved: 1 }]);
    const quarterly = figures([
      { period: '2026-Q2', achieved: 1 },
      { period: '2026-Q3', achieved: 1 },
      { period: '2026-Q4', achieved: null },
    ]);
    expect(latestPeriod([monthly, quarterly, quarterly])).to.equal('2026-Q3');
    expect(latestPeriod([figures([{ period: '2026', achieved: null }])])).to.equal(undefined);
  });

  it('counts met, missed, not judged and no figure; a missing period is no figure, never met', () => {
    const card = scorecard([
      promise('met', figures([{ period: '2026-Q3', achieved: 90, target: 85 }])),
      promise('missed-lower', figures([{ period: '2026-Q3', achieved: 30, target: 20 }], 'lower')),
      promise('share', figures([{ period: '2026-Q3', achieved: 79 }]), 80),
      promise('unjudged', figures([{ period: '2026-Q3', achieved: 5 }])),
      promise('gap', figures([{ period: '2026-Q3', achieved: null, target: 90 }])),
      promise('absent', figures([{ period: '2026-Q2', achieved: 99, target: 90 }])),
      promise('no-figures'),
    ])!;
    expect(card.period).to.equal('2026-Q3');
    expect(card.lines.map((l) => [l.promise.id, l.verdict])).to.deep.equal([
      ['met', 'met'],
      ['missed-lower', 'missed'],
      ['share', 'missed'],
      ['unjudged', 'no-target'],
      ['gap', 'gap'],
      ['absent', 'gap'],
    ]);
    expect(card.tally).to.deep.equal({ met: 1, missed: 2, noTarget: 1, noFigure: 2, total: 6 });
    expect(card.previous).to.deep.equal({
      period: '2026-Q2',
      tally: { met: 1, missed: 0, noTarget: 0, noFigure: 5, total: 6 },
    });
    expect(card.lines.find((l) => l.promise.id === 'absent')!.trend).to.equal(undefined);
  });

  it('compares a chosen period with the one before it, not with later figures', () => {
    const card = scorecard(
      [
        promise(
          'calls',
          figures([
            { period: '2026-08', achieved: 70, target: 80 },
            { period: '2026-09', achieved: 82, target: 80 },
            { period: '2026-10', achieved: 60, target: 80 },
          ]),
        ),
      ],
      '2026-09',
    )!;
    expect(card.lines[0].verdict).to.equal('met');
    expect(card.lines[0].trend!.direction).to.equal('improving');
    expect(card.lines[0].trend!.previous.period).to.equal('2026-08');
    expect(card.previous!.period).to.equal('2026-08');
    expect(scorecard([promise('none')])).to.equal(undefined);
  });

  it('names a promise by its measure, its text, its channel or service, or its id', () => {
    const charter = readCharter(copy(samples.housingAssociation)).charter!;
    const named = (id: string) =>
      promiseName(
        charter.promises.find((p) => p.id === id)!,
        charter,
      );
    expect(named('answer-calls')).to.equal('Calls answered within 60 seconds');
    expect(named('urgent-repairs')).to.equal('Urgent repairs, such as a blocked toilet or a broken door entry system.');
    expect(named('reply-text')).to.equal(charter.channels.find((c) => c.id === 'text')!.name);
    expect(promiseName(promise('lonely'))).to.equal('lonely');
  });

  it('reads improvements and satisfaction, with a clear problem for each mistake', () => {
    const charter = copy(samples.housingAssociation) as Record<string, unknown> & { improvements: object[] };
    charter.improvements.push(
      { id: 'early', youSaid: 'x', weDid: 'y', saidOn: '2026-05-02', doneOn: '2026-04' },
      { id: 'ghost', youSaid: 'x', weDid: 'y', doneOn: '2026-04', service: 'gardening' },
      { id: 'both', youSaid: 'x', weDid: 'y', doneOn: '2026-04', service: 'repairs', promise: 'answer-calls' },
      { id: 'vague', youSaid: 'x', weDid: 'y', doneOn: 'spring' },
    );
    charter.satisfaction = [
      { id: 's', periods: [] },
      { measure: 'm', periods: [] },
    ];
    const { charter: read, problems } = readCharter(charter);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'improvements[3].doneOn: must not be before "saidOn" (2026-05-02)',
      'improvements[4].service: names no entry in "services": "gardening"',
      'improvements[5]: must have "promise" or "service", not both',
      'improvements[6].doneOn: must be a month (YYYY-MM) or a date (YYYY-MM-DD)',
      'satisfaction[0].measure: is required',
      'satisfaction[1].id: is required',
    ]);
    // An entry whose link is broken is still shown, without the link.
    expect(read!.improvements!.map((i) => i.id)).to.deep.equal([
      'repair-slots',
      'monday-calls',
      'email-receipts',
      'ghost',
    ]);
    expect(read!.improvements![3].service).to.equal(undefined);
    expect(read!.satisfaction).to.deep.equal([]);
  });
});
