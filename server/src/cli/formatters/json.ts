/** `--format json`: one array; each item as FORMAT.md §6 specifies. */
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
  return JSON.stringify(items, null, 2) + '\n';
}
