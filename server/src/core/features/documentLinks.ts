/** Document links: each `programmes` path of a mission opens the programme file. */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Analysis } from '../languageService';
import { valueRangeAt } from '../parse/nodes';

export function documentLinks(analysis: Analysis, resolve: (relativePath: string) => string): DocumentLink[] {
  const { doc, model } = analysis;
  if (model?.kind !== 'mission') return [];
  return model.phases.flatMap((phase) =>
    phase.programmes.map((link) => ({ range: valueRangeAt(doc, link.valuePath), target: resolve(link.path), tooltip: link.path })),
  );
}
