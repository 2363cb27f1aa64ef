import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_BOX, type ChartBox } from '../../core/performance-chart.js';

/** Narrowest box drawn: below this the chart scales down rather than losing its plot area. */
const MIN_WIDTH = 280;

/**
 * The chart's box at the width the element is shown at, so the SVG is drawn one unit per CSS
 * pixel and its text keeps its size on a phone (a 640-wide box shrunk to 340 px made the axis
 * labels about 6 px). Up to the default width; watched with a ResizeObserver where there is one.
 */
export class ChartWidth implements ReactiveController {
  private observer?: ResizeObserver;
  private width = DEFAULT_BOX.width;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get box(): ChartBox {
    return this.width === DEFAULT_BOX.width ? DEFAULT_BOX : { ...DEFAULT_BOX, width: this.width };
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(([entry]) => {
      const shown = Math.floor(entry.contentRect.width);
      const width = shown > 0 ? Math.min(DEFAULT_BOX.width, Math.max(MIN_WIDTH, shown)) : DEFAULT_BOX.width;
      if (width === this.width) return;
      this.width = width;
      // Redraw in the next frame, not inside the observer's own delivery (no resize loop).
      requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
