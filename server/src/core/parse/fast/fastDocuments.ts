/**
 * The documents the fast path built, each with its tape (the incremental path starts only
 * from those) and its tree, built from the tape the first time `doc.tree()` is called: the
 * diagnostics need only the data and the tape (parse/nodes.ts reads ranges from it), so most
 * versions of a document never build yaml's nodes.
 */
import type { Document } from 'yaml';
import type { ParsedDocument } from '../parseDocument';
import { materialize } from './materialize';
import type { Tape } from './tape';

type Tree = Document.Parsed | undefined;

interface FastTree {
  tape: Tape;
  /** Set once yaml's tree is built (its nodes then read their ranges from the tape). */
  tree?: { value: Tree };
}
const fastDocuments = new WeakMap<ParsedDocument, FastTree>();

export const fromFastPath = (doc: ParsedDocument): boolean => fastDocuments.has(doc);

/** The tape of a document whose tree is not built yet. */
export function unbuiltTape(doc: ParsedDocument): Tape | undefined {
  const fast = fastDocuments.get(doc);
  return fast && !fast.tree ? fast.tape : undefined;
}

/** The tape of a fast-path document, with its tree built (the incremental path moves both). */
export function builtTape(doc: ParsedDocument): Tape | undefined {
  const fast = fastDocuments.get(doc);
  if (fast && !fast.tree) doc.tree();
  return fast?.tape;
}

/** Records `doc` as built from `tape`; returns its `tree()`, which builds the tree on first call. */
export function treeFromTape(doc: ParsedDocument, tape: Tape): () => Tree {
  const fast: FastTree = { tape };
  fastDocuments.set(doc, fast);
  return () => (fast.tree ??= { value: materialize(fast.tape, doc.text.length) }).value;
}

/** Records `doc` as built from `tape`, whose tree `tree` is already built. */
export const markFastPath = (doc: ParsedDocument, tape: Tape, tree: Tree): void => void fastDocuments.set(doc, { tape, tree: { value: tree } });
export const forgetFastPath = (doc: ParsedDocument): void => void fastDocuments.delete(doc);
