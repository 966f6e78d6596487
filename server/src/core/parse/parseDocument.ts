/**
 * Text → YAML document with exact source ranges. Every later step (schema, model, rules,
 * features) works on the `ParsedDocument` this returns, so a version is parsed once.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDocument, parseAllDocuments, visit, type Document } from 'yaml';
import type { DocumentKind, Range } from '../types';
import { fastTape, reparseScalarEdit, treeFromTape } from './fast';
import { lineIndex } from './lines';
import { findExcessiveNesting } from './nestingGuard';

/** yaml's expansion budget (aliases × nodes they copy): beyond it, a "billion laughs" bomb. */
const MAX_ALIAS_COUNT = 100_000;

export interface SyntaxProblem {
  range: Range;
  /** `yaml`'s error code (`BAD_INDENT`, `DUPLICATE_KEY`…) or one of ours. */
  code: string;
  /** The parser's own English message, used when we have no translation for the code. */
  detail: string;
}

export interface ParsedDocument {
  uri: string;
  text: string;
  kind: DocumentKind;
  /**
   * Offset ↔ position conversion (handles CRLF, lone CR and UTF-16 columns). Read-only: a
   * large text's index is an Int32Array (parse/lines.ts), which `TextDocument.update`
   * cannot splice; a new version gets a new ParsedDocument.
   */
  lines: TextDocument;
  /**
   * The first YAML document's tree; the only one that is checked. For a text the fast
   * parser took, it is built on the first call (the diagnostics need only the data and the
   * tape: parse/fast/README.md); later calls return the same tree.
   */
  tree(): Document.Parsed | undefined;
  /** Ranges of the second and later `---` documents (each is one `multi-document` problem). */
  extraDocuments: Range[];
  syntax: SyntaxProblem[];
  /** The plain data of the first document, or undefined when it could not be built. */
  data: unknown;
}

const KIND_BY_NAME: [RegExp, DocumentKind][] = [
  [/\.programme\.ya?ml$/i, 'programme'],
  [/\.mission\.ya?ml$/i, 'mission'],
];

/** The kind is decided by the file name; for other names, by the presence of mission keys. */
export function kindFromUri(uri: string): DocumentKind | undefined {
  for (const [re, kind] of KIND_BY_NAME) if (re.test(uri)) return kind;
  return undefined;
}

/** The kind a text is checked as: the one given, else the name's, else a programme. */
export function documentKind(uri: string, kind?: DocumentKind): DocumentKind {
  return kind ?? kindFromUri(uri) ?? 'programme';
}

export function isDerouleFile(uri: string): boolean {
  return kindFromUri(uri) !== undefined;
}

/** The options of the full parser; the fast path builds the tree they give (test/unit/parse). */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true, version: '1.2', logLevel: 'error' } as const;

/** Texts longer than this (in UTF-16 units) are not analysed: parsing would freeze the editor. */
export const DEFAULT_MAX_TEXT_LENGTH = 4_000_000;

/** C0 controls other than tab, LF and CR, DEL, and the non-characters U+FFFE/U+FFFF: not YAML-printable. */
const CONTROL_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;
/** At most this many control characters are reported, so a binary file gives a short list. */
const MAX_CONTROL_REPORTS = 10;

export interface ParseOptions {
  kind?: DocumentKind;
  maxTextLength?: number;
}

