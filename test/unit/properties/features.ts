/**
 * Runs the core on one text the way the editor does: check, analyse, then every feature
 * (completion and hover at given positions, symbols, folding, inlay hints, links,
 * references, code actions for each diagnostic and at each position, the render model, the
 * HTML and Markdown exports). Returns every range the features produced, so a property can
 * check where they point.
 */
import type { CodeAction, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type DerouleDiagnostic } from '../../../server/src/core';
import { codeActions } from '../../../server/src/core/codeActions';
import { renderBody, toHtml } from '../../../server/src/core/export/html';
import { toMarkdown } from '../../../server/src/core/export/markdown';
import { complete } from '../../../server/src/core/features/completion';
import { documentLinks } from '../../../server/src/core/features/documentLinks';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { hover } from '../../../server/src/core/features/hover';
import { inlayHints } from '../../../server/src/core/features/inlayHints';
import { idAt, occurrences } from '../../../server/src/core/features/references';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import { messagesFor } from '../../../server/src/core/messages';
import { buildView } from '../../../server/src/core/render/buildView';
import type { Language } from '../../../server/src/core/types';
import { memoryFiles } from '../../helpers';

export interface FeatureRun {
  diagnostics: DerouleDiagnostic[];
  /** Every range a feature returned, with the feature's name for the failure message. */
  ranges: { feature: string; range: Range }[];
  actions: CodeAction[];
}

/**
 * Positions to probe, from random numbers: a line (modulo the line count, sometimes past the
 * end as a client with a stale document could ask) and a column (sometimes past the line end).
 */
export function probePositions(text: string, picks: [number, number][]): Position[] {
  const lines = text.split(/\r\n|\r|\n/);
  return picks.map(([a, b]) => {
    const line = a % (lines.length + 1);
    const length = lines[line]?.length ?? 0;
    return { line, character: b % 7 === 0 ? length + (b % 3) : b % (length + 1) };
  });
}

function symbolRanges(symbols: ReturnType<typeof documentSymbols>, out: FeatureRun['ranges']): void {
  for (const s of symbols) {
    out.push({ feature: 'symbol.range', range: s.range }, { feature: 'symbol.selectionRange', range: s.selectionRange });
    if (s.children) symbolRanges(s.children, out);
  }
}

function editRanges(actions: CodeAction[], out: FeatureRun['ranges']): void {
  for (const a of actions) for (const edits of Object.values(a.edit?.changes ?? {})) for (const e of edits as TextEdit[]) out.push({ feature: `codeAction ${a.title}`, range: e.range });
}

export function runEveryFeature(uri: string, text: string, files: Record<string, string>, positions: Position[], language: Language = 'fr'): FeatureRun {
  const service = createLanguageService({ files: memoryFiles(files), settings: { language } });
  const diagnostics = service.check(uri, text);
  const analysis = service.analyse(uri, text);
  const ranges: FeatureRun['ranges'] = diagnostics.map((d) => ({ feature: `diagnostic ${d.code}`, range: d.range }));
  const style = language === 'fr' ? 'h' : 'colon';
  const ctx = { uri, analysis, m: messagesFor(language), style } as const;
  const linked = (path: string) => service.linked(uri, path);
  const actions: CodeAction[] = [];
  for (const d of diagnostics) actions.push(...codeActions(d.range, [d as never], ctx, ['quickfix']));
  for (const position of positions) {
    for (const item of complete(analysis, position, { language, style, programmePaths: Object.keys(files).map((f) => f.slice(f.lastIndexOf('/ws/mission/') + 12)) })) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) ranges.push({ feature: `completion ${item.label}`, range: edit.range });
      for (const e of item.additionalTextEdits ?? []) ranges.push({ feature: `completion+ ${item.label}`, range: e.range });
    }
    const h = hover(analysis, position, { language, style, linkedProgramme: (p) => linked(p)?.analysis });
    if (h?.range) ranges.push({ feature: 'hover', range: h.range });
    const id = idAt(analysis, position);
    if (id) {
      ranges.push({ feature: 'idAt', range: id.range });
      for (const r of occurrences(analysis, id.id, id.namespace)) ranges.push({ feature: 'references', range: r });
    }
    actions.push(...codeActions({ start: position, end: position }, [], ctx));
  }
  editRanges(actions, ranges);
  symbolRanges(documentSymbols(analysis, language, style), ranges);
  for (const f of foldingRanges(analysis.doc)) ranges.push({ feature: 'folding', range: { start: { line: f.startLine, character: f.startCharacter ?? 0 }, end: { line: f.endLine, character: f.endCharacter ?? 0 } } });
  const whole = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };
  for (const h of inlayHints(analysis, whole, language, style)) {
    const p = h.position;
    ranges.push({ feature: 'inlayHint', range: { start: p, end: p } });
  }
  for (const l of documentLinks(analysis, (rel) => service.linked(uri, rel)?.uri)) ranges.push({ feature: 'documentLink', range: l.range });
  const view = buildView(analysis, { withNotes: true, diagnostics, linked });
  if (view) {
    renderBody(view, { preview: true });
    toHtml(view);
    toMarkdown(view);
  }
  return { diagnostics, ranges, actions };
}

/** True when `range` is well formed and lies inside `text` (lines, and UTF-16 columns of each line). */
export function insideText(text: string, range: Range): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: Position) => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line]!.length;
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  // A range may end at the start of the line after the last one (a whole-line deletion of the last line).
  const endOk = ok(range.end) || (range.end.line === lines.length && range.end.character === 0);
  return ok(range.start) && endOk && ordered;
}
