import { ContextProvider } from '../../context/context-protocol.js';
import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  CHARTER_PROVIDER,
  charterContext,
  type CharterContextValue,
  type CharterProviderState,
} from '../../context/charter-context.js';
import { clockContext } from '../../context/clock.js';
import { CharterLoadEvent } from '../../events/charter-load.js';
import type { Channel, Charter, CharterPromise, Service } from '../../core/charter-types.js';
import type { Problem } from '../../core/problems.js';
import * as charter from '../../strings/charter.js';
import * as common from '../../strings/common.js';
import * as policy from '../../strings/policy.js';
import * as promisesStrings from '../../strings/promises.js';
import * as figures from '../../strings/figures.js';
import * as improvements from '../../strings/improvements.js';
import type { ServiceCharterStrings } from '../../strings/element-strings.js';
import type { StringTables } from '../../strings/tables.js';
import { ServiceElement } from '../service-element.js';
import { baseStyles } from '../base-styles.js';
import { problemStyles } from '../problem-styles.js';
import { contactView } from './channel-view.js';
import { complaintsView } from './complaints-view.js';
import { clampLevel, heading } from '../headings.js';
import {
  CharterLoadError,
  fetchCharterJson,
  inlineCharterJson,
  inlineCharterText,
  readAndReport,
  loadAndReportBankHolidays,
  type ReadResult,
} from './load-charter.js';
import { bankHolidayErrors } from '../../core/bank-holidays.js';
import { charterStyles } from './service-charter.styles.js';
import type { CharterView } from './access-view.js';
import { noticeStyles } from '../notice-styles.js';
import { documentChunksFor, documentCode } from '../document-chunks.js';
import { NextChangeController } from '../../controllers/next-change.js';
import { fill } from '../../strings/format.js';
import { languageList } from '../../strings/access-words.js';
import { RenderBatches } from '../../controllers/render-batches.js';
import { promiseView, type PromiseContext } from '../service-promise/promise-view.js';
import { promiseStyles } from '../service-promise/service-promise.styles.js';
import type { Notice } from '../../core/charter-model.js';
import { AsyncLoad } from '../../controllers/async-load.js';
import { improvementStyles } from '../service-you-said-we-did/improvement-styles.js';

/** Whether the parser has gone past a node: a node follows it or one of its ancestors. */
function followed(node: Node | null): boolean {
  while (node && !node.nextSibling) node = node.parentNode;
  return !!node;
}

/** A promise no notice names. */
const noNotices: readonly Notice[] = [];

/** The promises drawn so far, by group; `all` once every one is. */
interface ShownPromises {
  channels: [Channel, readonly CharterPromise[]][];
  services: [Service, readonly CharterPromise[]][];
  everyone?: readonly CharterPromise[];
  all: boolean;
}
/**
 * The published charter: organisation, vision, values, promises grouped by channel
 * with contact details, and the complaints policy. Provides the parsed charter to
 * every element inside it through @lit/context.
 *
 * Load it from `src`, from an inline `<script type="application/json">` child, or
 * from the `charter` property (an inline script is read again when its text changes). An
 * invalid document never blanks the page: valid parts are shown with an accessible list of
 * problems, and details go to the console.
 *
 * @tagname service-charter
 * @summary A council's or business's customer service charter.
 * @slot - Other service-charter elements (hours, waits, forms) shown after the promises; they read this charter.
 * @csspart charter - The whole charter.
 * @csspart header - Title and organisation.
 * @csspart title - The charter's title heading.
 * @csspart vision - The vision section.
 * @csspart values - The values section.
 * @csspart promises - The promises section.
 * @csspart channel - One channel with its contact details and promises.
 * @csspart service - One service with its promises.
 * @csspart everyone - The promises for everyone, of no channel or service.
 * @csspart contact - A channel's contact details.
 * @csspart promise - One promise (drawn in the charter's own shadow root, as `<service-promise>` draws it).
 * @csspart text - A promise in plain words.
 * @csspart target - A promise's target in words ("within 5 working days"), or its commitment when the promise has its own text.
 * @csspart guarantee - What we pay if a promise is missed.
 * @csspart notice - A temporary notice: about everything, a channel, a service or one promise.
 * @csspart performance - A promise's latest figure against its target.
 * @csspart complaints - The complaints policy.
 * @csspart improvements - "You said, we did": what residents told us and what changed, each entry linked to the promise or service it is about.
 * @csspart improvement - One "You said, we did" entry.
 * @csspart problem - The message shown when the charter cannot be loaded, or parts are invalid.
 * @csspart loading - The space held while loading.
 * @fires service-charter-load - A charter document was read, with its bank holidays: `charter` and the `problems` of any parts not shown (CharterLoadEvent).
 * @cssprop --service-charter-loading-height - Space held while loading, so nothing shifts (default 16rem).
 * @cssprop --service-color-text - Text colour.
 * @cssprop --service-color-muted - Secondary text colour.
 * @cssprop --service-color-surface - Background colour.
 * @cssprop --service-color-border - Border colour.
 * @cssprop --service-color-accent - Accent colour (header rule, buttons).
 * @cssprop --service-color-link - Link colour.
 * @cssprop --service-color-focus - Focus ring colour.
 * @cssprop --service-color-error - Colour of problem messages, and of a promise's missed shape.
 * @cssprop --service-color-success - Colour of a promise's met shape.
 * @cssprop --service-font-family - Font family.
 * @cssprop --service-space - Base spacing unit.
 * @cssprop --service-radius - Corner radius of boxes.
 */
