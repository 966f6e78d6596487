/**
 * The open documents as the handlers see them. `server.ts` builds the server's parts (files,
 * diagnostics, large files, the language service) after it is started and gives each
 * `register*` function only the narrow interface it declares; this module imports nothing
 * from `server.ts`, so the server's modules form no circle.
 */
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isConfigFile, type SourceText } from '../core';
import type { LargeFiles } from './largeFiles';
import type { WorkspaceFiles } from './workspaceFiles';

/** An open Déroulé document (or `.deroule.yaml`), with the version of the text. */
export interface OpenSource extends SourceText {
  version: number;
}

/**
 * An open Déroulé document the features may analyse, or undefined: not open, not Déroulé,
 * or over the size limit (nothing to say about it, and nothing parsed to say it).
 */
export type OpenSources = (uri: string) => OpenSource | undefined;

export function openSources(
  documents: TextDocuments<TextDocument>,
  files: Pick<WorkspaceFiles, 'kindOf'>,
  largeFiles: Pick<LargeFiles, 'tooLarge'>,
): OpenSources {
  return (uri) => {
    const doc = documents.get(uri);
    const kind = files.kindOf(uri);
    // A project's `.deroule.yaml` gets completion, hover and its diagnostics too.
    if (!doc || !(kind || isConfigFile(uri)) || largeFiles.tooLarge(uri)) return undefined;
    return { uri, text: doc.getText(), ...(kind ? { kind } : {}), version: doc.version };
  };
}
