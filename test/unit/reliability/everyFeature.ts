/**
 * Runs one text through everything the server offers, at core level, and checks what
 * every answer must satisfy whatever the text: no exception, every range inside the
 * document, edits that can be applied. The YAML test suite, odd ids and wrong types all
 * go through here, so a new feature added to this list is covered by all of them.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, DocumentSymbol, Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { DerouleDiagnostic, Language, LanguageService } from '../../../server/src/core';
import { codeActions } from '../../../server/src/core/codeActions';
import { ExportError, exportDocument, type ExportFormat } from '../../../server/src/core/export';
import { renderBody } from '../../../server/src/core/export/html';
import { complete } from '../../../server/src/core/features/completion';
import { documentLinks } from '../../../server/src/core/features/documentLinks';
import { foldingRanges } from '../../../server/src/core/features/folding';
import { hover } from '../../../server/src/core/features/hover';
import { inlayHints } from '../../../server/src/core/features/inlayHints';
import { idAt, occurrences } from '../../../server/src/core/features/references';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import { messagesFor } from '../../../server/src/core/messages';
import { buildView } from '../../../server/src/core/render/buildView';
import type { TimeStyle } from '../../../server/src/core/time';
import { toLspDiagnosticIn } from '../../../server/src/lsp/diagnostics';
import { shippedDocsUri } from '../../../server/src/node/shippedDocs';

const toLspDiagnostic = toLspDiagnosticIn('en', shippedDocsUri());

/** Lines as LSP counts them: LF, CRLF and a lone CR each end one. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** Fails unless `range` lies inside the text (line < line count, character ≤ that line's UTF-16 length). */
export function assertRangeInside(lines: number[], range: Range, where: string): void {
  assertPositionInside(lines, range.start, where);
  assertPositionInside(lines, range.end, where);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${where}: range ends before it starts ${JSON.stringify(range)}`);
}

export function assertPositionInside(lines: number[], p: Position, where: string): void {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${where}: position not made of integers ${JSON.stringify(p)}`);
  assert.ok(p.line >= 0 && p.line < lines.length, `${where}: line ${p.line} outside 0..${lines.length - 1}`);
  assert.ok(p.character >= 0 && p.character <= lines[p.line]!, `${where}: character ${p.character} beyond line ${p.line}'s ${lines[p.line]} units`);
}

/**
 * Where a user may put the cursor: each line's start and end, both ends of every token
 * (a run of letters, of spaces or one punctuation mark), and the end of the document.
 * At most `max` of them, spread over the document, so a huge text stays affordable.
 */
