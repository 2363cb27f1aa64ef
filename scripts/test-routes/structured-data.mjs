/**
 * A page served with Trusted Types enforced, for the JSON-LD test: a <service-charter
 * structured-data="government"> with the district council sample inline. `?policies=`
 * sets the trusted-types allow-list (default: lit-html and service-charter).
 */
import { readFile } from 'node:fs/promises';

export default (route) => {
  route('structured-data/page', async (ctx) => {
    const charter = await readFile(new URL('../../src/samples/district-council.json', import.meta.url), 'utf8');
    const policies = ctx.query.policies ?? 'lit-html service-charter';
    ctx.set('Content-Security-Policy', `require-trusted-types-for 'script'; trusted-types ${policies}`);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html>
<html lang="en">
  <head><title>JSON-LD under Trusted Types</title></head>
  <body>
    <service-charter structured-data="government" now="2026-11-24T10:00:00Z">
      <script type="application/json">${charter}</script>
    </service-charter>
    <script type="module">
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.violations.push(event.violatedDirective + ': ' + event.sample),
      );
      import('/src/define/service-charter.ts').then(() => (window.defined = true));
    </script>
  </body>
</html>`;
  });
};
