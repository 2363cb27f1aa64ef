/** One event of a Server-Sent Events stream. */
export interface ServerSentEvent {
  /** The `event:` type, "message" when none was given. */
  type: string;
  data: string;
  /** The last event id in force when this event was dispatched. */
  lastEventId: string;
}

/** The longest line, and the most data in one event, a parser holds by default: 1 Mi characters. */
export const MAX_SSE_CHARS = 1_048_576;

/**
 * Parses a Server-Sent Events stream as it arrives (the WHATWG "event stream
 * interpretation"): `data:`, `event:`, `id:` (kept across events, as Last-Event-ID)
 * and `retry:` (the reconnection delay). Feed it text chunks split anywhere.
 *
 * Memory is bounded: a line that grows past `maxChars` without ending, or an event whose
 * data does, makes `push` throw a `RangeError` (the stream is then unusable).
 */
export class SseParser {
  /** The id to send as Last-Event-ID when reconnecting ("" = none). */
  lastEventId = '';
  /** The reconnection delay the server asked for, in ms. */
  retryMs?: number;
  private buffer = '';
  private data: string[] = [];
  private type = '';
  private dataChars = 0;

  constructor(private readonly maxChars = MAX_SSE_CHARS) {}

  /** Adds text and returns the events it completed. */
  push(chunk: string): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    this.buffer += chunk;
    let end: RegExpExecArray | null;
    const lineEnd = /\r\n|\r|\n/g;
    let start = 0;
    while ((end = lineEnd.exec(this.buffer))) {
      // A lone \r at the very end may be the first half of \r\n: wait for more.
      if (end[0] === '\r' && end.index === this.buffer.length - 1) break;
      const event = this.line(this.buffer.slice(start, end.index));
      if (event) events.push(event);
      start = lineEnd.lastIndex;
    }
    this.buffer = this.buffer.slice(start);
    this.check(this.buffer.length);
    return events;
  }

  private line(line: string): ServerSentEvent | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.addData(value);
    else if (field === 'event') this.type = value;
    else if (field === 'id' && !value.includes('\0')) this.lastEventId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
    return undefined;
  }

  private addData(value: string): void {
    this.check((this.dataChars += value.length + 1));
    this.data.push(value);
  }

  /** A RangeError when a pending line or an event's data has grown past the bound. */
  private check(chars: number): void {
    if (chars > this.maxChars) throw new RangeError(`event-stream line or event over ${this.maxChars} characters`);
  }

  private dispatch(): ServerSentEvent | undefined {
    const data = this.data;
    const type = this.type || 'message';
    this.data = [];
    this.dataChars = 0;
    this.type = '';
    if (data.length === 0) return undefined;
    return { type, data: data.join('\n'), lastEventId: this.lastEventId };
  }
}
