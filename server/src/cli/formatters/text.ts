/** Compiler-style output: `file:line:col  severity  code  message`, then a summary line. */
import type { Language, Severity } from '../../core';
import { escapeControls, quotePath } from '../escape';
import { cliLocation, splitLines } from './location';
import type { CheckedFile, UnreadableFile } from './report';

const summaryWords: Record<Language, Record<Severity, [string, string]> & { files: [string, string]; unreadable: [string, string]; ok: string }> = {
  en: {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    information: ['information', 'information'],
    hint: ['hint', 'hints'],
    files: ['file', 'files'],
    unreadable: ['unreadable', 'unreadable'],
    ok: 'no problems',
  },
  fr: {
    error: ['erreur', 'erreurs'],
    warning: ['avertissement', 'avertissements'],
    information: ['information', 'informations'],
    hint: ['suggestion', 'suggestions'],
    files: ['fichier', 'fichiers'],
    unreadable: ['illisible', 'illisibles'],
    ok: 'aucun problème',
  },
};

/**
 * File names and messages are printed with their control characters escaped (a path that
 * holds one is quoted): a name with a newline or `\x1b[…` cannot forge or repaint a line.
 */
export function formatText(files: CheckedFile[], language: Language, unreadable: UnreadableFile[] = []): string {
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of files) {
    const lines = splitLines(file.text);
    const path = quotePath(file.path);
    for (const d of file.diagnostics) {
      const at = cliLocation(d, lines);
      counts[d.severity]++;
      out.push(`${path}:${at.line}:${at.column}  ${d.severity}  ${d.code}  ${escapeControls(d.message)}`);
    }
  }
  const w = summaryWords[language];
  const plural = (n: number, [one, many]: [string, string]) => `${n} ${n > 1 ? many : one}`;
  const parts = (['error', 'warning', 'information', 'hint'] as const).filter((s) => counts[s] > 0).map((s) => plural(counts[s], w[s]));
  const checked = plural(files.length, w.files) + (unreadable.length ? `, ${plural(unreadable.length, w.unreadable)}` : '');
  out.push(parts.length ? `${parts.join(', ')} — ${checked}` : `${w.ok} — ${checked}`);
  return out.join('\n') + '\n';
}
