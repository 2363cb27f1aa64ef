// Picks the sample charter (and page language) named in the query string.
const params = new URLSearchParams(location.search);
const charter = params.get('charter');
// Each sample names its email promise differently.
const emailPromise = {
  'welsh-council': 'reply-email',
  'scottish-council': 'reply-email',
  'online-business': 'email-reply',
};
if (emailPromise[charter]) document.getElementById('reply').setAttribute('promise-id', emailPromise[charter]);
if (charter && /^[a-z-]+$/.test(charter)) {
  document.getElementById('charter').src = `/samples/${charter}.json`;
  // The extra figures file belongs to the district council; other samples show their charter's own.
  document.getElementById('performance').removeAttribute('src');
}
if (params.get('lang')) document.documentElement.lang = params.get('lang');
if (document.documentElement.lang === 'cy')
  document.getElementById('how-we-are-doing').textContent = 'Sut rydym yn perfformio';
// ?fail=503:2 (or 429, 422, 400, hang) makes the demo intake fail that way first: see scripts/demo-routes/complaints.mjs.
if (/^[a-z0-9]+(:\d+)?$/.test(params.get('fail') ?? ''))
  document.getElementById('complaint-form').endpoint = `/api/complaints?fail=${params.get('fail')}`;
