// The Playground story's element: paste a charter, see the validation messages and every
// registered service-charter element render it. Elements are found in custom-elements.json
// (written by `npm run analyze`), so each new element appears here once it is merged.
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import manifest from '../custom-elements.json';
import { readCharter } from '../src/core/parse-charter.js';
import type { Problem } from '../src/core/problems.js';

interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
}

/** The part of custom-elements.json read here (its inferred type changes with every element). */
const elementsManifest = manifest as unknown as { modules: { declarations?: ManifestDeclaration[] }[] };

const STYLES = `
    charter-playground {
      display: block;
      font-family: system-ui, sans-serif;
    }
    charter-playground textarea {
      box-sizing: border-box;
      width: 100%;
      font:
        0.875rem/1.4 ui-monospace,
        monospace;
    }
    charter-playground .specimen {
      border-top: 1px solid light-dark(#b1b4b6, #6f777b);
      padding-block: 0.5rem;
    }
    charter-playground .invalid {
      color: light-dark(#b00020, #ff7b6b);
    }
  `;

/** The container every other element reads its charter from. */
const CONTAINER = 'service-charter';

/** Every element in the manifest, with the attributes it accepts. */
export const manifestElements: { tag: string; attributes: string[] }[] = elementsManifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => ({
    tag: declaration.tagName!,
    attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

type Reading = { error: string } | { problems: Problem[]; promiseIds: string[]; channelIds: string[] };

function read(text: string): Reading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { charter, problems } = readCharter(json);
  return {
    problems,
    promiseIds: charter?.promises.map((promise) => promise.id) ?? [],
    channelIds: charter?.channels.map((channel) => channel.id) ?? [],
  };
}

/** One attribute set per instance: an element that shows one promise or channel gets one of each. */
function instancesOf(attributes: string[], reading: Reading): Record<string, string>[] {
  const ids = 'error' in reading ? { promiseIds: [], channelIds: [] } : reading;
  const base: Record<string, string> = attributes.includes('heading-level') ? { 'heading-level': '4' } : {};
  const perId = (name: string, values: string[]) => values.map((value) => ({ ...base, [name]: value }));
  if (attributes.includes('promise-id')) return perId('promise-id', ids.promiseIds);
  const channelAttribute = attributes.find((name) => name === 'channel' || name === 'channel-id');
  if (channelAttribute) return perId(channelAttribute, ids.channelIds);
  return [base];
}

/** The markup a web team would write, shown above each rendered element. */
const markup = (tag: string, attributes: Record<string, string>) =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')}>`;

function createElement(tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * @tagname charter-playground
 * @summary Story tooling, not part of the package.
 */
export class CharterPlayground extends LitElement {
  /** Light DOM, so the story's play functions can type into the textarea like a person. */
  protected override createRenderRoot() {
    return this;
  }

  /** Reactive properties (each field below says what it is). */
  static override properties: PropertyDeclarations = {
    json: {},
    now: {},
    text: { state: true },
  };

  /** The charter JSON to start from. */
  json = '';

  /** The moment every element shows (ISO 8601). */
  now = '';

  private text = '';
  private pending?: ReturnType<typeof setTimeout>;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('json')) this.text = this.json;
  }

  private onInput(event: Event) {
    const value = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.pending);
    this.pending = setTimeout(() => (this.text = value), 250);
  }

  override render() {
    const reading = read(this.text);
    return html`
      <style>
        ${STYLES}
      </style>
      <label for="charter-playground-json">Your charter JSON</label>
      <textarea
        id="charter-playground-json"
        rows="16"
        spellcheck="false"
        .value=${this.text}
        @input=${this.onInput}
      ></textarea>
      <h2>Validation</h2>
      ${this.renderValidation(reading)}
      <h2>Elements</h2>
      ${this.renderElements(reading)}
    `;
  }

  private renderValidation(reading: Reading) {
    if ('error' in reading) return html`<p role="status" class="invalid">Not valid JSON: ${reading.error}</p>`;
    const count = reading.problems.length;
    return html`<p role="status" class=${count ? 'invalid' : ''}>
        ${count ? `${count} problem${count === 1 ? '' : 's'}` : 'A valid charter: no problems.'}
      </p>
      ${
        count
          ? html`<ul class="problems">
              ${reading.problems.map((p) => html`<li><code>${p.path || '(document)'}</code>: ${p.message}</li>`)}
            </ul>`
          : nothing
      }`;
  }

  /** The charter as an inline script, as a web team would embed it, with every other element inside. */
  private renderElements(reading: Reading) {
    const container = createElement(CONTAINER, { 'heading-level': '3', now: this.now });
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = this.text;
    container.append(script);
    const notRegistered: string[] = [];
    for (const { tag, attributes } of manifestElements.filter((element) => element.tag !== CONTAINER)) {
      if (!customElements.get(tag)) {
        notRegistered.push(tag);
        continue;
      }
      for (const instance of instancesOf(attributes, reading)) {
        const specimen = createElement('div', { class: 'specimen' });
        const label = document.createElement('p');
        label.append(Object.assign(document.createElement('code'), { textContent: markup(tag, instance) }));
        specimen.append(label, createElement(tag, instance));
        container.append(specimen);
      }
    }
    return html`<p><code>${markup(CONTAINER, { 'heading-level': '3' })}</code> with every other element inside:</p>
      ${container}
      ${notRegistered.length ? html`<p>Not registered, so not shown: ${notRegistered.join(', ')}.</p>` : nothing}`;
  }
}

if (!customElements.get('charter-playground')) customElements.define('charter-playground', CharterPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'charter-playground': CharterPlayground;
  }
}
