/**
 * The parse layer's front door: text → `ParsedDocument` (tree, data, syntax problems, exact
 * source ranges), the incremental re-parse of a one-scalar edit, and the lookups by data
 * path or by position. Every module outside `core/parse/` imports the layer from here and
 * from nowhere else (test/unit/architecture/parseEntry.test.ts); the fast parser behind
 * `parseDocument` is described in fast/README.md.
 */
export {
  DEFAULT_MAX_TEXT_LENGTH,
  documentKind,
  isDerouleFile,
  kindFromUri,
  parseDocument,
  reparseEdit,
  YAML_OPTIONS,
  type ParsedDocument,
  type ParseOptions,
  type SyntaxProblem,
} from './parseDocument';
export { locate, type Location } from './locate';
export { headRangeAt, keyRangeAt, nodeAt, rangeAt, rangeOfNode, rangeOfOffsets, valueRangeAt, type PathSegment } from './nodes';
export { replacementFor, scalarText } from './scalarText';
