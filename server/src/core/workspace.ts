/**
 * The core's only window on files: cross-file rules (linked programmes, bookings across
 * programmes) read through this interface, which the CLI implements over the disk and the
 * server over open documents and the disk. URIs are `file:` URIs or any scheme the host knows.
 */
export interface FileSystem {
  /** The text of a file, or undefined when it does not exist or cannot be read. */
  readFile(uri: string): string | undefined;
}

/** A file system with nothing in it, for checks of a single text. */
export const noFiles: FileSystem = { readFile: () => undefined };
