/** `rename`: a slot's title, written plain when it reads back the same, else quoted (in its own quotes when it had some). */
import { replaceValue } from '../codeActions/edits';
import { nodeAt } from '../parse';
import { isRefused, slotOf } from './context';
import { slotMap, textScalar } from './slotKeys';
import type { Gesture, GestureHandler } from './types';

type Rename = Extract<Gesture, { kind: 'rename' }>;

export const rename: GestureHandler<Rename> = (analysis, gesture, m) => {
  const found = slotOf(analysis, gesture.slot, m);
  if (isRefused(found)) return found;
  const title = typeof gesture.title === 'string' ? gesture.title.replace(/\s+/g, ' ').trim() : '';
  if (!title) return { refused: m.gestures.emptyTitle };
  const { slot } = found;
  const doc = analysis.doc;
  const node = nodeAt(doc.tree()?.contents, [...slot.path, 'title']);
  const source = node?.range ? doc.text.slice(node.range[0], node.range[1]) : undefined;
  const edit = replaceValue(doc, [...slot.path, 'title'], '');
  if (!edit || source === undefined) return { refused: m.gestures.noSlot };
  if (title === slot.title) return { edits: [], announce: m.gestures.renamed(title) };
  // replaceValue keeps the quotes; the scalar is written whole here, quotes included.
  edit.newText = textScalar(source, title, slotMap(doc, slot)?.flow ?? false);
  return { edits: [edit], announce: m.gestures.renamed(title) };
};
