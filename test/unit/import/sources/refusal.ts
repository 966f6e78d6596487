/** The refusal an import ends with (fails the test when it is not refused). */
import { IMPORT_LIMITS, ImportRefused, refusalMessage, type ImportLimits, type ImportRefusal } from '../../../../server/src/core/import/limits';
import type { Block } from '../../../../server/src/core/import/sourceDocument';

export async function refusal(promise: Promise<unknown>): Promise<ImportRefusal> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ImportRefused) return e.refusal;
    throw e;
  }
  throw new Error('the import was not refused');
}

/** The refusal's message in both languages, as the CLI and the editor say it. */
export function messages(refusal: ImportRefusal, limits: ImportLimits = IMPORT_LIMITS): [string, string] {
  return [refusalMessage(refusal, 'en', limits), refusalMessage(refusal, 'fr', limits)];
}

/** The blocks as a person would see them: lines as text, tables as rows of cell texts. */
export function shown(blocks: Block[]): unknown[] {
  return blocks.map((b) =>
    b.kind === 'line'
      ? b.text
      : b.rows.map((r) => ({ ...(r.header ? { header: true } : {}), cells: r.cells.map((c) => (c.colSpan > 1 || c.rowSpan > 1 ? { text: c.lines.join(' / '), colSpan: c.colSpan, rowSpan: c.rowSpan } : c.lines.join(' / '))) })),
  );
}
