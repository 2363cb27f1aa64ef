import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by `npm run analyze`, which every Storybook script runs first.
import manifest from '../custom-elements.json';
import { chooseHostPage, type HostScheme } from './host-page.js';

interface Member {
  privacy?: string;
  static?: boolean;
}
type Manifest = { modules: { declarations?: { members?: Member[] }[] }[] };

/** The manifest without private, protected and static members: controls only for what page authors use. */
function publicApi({ modules, ...rest }: Manifest): Manifest {
  return {
    ...rest,
    modules: modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((member) => !member.privacy?.match(/private|protected/) && !member.static),
      })),
    })),
  };
}

// Controls and the docs tables come from the elements' own JSDoc.
setCustomElementsManifest(publicApi(manifest as unknown as Manifest));

const preview: Preview = {
  // A docs page per element (its manifest's tables, description and every story).
  tags: ['autodocs'],
  // The toolbar's "Host page" switch: every story on a light or a dark site.
  globalTypes: {
    hostPage: {
      description: 'The scheme of the page the elements are embedded in',
      toolbar: { title: 'Host page', icon: 'contrast', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { hostPage: 'light' },
  decorators: [
    (story, { globals }) => {
      chooseHostPage(globals.hostPage as HostScheme);
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
