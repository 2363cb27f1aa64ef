import type { ComplaintBody, ComplaintFields } from '../core/complaint.js';
import type { Clock } from '../context/clock.js';

/** What a person typed, and a submission still under way, as kept between visits (a complaint's by default). */
export interface StoredDraft<Fields = ComplaintFields, Body = ComplaintBody> {
  fields: Fields;
  /** When the person first typed (ms since the epoch): the minimum fill time is measured from it. */
  startedAt: number;
  /** Written by the store. */
  savedAt?: number;
  /** A submission not yet answered: resent with the same Idempotency-Key on the next visit. */
  pending?: { key: string; body: Body };
}

/**
 * The state a form takes back from a stored draft: the fields over the empty ones, when typing
 * started, and a submission to resume (`resumeDelivery`: sent once the form has rendered, so no
 * request starts while it works out what to show).
 */
export const restoredDraft = <F, B>(draft: StoredDraft<F, B>, empty: F) => ({
  fields: { ...empty, ...draft.fields },
  startedAt: draft.startedAt,
  restored: true,
  pending: draft.pending,
  resumeDelivery: !!draft.pending,
});

export type DraftStorageKind = 'session' | 'local' | 'none';

/**
 * Keeps one draft in sessionStorage (the default, this tab only) or localStorage (this
 * device, opt-in). Nothing is written until `save` is called, i.e. until the person acts;
 * drafts older than `maxAgeMs` are thrown away. Storage that is full, disabled or blocked
 * is treated as absent: the form works on without it.
 */
export class DraftStore<Draft extends StoredDraft<unknown, unknown> = StoredDraft> {
  constructor(
    private readonly kind: DraftStorageKind,
    private readonly key: string,
    private readonly maxAgeMs: number,
    /** Where "now" comes from, for `savedAt` and the age of a draft. */
    private readonly clock: Pick<Clock, 'now'>,
  ) {}

  private get storage(): Storage | undefined {
    try {
      return this.kind === 'local' ? localStorage : this.kind === 'session' ? sessionStorage : undefined;
    } catch {
      return undefined;
    }
  }

  load(): Draft | undefined {
    try {
      const raw = this.storage?.getItem(this.key);
      const draft = raw ? (JSON.parse(raw) as Draft) : undefined;
      if (!draft?.fields || !(this.clock.now() - (draft.savedAt ?? 0) < this.maxAgeMs)) {
        if (draft) this.clear();
        return undefined;
      }
      return draft;
    } catch {
      return undefined;
    }
  }

  save(draft: Draft): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify({ ...draft, savedAt: this.clock.now() }));
    } catch {
      // Full or blocked storage: the text is still in the form.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to clear.
    }
  }
}