export function parseDocument(uri: string, text: string, options: ParseOptions = {}): ParsedDocument {
  const kind = options.kind;
  const maxLength = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
  const tooLarge = text.length > maxLength;
  // Over the limit, the lines are never indexed (see below).
  const lines = tooLarge ? TextDocument.create(uri, 'yaml', 0, text) : lineIndex(uri, text);
  const rangeAt = (start: number, end: number): Range => ({
    start: lines.positionAt(start),
    end: lines.positionAt(Math.max(start, end)),
  });
  const result: ParsedDocument = {
    uri,
    text,
    kind: documentKind(uri, kind),
    lines,
    tree: () => undefined,
    extraDocuments: [],
    syntax: [],
    data: undefined,
  };

  if (tooLarge) {
    // A literal range: `positionAt` would index every line of a 50 MB text on each keystroke.
    const start = { line: 0, character: 0 };
    result.syntax.push({ range: { start, end: start }, code: 'TOO_LARGE', detail: `${text.length} > ${maxLength}` });
    return result;
  }
  let controls = 0;
  for (const match of text.matchAll(CONTROL_CHAR)) {
    if (++controls > MAX_CONTROL_REPORTS) break;
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    result.syntax.push({ range: rangeAt(match.index, match.index + 1), code: 'CONTROL_CHAR', detail: `U+${code}` });
  }

  // Most programmes are plain block YAML: the fast path builds the same tree ~3× faster
  // (it leaves deep nesting to the full parser, so the guard below reports it as before).
  const fast = controls === 0 ? fastTape(text) : undefined;
  if (fast) {
    result.data = fast.data;
    result.tree = treeFromTape(result, fast.tape);
    return result;
  }

  const tooDeep = findExcessiveNesting(text);
  if (tooDeep) {
    result.syntax.push({ range: rangeAt(tooDeep.offset, tooDeep.offset + 1), code: 'NESTING', detail: 'nesting too deep' });
    return result;
  }

  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, YAML_OPTIONS);
  } catch (e) {
    result.syntax.push({ range: rangeAt(0, 0), code: 'PARSER', detail: String(e) });
    return result;
  }
  // parseAllDocuments returns an EmptyStream (an array with .empty) for comment-only text.
  const list = Array.isArray(docs) ? docs.filter(isDocument) : [];
  const first = list[0] as Document.Parsed | undefined;
  result.tree = () => first;
  for (const doc of list) {
    for (const err of doc.errors) {
      // A duplicate key is reported on its first character; underline the whole key.
      const detail = firstLine(err.message);
      let [start, end] = err.pos;
      // `title: Atelier : diagnostic`: underline the whole value, where the `: ` is.
      if (err.code === 'BLOCK_AS_IMPLICIT_KEY') end = Math.max(end, lineContentEnd(text, start));
      if (err.code === 'DUPLICATE_KEY') end = keyEnd(text, start);
      // An unclosed `[` or `{` is detected where the next line starts; point at the bracket.
      const flow = err.code === 'BAD_INDENT' && /^Flow (sequence|mapping)/.exec(detail);
      if (flow) {
        const open = text.lastIndexOf(flow[1] === 'sequence' ? '[' : '{', start);
        if (open >= 0) [start, end] = [open, open + 1];
      }
      result.syntax.push({ range: rangeAt(start, end), code: err.code, detail });
    }
  }
  for (const extra of list.slice(1)) {
    // Point at the `---` that starts the extra document: the separator is the problem.
    const marker = documentMarkerBefore(text, extra.range?.[0] ?? 0);
    result.extraDocuments.push(rangeAt(marker, marker + 3));
  }
  if (first) {
    try {
      result.data = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      const alias = firstAliasOffset(first);
      result.syntax.push({ range: rangeAt(alias, alias + 1), code: 'ALIAS_BOMB', detail: String(e) });
      result.data = undefined;
    }
  }
  return result;
}

/**
 * The document of `text`, built from `previous` when the edit between them is a change
 * inside one scalar value (parse/fast/incremental.ts); undefined when the whole text must
 * be parsed with `parseDocument`.
 */
export function reparseEdit(previous: ParsedDocument, text: string, maxTextLength: number): ParsedDocument | undefined {
  // A version that gave its tree to the next one parses its own text again when asked for it.
  const reparseTree = (doc: ParsedDocument) => parseDocument(doc.uri, doc.text, { kind: doc.kind, maxTextLength: Number.MAX_SAFE_INTEGER }).tree();
  return reparseScalarEdit(previous, text, maxTextLength, reparseTree);
}

function lineContentEnd(text: string, from: number): number {
  const m = /[^\r\n]*/.exec(text.slice(from));
  const line = m ? m[0].replace(/\s+(#.*)?$/, '') : '';
  return from + line.length;
}

function keyEnd(text: string, start: number): number {
  const m = /^(?:"[^"\n]*"|'[^'\n]*'|[^:\n]*?)(?=\s*:(?:\s|$))/.exec(text.slice(start, start + 1100));
  return m && m[0].length > 0 ? start + m[0].length : start + 1;
}

function firstLine(message: string): string {
  const i = message.indexOf('\n');
  return (i < 0 ? message : message.slice(0, i)).replace(/ at line \d+, column \d+:?$/, '');
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** The `---` that opens the document starting at `pos` (its marker line), or `pos` itself. */
function documentMarkerBefore(text: string, pos: number): number {
  const re = /^---/gm;
  let found = -1;
  for (let m = re.exec(text); m && m.index <= pos; m = re.exec(text)) found = m.index;
  return found >= 0 ? found : pos;
}
