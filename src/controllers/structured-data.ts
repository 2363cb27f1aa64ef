import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scriptSafeJson, type JsonLd } from '../core/structured-data.js';

/** The Trusted Types policy that writes JSON-LD, and nothing else. */
export const POLICY_NAME = 'service-charter';

type ScriptPolicy = { createScript(input: string): string };
type TrustedTypesFactory = { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy };

/** Shared through the global object, so two copies of the library (CDN and npm) use one policy. */
const SHARED = Symbol.for('service-charter.json-ld-policy');
type Shared = { [SHARED]?: ScriptPolicy | null };

/**
 * The script text for JSON-LD. Under Trusted Types every way of filling a `<script>`
 * (`text`, `textContent`, even appending a text node) is checked, whatever its `type`, so
 * the text comes from a policy that accepts only JSON. Null when the page's CSP does not
 * allow the policy (its `trusted-types` directive must name `service-charter`).
 */
function scriptText(json: string): string | null {
  const tt = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!tt) return json;
  const shared = globalThis as Shared;
  if (shared[SHARED] === undefined) {
    try {
      shared[SHARED] = tt.createPolicy(POLICY_NAME, {
        // JSON text cannot call anything; refuse whatever is not JSON.
        createScript: (input) => (JSON.parse(input), input),
      });
    } catch {
      shared[SHARED] = null;
    }
  }
  return shared[SHARED]?.createScript(json) ?? null;
}

/** Marks the script this controller owns among the host's light-DOM children. */
const OWNED = 'data-service-charter';

/**
 * Keeps one `<script type="application/ld+json">` in the host's light DOM (search engines
 * do not read shadow DOM) in step with `data()`; removes it when `data()` is undefined.
 * A script already there with the same text (e.g. rendered on the server) is kept as it is.
 */
export class StructuredDataController implements ReactiveController {
  private warned = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly data: () => JsonLd | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const data = this.data();
    const current = this.host.querySelector(`:scope > script[${OWNED}]`);
    const json = data && scriptSafeJson(data);
    if (current?.textContent === json) return;
    current?.remove();
    if (!json) return;
    const text = scriptText(json);
    if (text === null) {
      if (this.warned) return;
      this.warned = true;
      console.warn(
        `<${this.host.localName}>: structured data needs "${POLICY_NAME}" in the page's trusted-types policy`,
      );
      return;
    }
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(OWNED, '');
    script.textContent = text;
    this.host.append(script);
  }
}
