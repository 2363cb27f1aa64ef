import type { Context, ContextType } from '@lit/context';
import type { ReactiveElement } from 'lit';

/**
 * The community context protocol, as far as the elements use it: `<service-charter>` provides,
 * every element inside subscribes. Its events are the protocol's, so @lit/context's own
 * consumers and providers (an app's, or another copy of the library's) work with these, for a
 * third of @lit/context's bytes: it has no one-off requests of its own to make.
 */
type Callback = (value: unknown, unsubscribe?: () => void) => void;

interface ContextEvent extends Event {
  context: unknown;
  contextTarget?: Element;
  callback: Callback;
  subscribe?: boolean;
}

const contextEvent = (type: string, fields: Partial<ContextEvent>): Event =>
  Object.assign(new Event(type, { bubbles: true, composed: true }), fields);

/** Asks the providers above `host` for `context`, to be told now and at every change. */
const subscribe = (host: Element, context: unknown, callback: Callback): boolean =>
  host.dispatchEvent(contextEvent('context-request', { context, contextTarget: host, callback, subscribe: true }));

/** The element an event of the protocol speaks for. */
const targetOf = (event: Event): EventTarget | undefined =>
  (event as ContextEvent).contextTarget ?? event.composedPath()[0];

/** What a subscribing element holds: the value, once a provider has answered. */
export interface Subscription<T> {
  value?: T;
}

/**
 * Follows a context from the nearest provider above `host`. Elements may be registered in any
 * order and under any tag names: a child that upgrades before its `<service-charter>` asks
 * before anyone provides, so until a provider answers it asks again each time one connects.
 */
export function consumeContext<C extends Context<unknown, unknown>>(
  host: ReactiveElement,
  context: C,
): Subscription<ContextType<C>> {
  const held: Subscription<ContextType<C>> & { unsubscribe?: () => void } = {};
  const callback: Callback = (value, unsubscribe) => {
    // A nearer provider took over: leave the one before.
    if (held.unsubscribe !== unsubscribe) held.unsubscribe?.();
    held.value = value as ContextType<C>;
    held.unsubscribe = unsubscribe;
    stopAsking();
    host.requestUpdate();
  };
  const askAgain = (event: Event): void => {
    if ((event as ContextEvent).context === context) subscribe(host, context, callback);
  };
  const stopAsking = (): void => host.ownerDocument.removeEventListener('context-provider', askAgain);
  host.addController({
    hostConnected: () => {
      subscribe(host, context, callback);
      if (!held.unsubscribe) host.ownerDocument.addEventListener('context-provider', askAgain);
    },
    hostDisconnected: () => {
      held.unsubscribe?.();
      held.unsubscribe = undefined;
      stopAsking();
    },
  });
  return held;
}

/** Provides `context` to the elements below `host` (through shadow roots), telling subscribers of every change. */
export class ContextProvider<C extends Context<unknown, unknown>> {
  /** Each subscriber's callback, with the element it speaks for and its way out. */
  private subscribers = new Map<Callback, [Element, () => void]>();

  value?: ContextType<C>;

  constructor(host: ReactiveElement, context: C) {
    host.addEventListener('context-request', (event) => {
      const { context: asked, callback, subscribe: follow } = event as ContextEvent;
      const consumer = targetOf(event) as Element;
      if (asked !== context || consumer === host) return;
      event.stopPropagation();
      if (!follow) return callback(this.value);
      const unsubscribe = (): boolean => this.subscribers.delete(callback);
      if (!this.subscribers.has(callback)) this.subscribers.set(callback, [consumer, unsubscribe]);
      callback(this.value, this.subscribers.get(callback)![1]);
    });
    // A provider of the same context connected below: the subscribers under it move to it.
    host.addEventListener('context-provider', (event) => {
      if ((event as ContextEvent).context !== context || targetOf(event) === host) return;
      event.stopPropagation();
      for (const [callback, [consumer]] of this.subscribers) subscribe(consumer, context, callback);
    });
    host.addController({
      hostConnected: () => host.dispatchEvent(contextEvent('context-provider', { context, contextTarget: host })),
    });
  }

  /** Sets the value and, when it changed, tells every subscriber. */
  setValue(value: ContextType<C> | undefined): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const [callback, [, unsubscribe]] of this.subscribers) callback(value, unsubscribe);
  }
}
