/**
 * Frames of `Content-Length: N\r\n\r\n` + N bytes, as LSP sends them over stdio, with a bound:
 * vscode-jsonrpc's reader keeps every byte of a message until it has all N, whatever N says,
 * and has no option to limit it. This stream stands between stdin and that reader. A message
 * within the limit passes through unchanged, chunk by chunk; a longer one is reported and its
 * bytes are dropped as they arrive (never kept), so the next message is read as usual.
 * Headers are bounded too: a header block longer than MAX_HEADER_BYTES is dropped up to its end.
 *
 * A dropped request is still answered: JSON-RPC writers put `"id"` before `"params"`, so the
 * id is read from the first bytes of the dropped body, and once the body has gone by a small
 * request with that id to TOO_LARGE_METHOD takes its place (lifecycle.ts answers it with an
 * error). Without that, a client would wait forever for the answer to an import of 70 MB.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { TOO_LARGE_METHOD } from './lifecycle';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
export const MAX_HEADER_BYTES = 16 * 1024;
const CONTENT_LENGTH = /^content-length[ \t]*:[ \t]*(\d+)[ \t]*$/im;

export type Refusal = { kind: 'body'; length: number } | { kind: 'header' };

/** How much of a dropped body is kept to find its id. */
const HEAD_BYTES = 512;
const REQUEST_ID = /^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*(-?\d{1,15}|"(?:[^"\\]|\\.){0,200}")\s*,/;

/** The request id a JSON-RPC body starts with, if it is one. */
export function requestIdOf(head: Buffer): string | undefined {
  return REQUEST_ID.exec(head.toString('utf8'))?.[1];
}

function frame(body: string): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
}

export function boundedInput(maxBodyBytes: number, onRefused: (refusal: Refusal) => void): Transform {
  /** Header bytes seen so far (at most MAX_HEADER_BYTES + a chunk). */
  let header = Buffer.alloc(0);
  /** Body bytes still to pass (`pass`) or to drop (`drop`); in `header` state, none. */
  let state: 'header' | 'pass' | 'drop' | 'dropHeader' = 'header';
  let remaining = 0;
  /** The first bytes of the body being dropped, and its length. */
  let dropHead = Buffer.alloc(0);
  let dropLength = 0;

  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      let data = chunk;
      while (data.length > 0) {
        if (state === 'pass' || state === 'drop') {
          const n = Math.min(remaining, data.length);
          if (state === 'pass') this.push(data.subarray(0, n));
          else if (dropHead.length < HEAD_BYTES) dropHead = Buffer.concat([dropHead, data.subarray(0, Math.min(n, HEAD_BYTES - dropHead.length))]);
          remaining -= n;
          data = data.subarray(n);
          if (remaining === 0) {
            if (state === 'drop') {
              const id = requestIdOf(dropHead);
              if (id !== undefined) this.push(frame(`{"jsonrpc":"2.0","id":${id},"method":"${TOO_LARGE_METHOD}","params":{"length":${dropLength},"limit":${maxBodyBytes}}}`));
            }
            state = 'header';
          }
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
          dropHead = Buffer.alloc(0);
          dropLength = remaining;
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
