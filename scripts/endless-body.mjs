// A response body that never ends, for the test server's hostile answers: 64 KiB of spaces (a
// JSON document's whitespace) every 5 ms, for as long as the browser reads. Paced, so a browser
// that reads ahead of the page (WebKit's network process does, tens of megabytes a second)
// cannot keep the test server busy for the tests after it.
import { Readable } from 'node:stream';

const SPACES = Buffer.alloc(64 * 1024, ' ');

/** Answers `ctx` with a JSON type and the endless body; `counted(bytes)` hears each piece handed to the socket. */
export function answerEndlessly(ctx, counted = () => {}) {
  ctx.type = 'application/json';
  ctx.body = new Readable({
    read() {
      setTimeout(() => {
        counted(SPACES.length);
        this.push(SPACES);
      }, 5);
    },
  });
}
