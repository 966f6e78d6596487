/**
 * The one way the CLI and the server read a file of the workspace from disk. A cloned
 * repository is untrusted: a `*.programme.yaml` may be a FIFO (opening it waits for a
 * writer, forever), a link to `/dev/zero` (reading never ends) or a huge file. So the file is
 * opened without blocking, checked on its descriptor (what was opened is what is checked)
 * and read only when it is a regular file within the size limit, and never past it.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A file that was not read, and why (`message`: "not a regular file"…, without the path). */
export class RefusedFile extends Error {
  constructor(
    readonly code: 'EISDIR' | 'NOT_REGULAR' | 'TOO_LARGE',
    message: string,
    /** The bound a TOO_LARGE file passed (for messages worded elsewhere). */
    readonly maxBytes?: number,
  ) {
    super(message);
  }
}

/**
 * The most bytes a file whose text fits `maxTextLength` (UTF-16 units) can take: three bytes
 * of UTF-8 per unit at most. A larger file is refused unread; one within it is read whole,
 * and the core reports it if its text is over the limit.
 */
export function maxFileBytes(maxTextLength: number): number {
  return 3 * maxTextLength;
}

const tooLarge = (maxBytes: number) => `larger than ${maxBytes.toLocaleString('en-US')} bytes`;

// O_NONBLOCK makes opening a FIFO return at once (Windows has neither the flag nor FIFOs).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them; throws a RefusedFile
 * for anything else (a directory, a FIFO, a device, a socket, a larger file), or the
 * system's error (ENOENT, EACCES…).
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new RefusedFile('EISDIR', 'is a directory');
    if (!stat.isFile()) throw new RefusedFile('NOT_REGULAR', 'not a regular file');
    if (stat.size > maxBytes) throw new RefusedFile('TOO_LARGE', tooLarge(maxBytes), maxBytes);
    // The file may grow while it is read: one byte more than allowed says so.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) throw new RefusedFile('TOO_LARGE', tooLarge(maxBytes), maxBytes);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
