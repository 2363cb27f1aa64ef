import { ContextConsumer, type Context } from '@lit/context';
import type { ReactiveElement } from 'lit';

/**
 * Follows a context from the nearest provider above `host`, as `@consume({ subscribe: true })`
 * does. Elements may be registered in any order and under any tag names: a child that upgrades
 * before its `<service-charter>` asks before anyone provides. Until a provider answers, it asks
 * again each time one connects (from any copy of the library: the event is the protocol's).
 */
export function consumeContext<C extends Context<unknown, unknown>>(
  host: ReactiveElement,
  context: C,
): ContextConsumer<C, ReactiveElement> {
  let answered = false;
  const askAgain = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context === context) consumer.hostConnected();
  };
  const stopAsking = (): void => host.ownerDocument.removeEventListener('context-provider', askAgain);
  const consumer = new ContextConsumer(host, {
    context,
    subscribe: true,
    callback: () => {
      answered = true;
      stopAsking();
    },
  });
  // Added after the consumer's own controller, so it runs once the consumer has asked.
  host.addController({
    hostConnected: () => answered || host.ownerDocument.addEventListener('context-provider', askAgain),
    hostDisconnected: () => {
      answered = false;
      stopAsking();
    },
  });
  return consumer;
}
