// Story tests of the "dark host page" instances (vitest.config.ts): every story on a page
// that declares itself dark, as a site with a dark theme does.
import { fixHostPage } from './host-page.js';

fixHostPage('dark');
