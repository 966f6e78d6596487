/**
 * The checks of property 4 on one text: every quick fix of every diagnostic, applied and
 * compared with the text before (see `fixChecks.ts` for what "only what it must" means).
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { parseDocument } from 'yaml';
import { createLanguageService, type DerouleDiagnostic, type RuleCode } from '../../../server/src/core';
import { codeActions } from '../../../server/src/core/codeActions';
import { messagesFor } from '../../../server/src/core/messages';
import { classify, comments, intersects, mapRange, offsetAt, positionAt, scalarSpans, untouchedLinesKept } from './fixChecks';

const TIME_KEYS = new Set(['time', 'start', 'end', 'duration']);
/** Codes whose fixes rewrite times; the others rewrite the scalar the diagnostic is on, or insert lines. */
const RETIMING: ReadonlySet<string> = new Set(['time-overlap', 'time-gap', 'per-group']);

function errorCounts(diagnostics: DerouleDiagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === 'error') counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts;
}

function sortedEdits(action: CodeAction, uri: string): TextEdit[] {
  const edits = [...(action.edit?.changes?.[uri] ?? [])];
  return edits.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Checks every fix of every diagnostic of `text`; returns the codes that had a fix. */
export function checkEveryFix(uri: string, text: string, files: Record<string, string> = {}): Set<RuleCode> {
  const service = createLanguageService({ files: { readFile: (u) => files[u] }, settings: { language: 'fr' } });
  const before = service.check(uri, text);
  const analysis = service.analyse(uri, text);
  const spans = scalarSpans(text);
  const beforeComments = comments(text);
  const beforeErrors = errorCounts(before);
  const fixed = new Set<RuleCode>();
  for (const d of before) {
    const actions = codeActions(d.range, [d as unknown as Diagnostic], { uri, analysis, m: messagesFor('fr'), style: 'h' }, ['quickfix']);
    for (const action of actions) {
      const where = `${action.title} for ${d.code} at ${d.range.start.line + 1}:${d.range.start.character + 1}\n${text}`;
      const edits = sortedEdits(action, uri);
      assert.ok(edits.length > 0, `no edit: ${where}`);
      const after = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), edits);
      fixed.add(d.code);

      // Valid YAML.
      assert.deepEqual(parseDocument(after).errors.map((e) => e.message), [], `invalid YAML after ${where}\n--- after:\n${after}`);

      // Data the fix made readable: a rewritten scalar, and for a renamed key its whole value.
      // Errors on it were hidden by the typo, not added by the fix (`formation` → `training`
      // reveals the missing training fields; `produce:` → `produces:` an unknown id in it).
      const revealed: { start: number; end: number }[] = [];
      let timesRevealed = false;
      // Only what it must: each edit rewrites one scalar of the right kind, or inserts lines.
      for (const e of edits) {
        const kind = classify(text, e, spans);
        assert.notEqual(kind.kind, 'other', `${kind.kind === 'other' ? kind.why : ''}: ${where}`);
        if (kind.kind !== 'rewrite') continue;
        revealed.push({ start: kind.span.start, end: kind.span.isKey ? (kind.span.pairEnd ?? kind.span.end) : kind.span.end });
        // A time key typed wrong (`durée:` for `duration:`) hid the slot's time: once it is
        // known, what it implies for the day (an overlap with a later slot) is revealed too.
        if (kind.span.isKey && TIME_KEYS.has(e.newText)) timesRevealed = true;
        if (RETIMING.has(d.code)) assert.ok(TIME_KEYS.has(kind.span.valueOf ?? ''), `a time fix rewrites a non-time scalar: ${where}`);
        else assert.ok(kind.span.start <= offsetAt(text, d.range.end) && offsetAt(text, d.range.start) <= kind.span.end, `a typo fix rewrites a scalar the diagnostic is not on: ${where}`);
      }
      assert.deepEqual(comments(after).filter((c) => beforeComments.includes(c)).sort(), [...beforeComments].sort(), `a comment is lost: ${where}\n--- after:\n${after}`);
      const lost = untouchedLinesKept(text, after, edits);
      assert.equal(lost, undefined, `${lost}: ${where}\n--- after:\n${after}`);

      // The problem is gone, and no error came in its place.
      const now = service.check(uri, after);
      const place = mapRange(text, after, edits, d.range);
      // Other problems of the same code already on that place (a slot's missing `title` is shown
      // on its first key, where the `horaire` typo is too) are not the one this fix targets.
      const neighbours = new Set(before.filter((b) => b !== d && b.code === d.code && intersects(b.range, d.range)).map((b) => b.message));
      const left = now.filter((x) => x.code === d.code && intersects(x.range, place) && !neighbours.has(x.message));
      assert.deepEqual(left.map((x) => x.message), [], `the diagnostic is still there after ${where}\n--- after:\n${after}`);
      const inRevealed = (x: DerouleDiagnostic) =>
        (timesRevealed && x.code.startsWith('time-')) ||
        revealed.some((r) => intersects(x.range, mapRange(text, after, edits, { start: positionAt(text, r.start), end: positionAt(text, r.end) })));
      for (const [code, n] of errorCounts(now.filter((x) => !inRevealed(x)))) assert.ok(n <= (beforeErrors.get(code) ?? 0), `${code}: ${n} errors after, ${beforeErrors.get(code) ?? 0} before, ${where}\n--- after:\n${after}`);
    }
  }
  return fixed;
}

