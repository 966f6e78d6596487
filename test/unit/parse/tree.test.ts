/**
 * The tree is asked for (`doc.tree()`), not read through a getter that looks like a field:
 * for a text the fast path took it is built on the first call and is then the same tree;
 * for a text it declined it is `yaml`'s own document from the start.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDocument, isMap } from 'yaml';
import { unbuiltTape } from '../../../server/src/core/parse/fast';
import { parseDocument } from '../../../server/src/core/parse';

const URI = 'file:///t.programme.yaml';

test('a fast-path document builds its tree on the first tree() call, then gives the same one', () => {
  const doc = parseDocument(URI, 'title: Atelier\nagenda:\n  - time: 09:00-10:00\n    title: Accueil\n');
  assert.ok(unbuiltTape(doc), 'the fast path took the text; its tree is not built yet');
  assert.equal(Object.getOwnPropertyDescriptor(doc, 'yaml'), undefined, 'no hidden getter');
  const tree = doc.tree();
  assert.ok(isDocument(tree) && isMap(tree.contents));
  assert.equal(unbuiltTape(doc), undefined, 'asking built it');
  assert.equal(doc.tree(), tree, 'the same tree on later calls');
  assert.deepEqual(tree.toJS(), doc.data);
});

test('a document the fast path declined has yaml’s tree from the start', () => {
  const doc = parseDocument(URI, 'base: &b { title: Accueil }\ntitle: Atelier\n');
  assert.equal(unbuiltTape(doc), undefined);
  const tree = doc.tree();
  assert.ok(isDocument(tree));
  assert.equal(doc.tree(), tree);
  assert.deepEqual(tree.toJS(), doc.data);
});

test('a text with no document has no tree', () => {
  assert.equal(parseDocument(URI, '# only a comment\n').tree(), undefined);
});
