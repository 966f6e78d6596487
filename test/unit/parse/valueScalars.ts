/** Where the values of a document are: the tests of the incremental path type there. */
import { visit } from 'yaml';
import type { ParsedDocument } from '../../../server/src/core/parse/parseDocument';

/** Start and end offsets of every scalar that is a value (not a key) in a document. */
export function valueScalars(doc: ParsedDocument): [number, number][] {
  const out: [number, number][] = [];
  const tree = doc.tree();
  if (!tree) return out;
  visit(tree, {
    Scalar(key, node) {
      if (key !== 'key' && node.range) out.push([node.range[0], node.range[1]]);
    },
  });
  return out;
}
