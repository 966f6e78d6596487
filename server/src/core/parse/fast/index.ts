/**
 * The fast path's front door: what the rest of the parse layer may use of it. Everything
 * else in this folder is an internal of the fast parser (see README.md); outside
 * `core/parse/` nothing imports this folder at all (test/unit/architecture/parseEntry.test.ts).
 */
export { fastTape } from './fastParse';
export { treeFromTape, unbuiltTape } from './fastDocuments';
export { reparseScalarEdit } from './incremental';
export type { Tape } from './tape';
export { tapeView, yamlView, type TreeView } from './treeView';
