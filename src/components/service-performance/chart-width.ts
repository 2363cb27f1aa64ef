import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_BOX, type ChartBox } from '../../core/performance-chart.js';

/** The box for a chart shown `width` px wide: that width up to the default's (the default when 0, as when hidden). */
const boxFor = (width: number): ChartBox => {
  const shown = Math.min(DEFAULT_BOX.width, Math.floor(width)) || DEFAULT_BOX.width;
  return shown === DEFAULT_BOX.width ? DEFAULT_BOX : { ...DEFAULT_BOX, width: shown };
};

/**
 * The chart's box at the width the element is shown at (up to the default), so the SVG is
 * drawn one unit per CSS pixel and its text keeps its size on a phone: a 640-wide box shrunk
 * to 340 px made the axis labels about 6 px. Measured when the first chart is drawn, then
 * watched with a ResizeObserver where there is one.
 */
export class ChartWidth implements ReactiveController {
  private observer?: ResizeObserver;
  private shown?: ChartBox;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The box to draw in. The first time, the element's width is read there and then (one
   * forced layout): drawn at the default width first and again a frame later, a chart on a
   * phone grew by about 100 px and moved everything below it.
   */
  get box(): ChartBox {
    return (this.shown ??= boxFor(this.host.clientWidth));
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver(([entry]) => {
      const box = boxFor(entry.contentRect.width);
      if (box.width === this.box.width) return;
      this.shown = box;
      // Redraw in the next frame, not inside the observer's own delivery (no resize loop).
      requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
