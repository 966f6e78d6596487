/**
 * Custom messages between the extension and the server, defined once and imported by both
 * sides. Everything else is plain LSP.
 */
import { RequestType } from 'vscode-languageserver-protocol';

/** A node of the Déroulé view: missions → phases → programmes → days; loose programmes by date. */
export interface ExplorerNode {
  label: string;
  description?: string;
  kind: 'mission' | 'phase' | 'programme' | 'day' | 'missing';
  /** File to open on click, and the line to reveal. */
  uri?: string;
  line?: number;
  /** Error and warning counts of the file. */
  problems?: { errors: number; warnings: number };
  children?: ExplorerNode[];
}

export interface ExplorerParams {
  /** Language of the labels. */
  language?: 'fr' | 'en';
}

export const explorerRequest = new RequestType<ExplorerParams, ExplorerNode[], void>('deroule/explorer');

/** Settings the client sends as `initializationOptions` (the rest is read by workspace/configuration). */
export interface InitializationOptions {
  /** VS Code's display language, for `deroule.language: auto`. */
  locale?: string;
}
