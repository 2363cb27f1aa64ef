// GOV.UK-shaped bank holidays (https://www.gov.uk/bank-holidays.json) for the browser tests,
// counting requests per `id` so a test can check a feed is fetched once per page.
const hits = new Map();

const feed = {
  'england-and-wales': {
    division: 'england-and-wales',
    events: [
      { title: 'Christmas Day', date: '2026-12-25', notes: '', bunting: true },
      { title: 'Boxing Day', date: '2026-12-28', notes: 'Substitute day', bunting: true },
      { title: 'New Year’s Day', date: '2027-01-01', notes: '', bunting: true },
    ],
  },
  scotland: {
    division: 'scotland',
    events: [
      { title: 'St Andrew’s Day', date: '2026-11-30', notes: '', bunting: true },
      { title: 'Christmas Day', date: '2026-12-25', notes: '', bunting: true },
    ],
  },
};

export default function bankHolidayRoutes(route) {
  route('bank-holidays/feed', (ctx) => {
    const id = String(ctx.query.id ?? '');
    hits.set(id, (hits.get(id) ?? 0) + 1);
    if (ctx.query.fail) {
      ctx.status = 503;
      ctx.body = 'Service Unavailable';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(feed);
  });
  route('bank-holidays/hits', (ctx) => {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ hits: hits.get(String(ctx.query.id ?? '')) ?? 0 });
  });
}
