import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/service-charter.js';
import districtCouncil from '../src/samples/district-council.json';
import onlineBusiness from '../src/samples/online-business.json';
import scottishCouncil from '../src/samples/scottish-council.json';
import welshCouncil from '../src/samples/welsh-council.json';
import housingAssociation from '../src/samples/housing-association.json';
import waterCompany from '../src/samples/water-company.json';
import bilingualHealthBoard from '../src/samples/bilingual-health-board.json';
import type { Strings } from '../src/strings/index.js';
import { expect, waitFor } from 'storybook/test';
import { inShadow, props, renderedElement, shownText, STORY_NOW } from './story-helpers.js';

interface CharterArgs {
  charter?: unknown;
  src?: string;
  'heading-level': number;
  now: string;
  lang?: string;
  strings?: Partial<Strings>;
  // In custom-elements.json, hidden from the controls below.
  headingLevel?: number;
  clock?: unknown;
}

const meta: Meta<CharterArgs> = {
  title: 'Elements/service-charter',
  component: 'service-charter',
  args: { 'heading-level': 2, now: STORY_NOW },
  argTypes: {
    charter: { control: 'object', table: { category: 'properties' } },
    now: { control: 'text' },
    // Set through the `heading-level` attribute and `now`; a clock object has no control.
    headingLevel: { table: { disable: true } },
    clock: { table: { disable: true } },
    lang: { control: 'select', options: ['en', 'cy'] },
  },
  // Every other control (from custom-elements.json) is applied by props().
  render: ({ charter, src, 'heading-level': headingLevel, now, lang, strings, ...rest }) =>
    html`<service-charter
      ${props(rest)}
      .charter=${charter}
      src=${ifDefined(src)}
      heading-level=${headingLevel}
      now=${now}
      lang=${ifDefined(lang)}
      .strings=${strings ?? {}}
    ></service-charter>`,
};
export default meta;

type Story = StoryObj<CharterArgs>;

/** Waits for the charter and checks its title is a heading at `level`. */
function showsTitle(title: string, level = 2): Story['play'] {
  return async ({ canvasElement }) => {
    const charter = await renderedElement(canvasElement, 'service-charter');
    const heading = await inShadow(charter, 'h1#title, h2#title, h3#title, h4#title, h5#title, h6#title');
    await expect(heading.localName).toBe(`h${level}`);
    await expect(heading.textContent).toContain(title);
  };
}

/** Waits for the alert that replaces a charter that cannot be shown. */
function showsProblem(message: string): Story['play'] {
  return async ({ canvasElement }) => {
    const charter = await renderedElement(canvasElement, 'service-charter');
    const alert = await inShadow(charter, '[part="problem"][role="alert"]');
    await expect(alert.textContent).toContain(message);
  };
}

/** An English district council: phone, email, web and in-person promises, two complaint stages and the ombudsman. */
export const DistrictCouncil: Story = {
  args: { charter: districtCouncil },
  play: showsTitle('Our customer service charter'),
};

/** A Scottish council following the SPSO model complaints procedure. */
export const ScottishCouncil: Story = {
  args: { charter: scottishCouncil },
  play: showsTitle('Customer charter'),
};

/** A bilingual Welsh council on a Welsh page (`lang="cy"`): its Welsh text and Welsh strings. */
export const WelshCouncil: Story = {
  args: { charter: welshCouncil, lang: 'cy' },
  play: showsTitle('Ein siarter gwasanaeth cwsmeriaid'),
};

/** The same bilingual charter on an English page: its English text and strings. */
export const WelshCouncilInEnglish: Story = {
  args: { charter: welshCouncil, lang: 'en' },
  play: showsTitle('Our customer service charter'),
};

/** Welsh strings for an English-only charter: `lang="cy"` on the element. */
export const WelshStrings: Story = {
  args: { charter: districtCouncil, lang: 'cy' },
  play: async (context) => {
    await showsTitle('Our customer service charter')!(context);
    const charter = await renderedElement(context.canvasElement, 'service-charter');
    await expect((await inShadow(charter, '[part="values"] h3')).textContent).toContain('Ein gwerthoedd');
  },
};

/** Checks that the charter shows `text` somewhere, in its own shadow root or a nested element's. */
function shows(title: string, text: string): Story['play'] {
  return async (context) => {
    await showsTitle(title)!(context);
    const charter = await renderedElement(context.canvasElement, 'service-charter');
    await waitFor(() => expect(shownText(charter).replace(/\s+/g, ' ')).toContain(text));
  };
}

/**
 * Format 2, a housing association: repairs grouped by service (emergency attend and
 * complete, urgent, routine), a guarantee, notice of visits, sites with their own hours, a
 * notice on email while it is in force, access offers and a complaints code with maximums.
 */
