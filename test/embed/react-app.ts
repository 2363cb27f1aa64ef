// A tiny React 19 app that embeds the elements as a React developer would: objects as
// props (React 19 sets them as properties on a defined custom element), strings as
// attributes, and `on<event-name>` props as event listeners. No JSX, so no build step.
import type * as ReactModule from 'react';
import type { CharterLoadEvent } from '../../src/events/charter-load.js';

export interface CharterAppProps {
  charter: unknown;
  headingLevel: number;
  strings: Record<string, string>;
  now: string;
}

export function charterApp(React: typeof ReactModule) {
  return function CharterApp({ charter, headingLevel, strings, now }: CharterAppProps) {
    const [loaded, setLoaded] = React.useState('nothing yet');
    const onLoad = (event: CharterLoadEvent) => setLoaded(`${event.charter.promises.length} promises`);
    return React.createElement(
      'div',
      null,
      React.createElement('p', { id: 'loaded' }, loaded),
      React.createElement(
        'service-charter',
        { charter, 'heading-level': headingLevel, strings, now, 'onservice-charter-load': onLoad },
        React.createElement('service-promise', { 'promise-id': 'answer-email' }),
      ),
    );
  };
}
