/** Document links: each `programmes` path of a mission opens the programme file. */
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Analysis } from '../languageService';
import { valueRangeAt } from '../parse';

/** `resolve` gives the linked file, or undefined for a path that must not be followed. */
export function documentLinks(analysis: Analysis, resolve: (relativePath: string) => string | undefined): DocumentLink[] {
  const { doc, model } = analysis;
  if (model?.kind !== 'mission') return [];
  return model.phases.flatMap((phase) =>
    phase.programmes.flatMap((link) => {
      const target = resolve(link.path);
      return target ? [{ range: valueRangeAt(doc, link.valuePath), target, tooltip: link.path }] : [];
    }),
  );
}
