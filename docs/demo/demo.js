// Sets the page up for the sample charter (and language) named in the address, then loads the
// elements: each element gets its settings before it first renders, so nothing is fetched twice
// and no element names a channel or promise the sample does not have.
const params = new URLSearchParams(location.search);

/** Each sample: its organisation, language, the channel with live waits and its email promise. */
const SAMPLES = {
  'district-council': {
    organisation: 'Northwold District Council',
    language: 'en',
    liveChannel: 'phone',
    emailPromise: 'answer-email',
    figures: '/district-council-performance.csv',
  },
  'scottish-council': {
    organisation: 'Glenmore Council',
    language: 'en',
    liveChannel: 'phone',
    emailPromise: 'reply-email',
  },
  'welsh-council': {
    organisation: { en: 'Dyffryn County Council', cy: 'Cyngor Sir Dyffryn' },
    language: 'cy',
    liveChannel: 'phone',
    emailPromise: 'reply-email',
  },
  'online-business': {
    organisation: 'Bramble & Thread',
    language: 'en',
    liveChannel: 'chat',
    emailPromise: 'email-reply',
  },
  // Format 2, with a scorecard, survey results and "You said, we did" (beside the phone figures).
  'housing-association': {
    organisation: 'Northvale Homes',
    language: 'en',
    liveChannel: 'phone',
    emailPromise: 'reply-email',
    youSaidAbout: 'answer-calls',
  },
  'bilingual-health-board': {
    organisation: { en: 'Dyffryn Valley Health Board', cy: 'Bwrdd Iechyd Bro Dyffryn' },
    language: 'cy',
    liveChannel: 'phone',
    emailPromise: 'social-reply',
    youSaidAbout: 'answer-calls',
  },
};

/** The page's own words, in the page's language. */
const PAGE_TEXT = {
  en: {
    title: 'Contact us – {organisation}',
    skip: 'Skip to main content',
    breadcrumb: 'Breadcrumb',
    home: 'Home',
    contact: 'Contact us',
    lead: 'Our promises to you, when we are open, and how to tell us what you think.',
    performance: 'How we are doing',
    liveWaits: 'Live waits from the demo feed',
    liveWaitsAbout:
      'Polled from /feeds/queue.json and streamed from /feeds/queue; the queue moves every 10 seconds, at any time of day.',
    samples: 'This is a service-charter demo. Other samples:',
    district: 'English district council',
    scottish: 'Scottish council',
    business: 'Online business',
    housing: 'Housing association (scorecard, you said, we did)',
    flaky: 'Complaint form on a flaky line (two 503s, then stored)',
  },
  cy: {
    title: 'Cysylltu â ni – {organisation}',
    skip: 'Neidio i’r prif gynnwys',
    breadcrumb: 'Briwsion bara',
    home: 'Hafan',
    contact: 'Cysylltu â ni',
    lead: 'Ein haddewidion i chi, pryd rydym ar agor, a sut i ddweud wrthym beth rydych yn ei feddwl.',
    performance: 'Sut rydym yn perfformio',
    liveWaits: 'Amseroedd aros byw o’r ffrwd arddangos',
    liveWaitsAbout:
      'Wedi’u holi o /feeds/queue.json a’u ffrydio o /feeds/queue; mae’r ciw yn symud bob 10 eiliad, ar unrhyw adeg o’r dydd.',
    samples: 'Arddangosiad service-charter yw hwn. Enghreifftiau eraill:',
    district: 'Cyngor dosbarth yn Lloegr',
    scottish: 'Cyngor yn yr Alban',
    business: 'Busnes ar-lein',
    housing: 'Cymdeithas dai (cerdyn sgorio, dywedoch chi, gwnaethom ni)',
    flaky: 'Ffurflen gwyno ar linell ansefydlog (dau 503, yna wedi’i chadw)',
  },
};

const name = SAMPLES[params.get('charter')] ? params.get('charter') : 'district-council';
const sample = SAMPLES[name];
const language = params.get('lang') === 'cy' || params.get('lang') === 'en' ? params.get('lang') : sample.language;
const text = PAGE_TEXT[language];
const organisation = typeof sample.organisation === 'string' ? sample.organisation : sample.organisation[language];
const byId = (id) => document.getElementById(id);

/** The organisation's name in the masthead and the title; the charter's own once it is read. */
function showOrganisation(organisationName) {
  document.title = text.title.replace('{organisation}', organisationName);
  byId('organisation').textContent = organisationName;
}

document.documentElement.lang = language;
showOrganisation(organisation);
byId('charter').addEventListener('service-charter-load', ({ charter }) => {
  const own = charter.organisation.name;
  showOrganisation(typeof own === 'string' ? own : (own[language] ?? organisation));
});
for (const element of document.querySelectorAll('[data-text]')) element.textContent = text[element.dataset.text];
for (const element of document.querySelectorAll('[data-label]')) element.ariaLabel = text[element.dataset.label];

byId('charter').setAttribute('src', `/samples/${name}.json`);
byId('reply').setAttribute('promise-id', sample.emailPromise);
// "Did we keep this promise?" beside it; a "no" offers the complaint form further down.
byId('feedback').setAttribute('promise-id', sample.emailPromise);
byId('hours').setAttribute('channel', sample.liveChannel);
byId('wait').setAttribute('channel', sample.liveChannel);
byId('wait').setAttribute('feed', '/feeds/queue.json');
// The extra figures file belongs to the district council; other samples show their charter's own.
if (sample.figures) byId('performance').setAttribute('src', sample.figures);
// Only the format 2 samples publish "You said, we did" and survey results, and keep every figure
// in the charter (the district council's newer figures are in its CSV, which the scorecard does
// not read): the others leave both elements out.
if (sample.youSaidAbout) byId('you-said').setAttribute('about', sample.youSaidAbout);
else for (const id of ['you-said', 'scorecard']) byId(id).remove();
// ?fail=503:2 (or 429, 422, 400, hang) makes the demo intake fail that way first: see scripts/demo-routes/complaints.mjs.
if (/^[a-z0-9]+(:\d+)?$/.test(params.get('fail') ?? ''))
  byId('complaint-form').setAttribute('endpoint', `/api/complaints?fail=${params.get('fail')}`);

await import('/service-charter.js');
