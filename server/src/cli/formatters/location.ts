/**
 * CLI positions: 1-based lines, and 1-based columns counted in characters (Unicode code
 * points) as a person counts them, whereas LSP ranges count UTF-16 units.
 */
import type { DerouleDiagnostic } from '../../core';

export interface CliLocation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function cliLocation(d: Pick<DerouleDiagnostic, 'range'>, lines: string[]): CliLocation {
  return {
    line: d.range.start.line + 1,
    column: codePointColumn(lines[d.range.start.line] ?? '', d.range.start.character) + 1,
    endLine: d.range.end.line + 1,
    endColumn: codePointColumn(lines[d.range.end.line] ?? '', d.range.end.character) + 1,
  };
}

function codePointColumn(line: string, utf16: number): number {
  return Array.from(line.slice(0, utf16)).length;
}

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