export function probePositions(doc: TextDocument, max = 600): Position[] {
  const text = doc.getText();
  const offsets = new Set<number>([0, text.length]);
  const kind = (c: string | undefined) => (c === undefined ? 'end' : /[\r\n]/.test(c) ? 'nl' : /\s/.test(c) ? 'sp' : /[-:,[\]{}#&*!|>'"?%@`]/.test(c) ? `p${c}` : 'w');
  for (let i = 1; i <= text.length; i++) {
    if (kind(text[i - 1]) !== kind(text[i]) || kind(text[i]).startsWith('p')) offsets.add(i);
  }
  let list = [...offsets].sort((a, b) => a - b);
  if (list.length > max) {
    const step = list.length / max;
    list = Array.from({ length: max }, (_, i) => list[Math.floor(i * step)]!).concat(text.length);
  }
  return list.map((o) => doc.positionAt(o));
}

export interface Slowest {
  what: string;
  ms: number;
}

export interface ExerciseOptions {
  language?: Language;
  style?: TimeStyle;
  /** Also export to Word (the slowest export; off for big corpora). */
  docx?: boolean;
  /** Cursor positions to probe (default: `probePositions`). */
  positions?: Position[];
}

export interface Exercised {
  diagnostics: DerouleDiagnostic[];
  /** The slowest single request, to report (and to bound under `DEROULE_FUZZ`). */
  slowest: Slowest;
  requests: number;
}

/** Every feature on one document of `service`; throws (with `uri` in the message) on any broken invariant. */
export async function exerciseEveryFeature(service: LanguageService, uri: string, text: string, options: ExerciseOptions = {}): Promise<Exercised> {
  const language = options.language ?? 'en';
  const style = options.style ?? 'colon';
  const lines = lineLengths(text);
  const slowest: Slowest = { what: '', ms: -1 };
  let requests = 0;
  function timed<R>(what: string, run: () => R): R {
    const t0 = performance.now();
    try {
      return run();
    } catch (e) {
      throw new Error(`${uri}: ${what} threw: ${(e as Error)?.stack ?? String(e)}`);
    } finally {
      const ms = performance.now() - t0;
      requests++;
      if (ms > slowest.ms) Object.assign(slowest, { what: `${what} on ${uri}`, ms });
    }
  }
  const inside = (range: Range, where: string) => assertRangeInside(lines, range, `${uri}: ${where}`);
  const edits = (list: TextEdit[] | undefined, where: string) => {
    for (const e of list ?? []) inside(e.range, where);
    // Overlapping edits are refused by the editor: applying them must work.
    return list ? TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 1, text), list) : text;
  };

  const diagnostics = timed('check', () => service.check(uri, text));
  for (const d of diagnostics) {
    inside(d.range, `diagnostic ${d.code}`);
    for (const r of d.related ?? []) if (r.uri === uri) inside(r.range, `related of ${d.code}`);
  }
  const errors: string[] = [];
  timed('checkSet', () => service.checkSet([{ uri, text }], (_, e) => errors.push(String((e as Error)?.stack ?? e))));
  assert.deepEqual(errors, [], `${uri}: checkSet reported a checker failure`);

  const analysis = service.analyse(uri, text);
  const doc = analysis.doc.lines;
  const whole: Range = { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) };
  const linked = (path: string) => service.linked(uri, path);

  for (const p of options.positions ?? probePositions(doc)) {
    const at = `${p.line}:${p.character}`;
    const items = timed(`completion at ${at}`, () => complete(analysis, p, { language, style, programmePaths: ['a.programme.yaml'] }));
    for (const item of items) completionRanges(item).forEach((r) => inside(r, `completion ${JSON.stringify(item.label)} at ${at}`));
    const h = timed(`hover at ${at}`, () => hover(analysis, p, { language, style, linkedProgramme: (path) => linked(path)?.analysis }));
    if (h?.range) inside(h.range, `hover at ${at}`);
    const id = timed(`idAt ${at}`, () => idAt(analysis, p));
    if (id) {
      inside(id.range, `prepareRename at ${at}`);
      const refs = timed(`references at ${at}`, () => occurrences(analysis, id.id, id.namespace));
      refs.forEach((r) => inside(r, `reference of ${id.id}`));
      edits(refs.map((range) => ({ range, newText: 'renamed' })), `rename of ${id.id}`);
    }
  }

  const symbols = timed('documentSymbols', () => documentSymbols(analysis, language, style));
  const walk = (list: DocumentSymbol[]) => {
    for (const s of list) {
      inside(s.range, `symbol ${s.name}`);
      inside(s.selectionRange, `symbol ${s.name} selection`);
      // VS Code rejects the whole outline when a selection range is outside its symbol.
      assert.ok(contains(s.range, s.selectionRange), `${uri}: symbol ${s.name}: selectionRange outside range`);
      walk(s.children ?? []);
    }
  };
  walk(symbols);
  for (const f of timed('folding', () => foldingRanges(analysis.doc))) {
    assert.ok(f.startLine <= f.endLine && f.endLine < lines.length && f.startLine >= 0, `${uri}: folding ${JSON.stringify(f)}`);
  }
  for (const hint of timed('inlayHints', () => inlayHints(analysis, whole, language, style))) {
    assertPositionInside(lines, hint.position, `${uri}: inlay hint`);
    edits(hint.textEdits, 'inlay hint edit');
  }
  for (const link of timed('documentLinks', () => documentLinks(analysis, () => 'file:///ws/linked.programme.yaml'))) inside(link.range, 'document link');

  const ctx = { uri, analysis, m: messagesFor(language), style };
  const lsp = diagnostics.map(toLspDiagnostic);
  const actions: CodeAction[] = [];
  for (const d of lsp) actions.push(...timed(`quick fixes of ${String(d.code)}`, () => codeActions(d.range, [d], ctx, ['quickfix'])));
  actions.push(...timed('refactors', () => codeActions(whole, lsp, ctx)));
  for (const action of actions) {
    const changes = action.edit?.changes ?? {};
    for (const [target, list] of Object.entries(changes)) {
      if (target !== uri) continue;
      const after = edits(list, `code action ${JSON.stringify(action.title)}`);
      timed(`check after ${JSON.stringify(action.title)}`, () => service.check(uri, after));
    }
  }

  const view = timed('preview model', () => buildView(analysis, { withNotes: true, diagnostics, linked }));
  if (view) {
    timed('preview markup', () => renderBody(view, { preview: true }));
    for (const line of viewLines(view)) assert.ok(line >= 0 && line < lines.length, `${uri}: preview line ${line}`);
  }
  const formats: ExportFormat[] = ['html', 'md', 'ics', ...(options.docx ? (['docx'] as const) : [])];
  for (const format of formats) {
    const t0 = performance.now();
    try {
      await exportDocument(analysis, format, { withNotes: true, linked, uidBase: 'case' });
    } catch (e) {
      if (!(e instanceof ExportError)) throw new Error(`${uri}: export ${format} threw: ${(e as Error)?.stack ?? String(e)}`);
    } finally {
      const ms = performance.now() - t0;
      requests++;
      if (ms > slowest.ms) Object.assign(slowest, { what: `export ${format} of ${uri}`, ms });
    }
  }
  return { diagnostics, slowest, requests };
}

function completionRanges(item: CompletionItem): Range[] {
  const out: Range[] = [];
  const e = item.textEdit;
  if (e) {
    if ('range' in e) out.push(e.range);
    else out.push(e.insert, e.replace);
  }
  for (const extra of item.additionalTextEdits ?? []) out.push(extra.range);
  return out;
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** Source lines the preview points back to (click-to-reveal, cursor sync). */
function viewLines(view: unknown): number[] {
  const out: number[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'line' && typeof x === 'number') out.push(x);
        else visit(x);
      }
    }
  };
  visit(view);
  return out;
}

/** Keeps the slowest of several results. */
export function slower(a: Slowest, b: Slowest): Slowest {
  return b.ms > a.ms ? b : a;
}