export const HousingAssociation: Story = {
  args: { charter: housingAssociation, now: '2026-12-21T10:00:00Z' },
  play: shows('Our service standards', 'If we miss a repair appointment, we will pay you £50 automatically.'),
};

/**
 * Format 2, a water company with a working calendar and no published hours: "answer 94% of
 * calls", at least 24 hours' notice, and two complaint tracks shown as alternatives.
 */
export const WaterCompany: Story = {
  args: { charter: waterCompany },
  play: shows('Our guaranteed standards of service', 'How we handle your complaint depends on what it is about.'),
};

/** Format 2, a bilingual health board in Welsh: winter hours at its sites, BSL video relay, a notice. */
export const BilingualHealthBoard: Story = {
  args: { charter: bilingualHealthBoard, lang: 'cy', now: '2026-12-21T10:00:00Z' },
  play: shows('Ein safonau gwasanaeth', 'Ein nod yw ateb 85% o alwadau o fewn 15 eiliad.'),
};

/** The same health board in English. */
export const BilingualHealthBoardInEnglish: Story = {
  args: { charter: bilingualHealthBoard, lang: 'en', now: '2026-12-21T10:00:00Z' },
  play: shows('Our service standards', 'We aim to call you back within 1 working day, usually sooner.'),
};

/** A small online business: chat and email, no ombudsman. */
export const OnlineBusiness: Story = {
  args: { charter: onlineBusiness },
  play: showsTitle('Our promise to you'),
};

/** `heading-level="1"`: the charter is the page's main content. */
export const HeadingLevel1: Story = {
  args: { charter: districtCouncil, 'heading-level': 1 },
  play: showsTitle('Our customer service charter', 1),
};

/** `heading-level="3"`: the charter sits inside a page section with its own h2. */
export const HeadingLevel3: Story = {
  args: { charter: districtCouncil, 'heading-level': 3 },
  render: (args, context) =>
    html`<h1>Contact us</h1>
      <h2>How we serve you</h2>
      ${meta.render!(args, context)}`,
  play: showsTitle('Our customer service charter', 3),
};

/** Loading from `src`: the space is held and a polite status says so, until the document arrives. */
export const Loading: Story = {
  args: { src: '/story-api/charter-never-arrives' },
  play: async ({ canvasElement }) => {
    const charter = await renderedElement(canvasElement, 'service-charter');
    const status = await inShadow(charter, '[part="loading"] [role="status"]');
    await expect(status.textContent).toContain('Loading');
  },
};

/** The `src` cannot be fetched (here it answers 404): an alert and a Try again button. */
export const NetworkError: Story = {
  args: { src: './no-such-charter.json' },
  play: async (context) => {
    await showsProblem('could not be loaded')!(context);
    const charter = await renderedElement(context.canvasElement, 'service-charter');
    await expect((await inShadow(charter, 'button')).textContent).toContain('Try again');
  },
};

/** An inline `<script type="application/json">` that is not JSON. */
export const InvalidJson: Story = {
  render: (args) =>
    html`<service-charter now=${args.now}>
      <script type="application/json">
        { "version": 1, "organisation": { "name": "Northwold
      </script>
    </service-charter>`,
  play: showsProblem('not valid JSON'),
};

/** JSON, but not a charter: nothing valid to show, so every problem is listed. */
export const InvalidCharter: Story = {
  args: { charter: { version: 3, title: 42, channels: 'phone' } },
  play: async (context) => {
    await showsProblem('could not be shown')!(context);
    const charter = await renderedElement(context.canvasElement, 'service-charter');
    await expect((await inShadow(charter, '[part="problem"] li code')).textContent).toBeTruthy();
  },
};

/** One promise names a channel that does not exist: the rest of the charter is shown, with the problem listed. */
export const PartlyInvalid: Story = {
  args: {
    charter: {
      ...districtCouncil,
      promises: [
        ...districtCouncil.promises,
        { id: 'post', channel: 'carrier-pigeon', text: 'We answer letters.', target: { workingDays: 'ten' } },
      ],
    },
  },
  play: async (context) => {
    await showsTitle('Our customer service charter')!(context);
    const charter = await renderedElement(context.canvasElement, 'service-charter');
    const problems = await inShadow(charter, '[part="problem"]');
    await expect(problems.textContent).toContain('promises[5]');
  },
};

/** The title and organisation name are invalid: a generic heading, no empty link, and the problems listed. */
export const PartlyInvalidWithoutTitle: Story = {
  args: {
    charter: { ...districtCouncil, title: 42, organisation: { name: '', url: districtCouncil.organisation.url } },
  },
  play: showsTitle('Service charter'),
};
