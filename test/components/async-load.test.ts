// The load the charter and the performance element go through (src/controllers/async-load.ts),
// on a real Lit element: runs when its arguments change, cancels the run they replace, keeps
// only the latest outcome, and runs again on demand after a failure.
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AsyncLoad } from '../../src/controllers/async-load.js';

/** A load the test settles by hand, one per run. */
interface Run {
  args: readonly [string | undefined];
  signal: AbortSignal;
  settle: (value: string) => void;
  fail: (error: Error) => void;
}

class LoadHost extends LitElement {
  static override properties = { src: {} };
  src?: string;
  runs: Run[] = [];
  completed: string[] = [];
  failed: unknown[] = [];
  load = new AsyncLoad(this, {
    args: () => [this.src] as const,
    load: (args, { signal }) => new Promise<string>((settle, fail) => this.runs.push({ args, signal, settle, fail })),
    onComplete: (value) => this.completed.push(value),
    onError: (error) => this.failed.push(error),
  });
  override render() {
    const { status, value, error } = this.load;
    return status === 'complete'
      ? `complete: ${value}`
      : status === 'error'
        ? `error: ${(error as Error).message}`
        : status;
  }
}
customElements.define('async-load-host', LoadHost);

async function host(src: string): Promise<LoadHost> {
  const element = document.createElement('async-load-host') as LoadHost;
  element.src = src;
  document.body.append(element);
  await element.updateComplete;
  return element;
}
const shown = (element: LoadHost) => element.shadowRoot!.textContent!.trim();

/** What the element shows once the run just settled has ended and the element has updated. */
async function shownOnceSettled(element: LoadHost): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
  return shown(element);
}

describe('AsyncLoad', () => {
  afterEach(() => document.querySelectorAll('async-load-host').forEach((element) => element.remove()));

  it('shows pending while a run goes, then its value, and runs again only when the arguments change', async () => {
    const element = await host('a');
    expect(element.runs.map((run) => run.args)).to.deep.equal([['a']]);
    expect(shown(element)).to.equal('pending');
    element.runs[0].settle('A');
    expect(await shownOnceSettled(element)).to.equal('complete: A');
    expect(element.completed).to.deep.equal(['A']);
    element.requestUpdate();
    await element.updateComplete;
    expect(element.runs).to.have.length(1);
    element.src = 'b';
    await element.updateComplete;
    expect(element.runs.map((run) => run.args)).to.deep.equal([['a'], ['b']]);
  });

  it('cancels the run that new arguments replace and keeps only the latest outcome', async () => {
    const element = await host('a');
    element.src = 'b';
    await element.updateComplete;
    const [first, second] = element.runs;
    expect(first.signal.aborted).to.equal(true);
    expect(second.signal.aborted).to.equal(false);
    second.settle('B');
    first.settle('A, too late');
    expect(await shownOnceSettled(element)).to.equal('complete: B');
    expect(element.completed).to.deep.equal(['B']);
  });

  it('cancels a run when its element is removed, and runs again when it is back', async () => {
    const element = await host('a');
    element.remove();
    expect(element.runs[0].signal.aborted).to.equal(true);
    element.runs[0].settle('too late');
    document.body.append(element);
    await element.updateComplete;
    expect(element.runs.map((run) => run.args)).to.deep.equal([['a'], ['a']]);
    expect(shown(element)).to.equal('pending');
    element.runs[1].settle('A');
    expect(await shownOnceSettled(element)).to.equal('complete: A');
    expect(element.completed).to.deep.equal(['A']);
    // Moved once complete: nothing runs again.
    element.remove();
    document.body.append(element);
    await element.updateComplete;
    expect(element.runs).to.have.length(2);
  });

  it('shows a failure, and run() tries again with the same arguments', async () => {
    const element = await host('a');
    element.runs[0].fail(new Error('offline'));
    expect(await shownOnceSettled(element)).to.equal('error: offline');
    expect(element.load.status).to.equal('error');
    expect(element.failed).to.have.length(1);
    void element.load.run();
    await element.updateComplete;
    expect(shown(element)).to.equal('pending');
    expect(element.runs.map((run) => run.args)).to.deep.equal([['a'], ['a']]);
    element.runs[1].settle('A');
    expect(await shownOnceSettled(element)).to.equal('complete: A');
    expect(element.load.error).to.equal(undefined);
  });
});
