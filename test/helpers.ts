/**
 * Test helpers: run the core on a text, find where a snippet sits in that text (to assert
 * exact ranges), and a file system made of in-memory files for cross-file rules.
 */
import assert from 'node:assert/strict';
import { createLanguageService, type DeepPartial, type DerouleDiagnostic, type FileSystem, type Range, type RuleCode, type Settings } from '../server/src/core';

export interface DiagnoseOptions {
  uri?: string;
  settings?: DeepPartial<Settings>;
  files?: Record<string, string>;
}

/** Diagnostics of one text (a programme unless the uri says otherwise), messages in English by default. */
export function diagnose(text: string, options: DiagnoseOptions = {}): DerouleDiagnostic[] {
  const uri = options.uri ?? 'file:///ws/test.programme.yaml';
  const service = createLanguageService({ files: memoryFiles(options.files ?? {}), settings: { language: 'en', ...options.settings } });
  return service.check(uri, text);
}

/** `h:m` as minutes since midnight, as the core counts times. */
export const hm = (h: number, m = 0) => h * 60 + m;

/** Only the diagnostics of one code. */
export function only(code: RuleCode, diagnostics: DerouleDiagnostic[]): DerouleDiagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** An in-memory file system keyed by `file:///…` URIs. */
export function memoryFiles(files: Record<string, string>): FileSystem {
  return { readFile: (uri) => files[uri] };
}

/**
 * The range of the `occurrence`-th (1-based) appearance of `snippet` in `text`, in LSP
 * coordinates (0-based line, UTF-16 column). Fails the test if the snippet is not there.
 */
export function rangeOf(text: string, snippet: string, occurrence = 1): Range {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(snippet, index + 1);
    assert.notEqual(index, -1, `snippet ${JSON.stringify(snippet)} (occurrence ${occurrence}) not found in test text`);
  }
  return { start: positionAt(text, index), end: positionAt(text, index + snippet.length) };
}

function positionAt(text: string, offset: number): Range['start'] {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Asserts exactly one diagnostic of `code`, with this severity and range; returns it. */
export function expectOne(diagnostics: DerouleDiagnostic[], code: RuleCode, severity: DerouleDiagnostic['severity'], range: Range): DerouleDiagnostic {
  const found = only(code, diagnostics);
  assert.equal(found.length, 1, `expected one ${code}, got ${found.length}: ${JSON.stringify(found.map((d) => d.message))}`);
  const d = found[0]!;
  assert.equal(d.severity, severity);
  assert.deepEqual(d.range, range);
  return d;
}

/** Asserts that the text produces no diagnostic at all. */
export function expectClean(text: string, options: DiagnoseOptions = {}): void {
  const diagnostics = diagnose(text, options);
  assert.deepEqual(
    diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`),
    [],
  );
}