export class ServiceCharter extends ServiceElement<ServiceCharterStrings> {
  /** This element's built-in English strings (Welsh arrives when needed: strings/languages.ts). */
  static override builtInStrings: StringTables<ServiceCharterStrings> = {
    en: { ...charter.en, ...common.en, ...policy.en, ...promisesStrings.en, ...figures.en, ...improvements.en },
  };

  /** The shared defaults, then this element's own styles. */
  static override styles = [baseStyles, problemStyles, noticeStyles, promiseStyles, improvementStyles, charterStyles];

  /** Marks this element as a charter for the elements inside, under any tag name, with the chunks it waits for. @internal */
  readonly [CHARTER_PROVIDER]: CharterProviderState = {};

  /**
   * Reactive properties, their attributes and how they convert (each field below says what it is).
   * Internal state also says `attribute: false`, which is what the manifest analyzer reads. @internal
   */
  static override properties: PropertyDeclarations = {
    src: {},
    charter: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    structuredData: { attribute: 'structured-data' },
    inline: { state: true, attribute: false },
  };

  /** URL of the charter JSON document. */
  src?: string;

  /** The charter document as an object; wins over `src` and an inline script. */
  charter?: unknown;

  /** The level of the charter's main heading (1–6); sections use the levels below it. */
  headingLevel = 2;

  /**
   * Emit schema.org JSON-LD for search engines into the light DOM: present for a
   * `Service`, `"government"` for a `GovernmentService` (councils). See docs/structured-data.md.
   */
  structuredData?: string;

  private charterProvider = new ContextProvider(this, charterContext);

  /** The charter read, as the elements inside receive it; setting it tells them. */
  protected get provided(): CharterContextValue | undefined {
    return this.charterProvider.value;
  }
  protected set provided(value: CharterContextValue | undefined) {
    const old = this.provided;
    this.charterProvider.setValue(value);
    this.requestUpdate('provided', old);
  }

  /** Gives the elements inside `charter`; the same charter again (no bank holidays to add) tells them nothing. */
  private provide(charter: Charter | undefined): void {
    if (charter !== this.provided?.charter) this.provided = charter && { charter };
  }

  /** Draws the promises a batch at a time: the first screenful at once, the rest in later tasks. */
  private batches = new RenderBatches(this, () => this.batchSettled());

  constructor() {
    super();
    this.addEventListener('click', (event) => documentCode.improvements?.followInPageLink(event, this.shadowRoot));
    new NextChangeController(
      this,
      () => this.activeClock,
      () =>
        documentCode.notices?.nextNoticeChange(this.provided?.charter.notices ?? [], this.activeClock.now()) ?? null,
    );
  }

  /** The JSON-LD chunk's import, begun when `structured-data` is first set. */
  private jsonLd?: Promise<void>;

