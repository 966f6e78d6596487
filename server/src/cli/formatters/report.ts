/** The checked files and their diagnostics, as the formatters receive them. */
import type { DerouleDiagnostic } from '../../core';

export interface CheckedFile {
  /** Path as shown to the user (relative to the working directory when inside it). */
  path: string;
  text: string;
  diagnostics: DerouleDiagnostic[];
}
