// Picks the sample charter (and page language) named in the query string.
const params = new URLSearchParams(location.search);
const charter = params.get('charter');
if (charter && /^[a-z-]+$/.test(charter)) document.getElementById('charter').src = `/samples/${charter}.json`;
// Each sample names its email promise differently.
const emailPromise = {
  'welsh-council': 'reply-email',
  'scottish-council': 'reply-email',
  'online-business': 'email-reply',
};
if (emailPromise[charter]) document.getElementById('reply').setAttribute('promise-id', emailPromise[charter]);
if (params.get('lang')) document.documentElement.lang = params.get('lang');