  /**
   * The chunks an update needs, so the charter never shows a document half read: for a
   * document in hand, the version 1 reader (version 1) or the code of the optional sections it
   * has (version 2), and the JSON-LD builder once `structured-data` asks for it.
   */
  protected override chunksToWait(): (Promise<unknown> | undefined)[] {
    const readers = documentChunksFor(this.charter ?? this.inline?.json);
    this[CHARTER_PROVIDER].pending = readers;
    return [readers, this.jsonLdReady()];
  }

  /**
   * Server-rendered content Lit will not hydrate (no hydrate support: the self-contained file,
   * or a build that left it out) is replaced, not followed by a second copy of the charter. Lit
   * then renders before the first node it found, which hydrate support never sets.
   */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    if (this.renderOptions.renderBefore) {
      root.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /** The loading box, put in place while the first update waits for a chunk, so the page keeps its room. */
  private heldRoom?: HTMLElement;

  protected override whileFirstHeld(): void {
    // A server-rendered charter already holds its content, which hydration keeps.
    if ([...this.renderRoot.children].some((child) => !(child instanceof HTMLStyleElement))) return;
    this.heldRoom ??= this.renderRoot.appendChild(
      Object.assign(document.createElement('div'), { className: 'loading' }),
    );
    this.heldRoom.setAttribute('part', 'loading');
  }

  protected override update(changed: PropertyValues<this>): void {
    this.heldRoom?.remove();
    this.heldRoom = undefined;
    super.update(changed);
  }

  private jsonLdReady(): Promise<void> | undefined {
    if (this.structuredData == null || isServer) return undefined;
    return (this.jsonLd ??= import('./charter-json-ld.js').then(
      ({ addCharterJsonLd }) =>
        addCharterJsonLd(this, () => ({
          charter: this.provided?.charter,
          structuredData: this.structuredData,
          language: this.pageLanguage,
          now: this.activeClock.now(),
        })),
      (error: unknown) => {
        this.jsonLd = undefined;
        console.error('<service-charter>: the structured data could not be loaded', error);
      },
    ));
  }

  /** The time every element inside reads: this element's `clock` or `now`, else the system's. */
  private clockProvider = new ContextProvider(this, clockContext);

  /**
   * The inline document, read when connected or, for a charter defined before the parser has
   * read its children (its script in the page's head, or `async`), once the parser has closed
   * it: not half of it, which would say the charter is broken. Until then it holds its room.
   */
  private inline?: { json?: unknown; error?: CharterLoadError };

  /**
   * A document already in hand (the `charter` property or the inline script), read at
   * once: no loading frame, and server-rendered HTML hydrates as it was rendered.
   */
  private inHand?: ReadResult;

  /** A document read from `src`, shown while its bank holidays load (they arrive through `provided`). */
  private fetched?: ReadResult;

  private loader = new AsyncLoad(this, {
    args: () =>
      [
        this.inHand ? undefined : this.src,
        this.charter === undefined ? this.inline?.error : undefined,
        this.inHand,
      ] as const,
    load: async ([src, inlineError, inHand], { signal }) => {
      this.fetched = undefined;
      if (inlineError) throw inlineError;
      const result = inHand ?? (src ? await this.fetchAndRead(src, signal) : undefined);
      return result?.charter
        ? { ...result, charter: await loadAndReportBankHolidays(result.charter, this, this.activeClock) }
        : result;
    },
    onComplete: (result) => {
      this.provide(result?.charter);
      if (result?.charter) this.dispatchEvent(new CharterLoadEvent(result.charter, result.problems));
    },
    onError: (error) => {
      this.provide(undefined);
      if (error instanceof CharterLoadError) console.error(error.message);
    },
  });

  /** Resolves once the charter has drawn every promise (in batches: see the class comment). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.batches.complete();
    return this.batchSettled();
  }

  /** This element's update, without waiting for later batches. */
  private batchSettled(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override get currentCharter(): Charter | undefined {
    return this.provided?.charter;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const page = this.ownerDocument;
    if (page.readyState !== 'loading') return this.readInline();
    // Closed by the parser: a node follows it, or the page is parsed ('interactive', before
    // deferred scripts run), so a slow script later in the page does not hold the charter back.
    const whenClosed = () => {
      if (page.readyState === 'loading' && !followed(this)) return;
      this.parseWait!();
      this.readInline();
    };
    const watch = new MutationObserver(whenClosed);
    watch.observe(page, { childList: true, subtree: true });
    page.addEventListener('readystatechange', whenClosed);
    this.parseWait = () => {
      watch.disconnect();
      page.removeEventListener('readystatechange', whenClosed);
    };
    whenClosed();
  }

  /** Stops watching the parser for the element's closing tag: once it is read, or the element is taken out. */
  private parseWait?: () => void;

  /** Reads the inline document again when the page changes it (a CMS preview, a framework's render). */
  private inlineWatch?: MutationObserver;
  private inlineText?: string;

  private readInline(): void {
    (this.inlineWatch ??= new MutationObserver(() => this.readInline())).observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    const text = inlineCharterText(this);
    if (this.inline && text === this.inlineText) return;
    this.inlineText = text;
    try {
      this.inline = { json: inlineCharterJson(text) };
    } catch (error) {
      this.inline = { error: error as CharterLoadError };
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineWatch?.disconnect();
    this.parseWait?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('charter') || (changed as PropertyValues).has('inline')) this.readInHand();
    if (changed.has('headingLevel')) this.headingLevel = clampLevel(this.headingLevel);
    if (changed.has('now') || changed.has('clock') || !this.clockProvider.value)
      this.clockProvider.setValue(this.activeClock);
  }

  /** The document at `src`, read once the code reading its version and sections is here, and shown. */
  private async fetchAndRead(src: string, signal: AbortSignal): Promise<ReadResult> {
    const json = await fetchCharterJson(src, signal, this.activeClock);
    await documentChunksFor(json);
    const result = readAndReport(json, this);
    if (!signal.aborted) {
      this.fetched = result;
      this.provide(result.charter);
    }
    return result;
  }

  private readInHand(): void {
    const json = this.charter ?? this.inline?.json;
    this.inHand = json === undefined ? undefined : readAndReport(json, this);
    if (this.inHand) this.provide(this.inHand.charter);
  }

  override render() {
    this.batches.rendered(true);
    // A document in hand shows at once, one from `src` once read; loaded bank holidays arrive through `provided`.
    const read = this.inHand ?? this.fetched;
    if (read) return this.renderRead(this.provided ? { ...read, charter: this.provided.charter } : read);
    const { status, value, error } = this.loader;
    if (status === 'complete' && this.inline) return this.renderRead(value);
    if (status !== 'error') return this.renderLoading();
    return this.renderProblem(
      error instanceof CharterLoadError && error.failure === 'json' ? this.text.invalidJson : this.text.networkError,
      undefined,
      error instanceof CharterLoadError && error.failure === 'network',
    );
  }

  private renderRead(result: ReadResult | undefined) {
    return result?.charter
      ? this.renderCharter(result.charter, result.problems)
      : this.renderProblem(this.text.invalidCharter, result?.problems);
  }

  private charterView(headingLevel: number): CharterView {
    return {
      text: this.text,
      language: this.language,
      pick: (t) => this.charterText(t),
      plain: (t) => this.pick(t),
      marker: (t) => this.charterMarker(t),
      headingLevel,
    };
  }

  private renderLoading() {
    return html`<div part="loading" class="loading">
      <p role="status">${this.src || this.charter ? this.text.loading : nothing}</p>
    </div>`;
  }

  private renderProblem(message: string, problems?: readonly Problem[], canRetry = false) {
    return html`<div part="problem" class="problem" role="alert">
      ${heading(this.headingLevel, this.text.problemTitle)}
      <p>${message}</p>
      ${problems?.length ? this.renderProblemList(problems) : nothing}
      ${canRetry ? html`<button type="button" @click=${() => this.loader.run()}>${this.text.retry}</button>` : nothing}
    </div>`;
  }

  private renderProblemList(problems: readonly Problem[]) {
    return html`<ul>
      ${problems.map((p) => html`<li><code>${p.path || '(document)'}</code>: ${p.message}</li>`)}
    </ul>`;
  }

  private renderCharter(charter: Charter, problems: readonly Problem[]) {
    const level = this.headingLevel;
    const { organisation } = charter;
    // A partly invalid charter may lack a title or name: never an empty heading or link.
    const name = this.charterText(organisation.name);
    const shown = this.shownPromises(charter);
    this.batches.rendered(shown.all);
    return html`<article part="charter" aria-labelledby="title">
      <header part="header">
        ${organisation.logo ? html`<img src=${organisation.logo.src} alt=${this.pick(organisation.logo.alt)} />` : nothing}
        <div>
          ${heading(level, this.pick(charter.title) ? this.charterText(charter.title) : this.text.untitledCharter, 'title', 'title')}
          ${
            name
              ? html`<p class="organisation">
                  ${organisation.url ? html`<a href=${organisation.url}>${name}</a>` : name}
                </p>`
              : nothing
          }
        </div>
      </header>
      ${
        problems.length
          ? html`<div part="problem" class="problem">
              <p>${this.text.partlyInvalid}</p>
              ${this.renderProblemList(problems)}
            </div>`
          : nothing
      }
      ${bankHolidayErrors(charter).length ? html`<p part="problem" class="problem">${this.text.bankHolidaysFailed}</p>` : nothing}
      ${this.noticesOf(charter, (notice) => documentCode.notices!.isOrganisationWide(notice))}
      ${
        charter.vision
          ? html`<section part="vision">
              ${heading(level + 1, this.text.vision)}
              <p>${this.charterText(charter.vision)}</p>
            </section>`
          : nothing
      }
      ${charter.values.length ? this.renderValues(charter) : nothing}
      ${charter.channels.length || charter.promises.length ? this.renderPromises(charter, shown) : nothing}
      ${shown.all ? this.renderAfterPromises(charter) : nothing}
    </article>`;
  }

  /** What follows the promises, once every promise is drawn: access, the complaints policy and the slot. */
  private renderAfterPromises(charter: Charter) {
    const level = this.headingLevel;
    const access = documentCode.access;
    return html`${access && charter.access.length ? access.accessView(charter.access, this.charterView(level + 1)) : nothing}
      ${charter.improvements?.length ? this.renderImprovements(charter) : nothing}
      ${charter.complaints ? complaintsView(charter.complaints, this.charterView(level + 1)) : nothing} <slot></slot>`;
  }

  /** "You said, we did", each entry linked to its promise or service above. */
  private renderImprovements(charter: Charter) {
    return documentCode.improvements?.improvementsView(charter.improvements!, charter, {
      ...this.charterView(this.headingLevel + 1),
      href: (about, id) => `#${about}-${id}`,
    });
  }

  private renderValues(charter: Charter) {
    return html`<section part="values">
      ${heading(this.headingLevel + 1, this.text.values)}
      <ul class="values">
        ${charter.values.map(
          (value) =>
            html`<li>
              <strong>${this.charterText(value.name)}</strong
              >${value.description ? html` — ${this.charterText(value.description)}` : nothing}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  /** The notices in force now that `about` selects, prominently. */
  private noticesOf(charter: Charter, about: (notice: Notice) => boolean) {
    const code = documentCode.notices;
    if (!code || !charter.notices.length) return nothing;
    const notices = code.activeNotices(charter, new Date(this.activeClock.now())).filter(about);
    return code.noticesView(notices, { ...this.charterView(0), timeZone: charter.timeZone });
  }

  /**
   * Promises by channel, then by service, then those for everyone, as far as `shown` reaches:
   * a group not yet reached is left out, so nothing already drawn moves when it arrives.
   */
  private renderPromises(charter: Charter, shown: ShownPromises) {
    const list = this.promiseList(charter);
    return html`<section part="promises">
      ${heading(this.headingLevel + 1, this.text.promises)}
      <div class="channels">
        ${shown.channels.map(([channel, promises]) => this.renderChannel(channel, charter, list(promises)))}
        ${shown.services.map(([service, promises]) => this.renderService(service, charter, list(promises)))}
      </div>
      ${
        shown.everyone?.length
          ? html`<section part="everyone" class="everyone">
              ${heading(this.headingLevel + 2, this.text.everyonePromises)} ${list(shown.everyone)}
            </section>`
          : nothing
      }
    </section>`;
  }

  /** The groups of promises to render now: the first `batches.budget` promises in reading order. */
  private shownPromises(charter: Charter): ShownPromises {
    let left = this.batches.budget;
    let cut = false;
    const take = (promises: readonly CharterPromise[]) => {
      if (cut || (left <= 0 && promises.length > 0)) return void (cut = true);
      const part = promises.slice(0, left);
      left -= part.length;
      cut = part.length < promises.length;
      return part;
    };
    const groups = <T>(items: readonly T[], of: (item: T) => readonly CharterPromise[]) =>
      items.flatMap((item): [T, readonly CharterPromise[]][] => {
        const part = take(of(item));
        return part ? [[item, part]] : [];
      });
    const channels = groups(charter.channels, (channel) => charter.promises.filter((p) => p.channel === channel.id));
    const services = groups(
      charter.services.filter((service) => charter.promises.some((p) => p.service === service.id)),
      (service) => charter.promises.filter((p) => p.service === service.id && !p.channel),
    );
    const everyone = take(charter.promises.filter((promise) => !promise.channel && !promise.service));
    return { channels, services, everyone, all: !cut };
  }

  /** Each promise's blocks as last drawn, and what they were drawn from. */
  private drawn = new WeakMap<CharterPromise, { from: readonly unknown[]; blocks: unknown[] }>();

  /**
   * Draws a list of promises into this shadow root, each with the notices in force that name it
   * (those of its channel or service are shown beside the channel). The words of a promise are
   * worked out again only when what they come from changed: not for each later batch.
   */
  private promiseList(charter: Charter) {
    const context: PromiseContext = { ...this.charterView(0), charter };
    const notices = new Map<string, Notice[]>();
    for (const notice of documentCode.notices?.activeNotices(charter, new Date(this.activeClock.now())) ?? [])
      for (const id of notice.promises) notices.set(id, [...(notices.get(id) ?? []), notice]);
    const blocksOf = (promise: CharterPromise) => {
      const own = notices.get(promise.id) ?? noNotices;
      const from = [own, this.language, this.pageLanguage, this.strings];
      const last = this.drawn.get(promise);
      if (last?.from.every((value, i) => value === from[i])) return last.blocks;
      const blocks = promiseView(promise, own, context);
      this.drawn.set(promise, { from, blocks });
      return blocks;
    };
    return (promises: readonly CharterPromise[]) =>
      promises.length
        ? html`<ul>
            ${promises.map(
              // prettier-ignore
              (promise) => html`<li id="promise-${promise.id}"><div part="promise">${blocksOf(promise)}</div></li>`,
            )}
          </ul>`
        : nothing;
  }

  private renderChannel(channel: Channel, charter: Charter, promises: unknown) {
    return html`<section part="channel" class="channel" data-channel=${channel.id}>
      ${heading(this.headingLevel + 2, this.charterText(channel.name))}
      ${this.noticesOf(charter, (n) => n.channels.includes(channel.id))}
      ${channel.description ? html`<p>${this.charterText(channel.description)}</p>` : nothing}
      ${contactView(channel.contact, this.text, (t) => this.charterText(t))}
      ${channel.sites?.length ? documentCode.access?.sitesView(channel.sites, charter, this.charterView(this.headingLevel + 3)) : nothing}
      ${
        channel.languages?.length
          ? html`<p class="languages">
              ${fill(this.text.languages, { languages: languageList(channel.languages, this.language, this.text) })}
            </p>`
          : nothing
      }
      ${promises}
    </section>`;
  }

  private renderService(service: Service, charter: Charter, promises: unknown) {
    return html`<section part="service" class="channel service" id="service-${service.id}" data-service=${service.id}>
      ${heading(this.headingLevel + 2, this.charterText(service.name))}
      ${this.noticesOf(charter, (n) => n.services.includes(service.id))}
      ${service.description ? html`<p>${this.charterText(service.description)}</p>` : nothing} ${promises}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'service-charter': ServiceCharter;
  }
}
