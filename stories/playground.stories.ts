import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/all.js';
import districtCouncil from '../src/samples/district-council.json';
import './charter-playground.js';
import { manifestElements } from './charter-playground.js';
import { inShadow, STORY_NOW } from './story-helpers.js';

/** Waits until `selector` matches in the story. */
const found = (canvasElement: HTMLElement, selector: string) =>
  waitFor(() => canvasElement.querySelector<HTMLElement>(selector) ?? Promise.reject(new Error(`no ${selector}`)));

/**
 * The district council sample without its live feed: a static Storybook has no
 * `/feeds/queue.json` to poll.
 */
const sample: Partial<typeof districtCouncil> = { ...districtCouncil };
delete sample.feed;

/** A charter with two mistakes: a title that is not text and a promise on an unknown channel. */
const withProblems = JSON.stringify(
  { ...sample, title: 42, promises: [{ id: 'x', channel: 'fax', text: 'Hi' }] },
  null,
  2,
);

interface PlaygroundArgs {
  json: string;
  now: string;
}

/**
 * Paste your own charter JSON: see the validation messages, and every registered element
 * render it (`<service-charter>` with the others inside it, as on a real page).
 */
const meta: Meta<PlaygroundArgs> = {
  title: 'Playground',
  args: { json: JSON.stringify(sample, null, 2), now: STORY_NOW },
  argTypes: { json: { control: 'text' }, now: { control: 'text' } },
  render: (args) => html`<charter-playground .json=${args.json} now=${args.now}></charter-playground>`,
};
export default meta;

type Story = StoryObj<PlaygroundArgs>;

const playground = (canvasElement: HTMLElement) => canvasElement.querySelector('charter-playground')!;

/** Waits until the validation status says `message`. */
async function validationSays(canvasElement: HTMLElement, message: string) {
  await waitFor(async () => {
    const status = await found(canvasElement, '[role="status"]');
    await expect(status.textContent).toContain(message);
  });
}

/** The district council sample: valid, and every registered element renders it. */
export const Playground: Story = {
  play: async ({ canvasElement }) => {
    await validationSays(canvasElement, 'A valid charter');
    const root = playground(canvasElement);
    const charter = root.querySelector('service-charter')!;
    await inShadow(charter, '#title');
    for (const { tag } of manifestElements.filter(({ tag }) => customElements.get(tag))) {
      await expect(root.querySelector(tag), `<${tag}> in the playground`).not.toBeNull();
    }
    await expect(root.querySelectorAll('service-promise').length).toBe(districtCouncil.promises.length);
  },
};

/**
 * A charter with mistakes: each is listed with its path, and the charter shows what is valid.
 * The `json` control holds the same text as the box.
 */
export const PastedWithProblems: Story = {
  args: { json: withProblems },
  play: async ({ canvasElement }) => {
    const textarea = await found(canvasElement, 'textarea');
    await expect((textarea as HTMLTextAreaElement).value).toBe(withProblems);
    await validationSays(canvasElement, 'problems');
    const problems = await found(canvasElement, '.problems');
    await expect(problems.textContent).toContain('title');
    await expect(problems.textContent).toContain('promises[0]');
  },
};

/** Pasting something that is not JSON: the parser's message, and the charter's own alert. */
export const PastedInvalidJson: Story = {
  play: async ({ canvasElement }) => {
    const textarea = await found(canvasElement, 'textarea');
    await userEvent.clear(textarea);
    await userEvent.paste('{ "version": 1, ');
    await validationSays(canvasElement, 'Not valid JSON');
    const charter = await found(canvasElement, 'service-charter');
    await expect((await inShadow(charter, '[role="alert"]')).textContent).toContain('not valid JSON');
  },
};
