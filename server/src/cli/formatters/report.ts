/** The checked files and their diagnostics, as the formatters receive them. */
import type { DerouleDiagnostic } from '../../core';

export interface CheckedFile {
  /** Path as shown to the user (relative to the working directory when inside it). */
  path: string;
  text: string;
  diagnostics: DerouleDiagnostic[];
}

/** A file or folder that was found but could not be read: reported, and the others checked. */
export interface UnreadableFile {
  /** Path as shown to the user. */
  path: string;
  /** Why, in a few words (`permission denied`). */
  reason: string;
}
