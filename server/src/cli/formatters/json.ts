/**
 * `--format json`: one array; each item as FORMAT.md §6 specifies. A file that cannot be
 * read has no place in it: it is reported on stderr only (and the exit code is 2).
 */
import { stringifyJson } from '../escape';
import { cliLocation, splitLines } from './location';
import type { CheckedFile } from './report';

export function formatJson(files: CheckedFile[]): string {
  const items = files.flatMap((file) => {
    const lines = splitLines(file.text);
    return file.diagnostics.map((d) => ({
      file: file.path,
      ...cliLocation(d, lines),
      severity: d.severity,
      code: d.code,
      message: d.message,
    }));
  });
  return stringifyJson(items) + '\n';
}
