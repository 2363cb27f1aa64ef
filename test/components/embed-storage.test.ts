// No cookies, ever; no storage until a person acts (docs/embedding.md). Every registered element is
// rendered with every write to cookies, Web Storage, IndexedDB and Cache Storage recorded
// with its time; a write is allowed only after a person's first keystroke or click (the
// complaint form may keep a draft once someone types in it).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/all.js';
import { newRun, registeredTags, serverRecord, untilRendered } from '../embed/frames.js';
import { settle } from '../helpers.js';
import { ManualClock } from '../manual-clock.js';

interface Write {
  what: string;
  at: number;
}

const writes: Write[] = [];
let firstAction = Infinity;
const restore: (() => void)[] = [];

/** Replaces `target[name]` with a version that records each call first. */
function record<T extends object>(target: T, name: keyof T & string, label: (self: unknown) => string): void {
  const original = target[name] as unknown as (...args: unknown[]) => unknown;
  (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    writes.push({ what: `${label(this)}.${name}(${args.map(String).join(', ')})`, at: performance.now() });
    return original.apply(this, args);
  };
  restore.push(() => ((target as Record<string, unknown>)[name] = original));
}

function recordWrites(): void {
  const storageName = (self: unknown) => (self === localStorage ? 'localStorage' : 'sessionStorage');
  for (const name of ['setItem', 'removeItem', 'clear'] as const) record(Storage.prototype, name, storageName);
  for (const name of ['open', 'deleteDatabase'] as const) record(IDBFactory.prototype, name, () => 'indexedDB');
  for (const name of ['open', 'delete'] as const) record(CacheStorage.prototype, name, () => 'caches');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(document),
    set: (value: string) => {
      writes.push({ what: `document.cookie = ${value}`, at: performance.now() });
      cookie.set!.call(document, value);
    },
  });
  restore.push(() => delete (document as { cookie?: string }).cookie);
  const acted = (event: Event) => event.isTrusted && (firstAction = Math.min(firstAction, performance.now()));
  for (const type of ['keydown', 'pointerdown']) {
    window.addEventListener(type, acted, true);
    restore.push(() => window.removeEventListener(type, acted, true));
  }
}

/** What is kept in the browser for this origin. */
async function stored() {
  const keys = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i)).sort();
  return {
    cookie: document.cookie,
    localStorage: keys(localStorage),
    sessionStorage: keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((db) => db.name).sort(),
    caches: (await caches.keys()).sort(),
  };
}

/** Every registered element, inside a charter fetched from the server for `run`. */
async function renderAll(tags: string[], run: string): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.innerHTML = await (await fetch(`/test-api/embed/markup?run=${run}`)).text();
  document.body.append(box);
  await untilRendered({ win: window as never, doc: document }, tags);
  return box;
}

/** Text fields a person can reach, inside any shadow root. */
function textFields(root: Document | ShadowRoot): HTMLElement[] {
  const fields = [
    ...root.querySelectorAll<HTMLElement>(
      'textarea, input:not([type]), input[type="text"], input[type="email"], input[type="tel"]',
    ),
  ];
  const reachable = fields.filter(
    (field) => field.tabIndex >= 0 && field.getClientRects().length && !field.closest('[aria-hidden="true"]'),
  );
  const nested = [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? textFields(el.shadowRoot) : []));
  return [...reachable, ...nested];
}

/**
 * Gives every element in `box` a manual clock and runs it a day on, then lets the page
 * settle: whatever an element would write on a timer (a draft, a count) it has written.
 */
async function runTimers(box: HTMLElement): Promise<void> {
  const clock = new ManualClock(Date.now());
  const all = (root: ParentNode): Element[] =>
    [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  for (const element of all(box))
    if (element.localName.startsWith('service-')) (element as { clock?: unknown }).clock = clock;
  await settle(box);
  clock.advance(86_400_000);
  await settle(box);
}

describe('no cookies, no storage until a person acts', () => {
  let tags: string[];
  let box: HTMLElement | undefined;
  before(async () => {
    tags = await registeredTags();
    recordWrites();
  });
  after(() => restore.splice(0).forEach((undo) => undo()));
  afterEach(() => box?.remove());

  it('renders every element without writing a cookie or anything to storage', async () => {
    const before = await stored();
    const run = newRun();
    box = await renderAll(tags, run);
    await runTimers(box);
    expect(writes).to.deep.equal([]);
    expect(await stored()).to.deep.equal(before);
    expect(document.cookie).to.equal('');
    const server = await serverRecord(run);
    expect(server.charterRequests).to.be.greaterThan(0);
    expect(server.cookieHeaders).to.deep.equal([]);
  });

  it("never sends the host page's cookies with its requests", async () => {
    document.cookie = 'host-session=kept-by-the-host; path=/';
    writes.splice(0);
    try {
      const control = newRun();
      await fetch(`/test-api/embed/charter?run=${control}`);
      expect((await serverRecord(control)).cookieHeaders, 'an ordinary fetch sends it').to.have.length(1);
      const run = newRun();
      box = await renderAll(tags, run);
      const server = await serverRecord(run);
      expect(server.charterRequests).to.be.greaterThan(0);
      expect(server.cookieHeaders).to.deep.equal([]);
    } finally {
      document.cookie = 'host-session=; path=/; max-age=0';
      writes.splice(0);
    }
  });

  it('writes to storage only after a person types, and never a cookie', async () => {
    box = await renderAll(tags, newRun());
    await runTimers(box);
    expect(writes, 'before anyone acts').to.deep.equal([]);
    const fields = textFields(document);
    for (const field of fields) {
      field.focus();
      await sendKeys({ type: 'A person typed this' });
    }
    await runTimers(box);
    expect(fields, 'the complaint form offers fields to type in').not.to.be.empty;
    expect(firstAction, 'the typing counted as a person acting').to.be.lessThan(Infinity);
    expect(writes.filter((write) => write.at < firstAction)).to.deep.equal([]);
    // The positive case: once someone types, the complaint form does keep their draft.
    const drafts = writes.filter((write) => write.what.startsWith('sessionStorage.setItem(service-complaint-form:'));
    expect(drafts, 'the draft is kept after typing').not.to.be.empty;
    expect(writes.filter((write) => write.what.startsWith('document.cookie'))).to.deep.equal([]);
    expect(document.cookie).to.equal('');
  });
});
