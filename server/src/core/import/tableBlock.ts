/**
 * A table of a structured source (Word, LibreOffice, HTML, a PDF's columns) as the line
 * readers see it: the Markdown pipe rows its cells make (`| 9h00 | Accueil | Claire Martin |`,
 * then `|---|` after a header row). A table that reads as an agenda is read by its columns
 * (`tableAgenda.ts`, from the block the first of these lines carries) and its rows are then
 * skipped; any other table is read as these rows, by the pipe-table reading (`tableRows.ts`).
 */
import type { TableBlock, TableCell } from './sourceDocument';

/** The pipe rows of a table, with a blank line before and after (a table ends a paragraph). */
export function readTableBlock(block: TableBlock): string[] {
  const rows: string[] = [];
  // Rows still covered by a merged cell from above, per column: written as empty cells.
  const coveredFor: number[] = [];
  let separated = false;
  for (const row of block.rows) {
    const cells: string[] = [];
    let column = 0;
    const skipCovered = () => {
      while ((coveredFor[column] ?? 0) > 0) {
        coveredFor[column]!--;
        cells.push('');
        column++;
      }
    };
    for (const cell of row.cells) {
      skipCovered();
      const span = Math.max(1, Math.floor(cell.colSpan) || 1);
      const down = Math.max(1, Math.floor(cell.rowSpan) || 1);
      cells.push(cellPipeText(cell));
      for (let k = 0; k < span; k++) {
        if (k > 0) cells.push('');
        coveredFor[column + k] = down - 1;
      }
      column += span;
    }
    // Columns past this row's last cell that a cell above still covers.
    for (; column < coveredFor.length; column++) {
      if ((coveredFor[column] ?? 0) > 0) coveredFor[column]!--;
      cells.push('');
    }
    if (!cells.length) continue;
    rows.push(`| ${cells.join(' | ')} |`);
    // Markdown has one header row: the first row the source marks as a header.
    if (row.header && !separated) {
      rows.push(`|${cells.map(() => '---').join('|')}|`);
      separated = true;
    }
  }
  return rows.length ? ['', ...rows, ''] : [];
}

/** A cell's paragraphs on one pipe row: `<br>` between them (the pipe-table reading splits there), `|` escaped. */
function cellPipeText(cell: TableCell): string {
  return cell.lines
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((l) => l.replace(/\|/g, '\\|'))
    .join('<br>');
}
