import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_BOX, type ChartBox } from '../../core/performance-chart.js';

/**
 * The chart's box at the width the element is shown at (up to the default), so the SVG is
 * drawn one unit per CSS pixel and its text keeps its size on a phone: a 640-wide box shrunk
 * to 340 px made the axis labels about 6 px. Watched with a ResizeObserver where there is one.
 */
export class ChartWidth implements ReactiveController {
  private observer?: ResizeObserver;
  box: ChartBox = DEFAULT_BOX;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(([entry]) => {
      // Hidden (0 wide): keep the default box.
      const width = Math.min(DEFAULT_BOX.width, Math.floor(entry.contentRect.width)) || DEFAULT_BOX.width;
      if (width === this.box.width) return;
      this.box = { ...DEFAULT_BOX, width };
      // Redraw in the next frame, not inside the observer's own delivery (no resize loop).
      requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
