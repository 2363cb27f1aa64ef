import { NextChangeController } from '../controllers/next-change.js';
import { loadStandaloneHolidays, type ScheduleSource } from './schedule-source.js';
import { ServiceElement } from './service-element.js';

/**
 * An element drawn from a schedule, the charter's or its own (`<service-hours>`,
 * `<service-response-time>`): drawn again when what it shows next changes (its view's
 * `nextChange`), and once a standalone schedule's bank holidays have loaded.
 */
export class ScheduledElement<S extends object, V extends { nextChange: Date | null }> extends ServiceElement<S> {
  /** Its Welsh is in both parts of the built-in Welsh. */
  static override moreStrings = true;

  protected view?: V;
  protected problem?: string;
  /** Where the shown hours came from, as last computed. */
  protected source?: ScheduleSource;

  constructor() {
    super();
    new NextChangeController(
      this,
      () => this.activeClock,
      () => this.view?.nextChange ?? null,
    );
  }

  protected override updated(): void {
    if (this.source) loadStandaloneHolidays(this.source, this.activeClock, () => this.requestUpdate());
  }
}
