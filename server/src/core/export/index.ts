/**
 * One entry for every export, used by the CLI and the extension: analysis → view → format.
 * Word and calendar libraries are loaded only when those formats are asked for.
 */
import type { Analysis } from '../languageService';
import { buildView, type BuildOptions } from '../render/buildView';
import { audienceOf } from '../render/viewParts';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import { unreadableDates, type UnreadableDate } from './unreadableDates';
import type { Language } from '../types';

export type ExportFormat = 'html' | 'md' | 'docx' | 'ics';
export const exportFormats: readonly ExportFormat[] = ['html', 'md', 'docx', 'ics'];

export interface ExportOptions extends Pick<BuildOptions, 'linked' | 'for'> {
  /** The earlier name of `for: 'team'`; `for` wins when both are given. */
  withNotes?: boolean;
  /** Calendar of a programme: one event per day instead of one per slot (a mission's calendar always has one per day). */
  perDay?: boolean;
  /** Calendar: base of the stable event UIDs (the file name). */
  uidBase?: string;
  /** Language of the messages of an `UnreadableDatesError` (English by default). */
  language?: Language;
}

export class ExportError extends Error {}

/** The document has dates that cannot be read: nothing is exported (see unreadableDates.ts). */
export class UnreadableDatesError extends ExportError {
  constructor(readonly dates: UnreadableDate[]) {
    super(dates.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`).join('\n'));
  }
}

export async function exportDocument(analysis: Analysis, format: ExportFormat, options: ExportOptions = {}): Promise<string | Uint8Array> {
  const dates = unreadableDates(analysis, options.language ?? 'en');
  if (dates.length > 0) throw new UnreadableDatesError(dates);
  // The participants' form unless the team's is asked for (FORMAT.md 7.3, "Who sees what").
  const view = buildView(analysis, { for: audienceOf(options), ...(options.linked ? { linked: options.linked } : {}) });
  if (!view) throw new ExportError('the document cannot be read: fix its YAML errors first');
  switch (format) {
    case 'html':
      return toHtml(view);
    case 'md':
      return toMarkdown(view);
    case 'docx': {
      const { toDocx } = await import('./docx.js');
      return toDocx(view);
    }
    case 'ics': {
      const uidBase = options.uidBase ?? 'deroule';
      if (view.kind === 'mission') {
        // Milestones, deliverable dues and the linked programmes' days (`perDay` is how a mission shows them anyway).
        const { toMissionIcs } = await import('./ics.js');
        return toMissionIcs(view, { uidBase });
      }
      const { toIcs } = await import('./ics.js');
      return toIcs(view, { perDay: options.perDay ?? false, uidBase });
    }
  }
}
