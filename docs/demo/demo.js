// Picks the sample charter (and page language) named in the query string.
const params = new URLSearchParams(location.search);
const charter = params.get('charter');
if (charter && /^[a-z-]+$/.test(charter)) document.getElementById('charter').src = `/samples/${charter}.json`;
if (params.get('lang')) document.documentElement.lang = params.get('lang');
// ?fail=503:2 (or 429, 422, 400, hang) makes the demo intake fail that way first: see scripts/demo-routes/complaints.mjs.
if (/^[a-z0-9]+(:\d+)?$/.test(params.get('fail') ?? ''))
  document.getElementById('complaint-form').endpoint = `/api/complaints?fail=${params.get('fail')}`;
