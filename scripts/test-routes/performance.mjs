// Figures files for <service-performance>: JSON and CSV as councils publish them, with the
// awkward parts real files have (BOM, CRLF, quoted fields, gaps, a malformed row).
const json = {
  promises: {
    'answer-calls': {
      measure: 'Calls answered within 20 seconds',
      unit: 'percent',
      better: 'higher',
      periods: [
        { period: '2026-09', achieved: 89, target: 85 },
        { period: '2026-10', achieved: 83, target: 85 },
        { period: '2026-11', achieved: 90, target: 88 },
      ],
    },
    'average-wait': {
      measure: 'Average wait to answer a call',
      unit: 'seconds',
      better: 'lower',
      periods: [
        { period: '2026-Q2', achieved: 41, target: 30 },
        { period: '2026-Q3', achieved: null, target: 30 },
        { period: '2026-Q4', achieved: 28, target: 30 },
      ],
    },
  },
};

const csv = [
  '\uFEFFPromise,Period,Achieved,Target,Unit,Better,Measure',
  'answer-calls,2026-09,89%,85%,percent,higher,"Calls answered within 20 seconds"',
  'answer-calls,2026-10,eighty,85,,,',
  'answer-calls,2026-11,90,88,,,',
  'average-wait,2026-Q2,41,30,seconds,lower,"Average wait, in seconds"',
  'average-wait,2026-Q3,,30,,,',
  'average-wait,2026-Q4,28,30,,,',
  '',
].join('\r\n');

export default function performanceRoutes(route) {
  route('performance/figures.json', (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(json);
  });
  route('performance/figures', (ctx) => {
    ctx.type = 'text/csv';
    ctx.body = csv;
  });
  // No useful content type: the .csv extension decides.
  route('performance/figures.csv', (ctx) => {
    ctx.type = 'application/octet-stream';
    ctx.body = csv;
  });
  route('performance/not-json', (ctx) => {
    ctx.type = 'application/json';
    ctx.body = '{"promises": ';
  });
  route('performance/no-columns.csv', (ctx) => {
    ctx.type = 'text/csv';
    ctx.body = 'name,value\nanswer-calls,87\n';
  });
  route('performance/slow.json', async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.delay ?? 300)));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(json);
  });
  route('performance/down', (ctx) => {
    ctx.status = 503;
    ctx.body = 'Service Unavailable';
  });
}
