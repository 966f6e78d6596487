/**
 * Frames of `Content-Length: N\r\n\r\n` + N bytes, as LSP sends them over stdio, with a bound:
 * vscode-jsonrpc's reader keeps every byte of a message until it has all N, whatever N says,
 * and has no option to limit it. This stream stands between stdin and that reader. A message
 * within the limit passes through unchanged, chunk by chunk; a longer one is reported and its
 * bytes are dropped as they arrive (never kept), so the next message is read as usual.
 * Headers are bounded too: a header block longer than MAX_HEADER_BYTES is dropped up to its end.
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
export const MAX_HEADER_BYTES = 16 * 1024;
const CONTENT_LENGTH = /^content-length[ \t]*:[ \t]*(\d+)[ \t]*$/im;

export type Refusal = { kind: 'body'; length: number } | { kind: 'header' };

export function boundedInput(maxBodyBytes: number, onRefused: (refusal: Refusal) => void): Transform {
  /** Header bytes seen so far (at most MAX_HEADER_BYTES + a chunk). */
  let header = Buffer.alloc(0);
  /** Body bytes still to pass (`pass`) or to drop (`drop`); in `header` state, none. */
  let state: 'header' | 'pass' | 'drop' | 'dropHeader' = 'header';
  let remaining = 0;

  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      let data = chunk;
      while (data.length > 0) {
        if (state === 'pass' || state === 'drop') {
          const n = Math.min(remaining, data.length);
          if (state === 'pass') this.push(data.subarray(0, n));
          remaining -= n;
          data = data.subarray(n);
          if (remaining === 0) state = 'header';
          continue;
        }
        // Looking for the end of a header block; keep 3 bytes in case "\r\n\r\n" straddles chunks.
        const joined = header.length ? Buffer.concat([header, data]) : data;
        const end = joined.indexOf(HEADER_END);
        if (end < 0) {
          if (state === 'dropHeader') header = Buffer.from(joined.subarray(Math.max(0, joined.length - 3)));
          else if (joined.length > MAX_HEADER_BYTES) {
            onRefused({ kind: 'header' });
            state = 'dropHeader';
            header = Buffer.from(joined.subarray(joined.length - 3));
          } else header = Buffer.from(joined);
          break;
        }
        const block = joined.subarray(0, end + HEADER_END.length);
        data = joined.subarray(end + HEADER_END.length);
        header = Buffer.alloc(0);
        if (state === 'dropHeader') {
          state = 'header';
          continue;
        }
        const length = CONTENT_LENGTH.exec(block.toString('ascii'));
        // No usable length: the reader reports it as it always did.
        if (!length) {
          this.push(block);
          continue;
        }
        remaining = Number(length[1]);
        if (remaining > maxBodyBytes) {
          onRefused({ kind: 'body', length: remaining });
          state = 'drop';
        } else {
          this.push(block);
          state = 'pass';
        }
        if (remaining === 0) state = 'header';
      }
      done();
    },
  });
}
