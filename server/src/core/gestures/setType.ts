/** `setType`: a slot's type, one of the schema's (FORMAT.md 3); added under the title when it was not written. */
import { enumValues, schemaAt } from '../schema/schemaLookup';
import { slotTypes } from '../model/types';
import { isRefused, slotOf } from './context';
import { setKey, slotMap } from './slotKeys';
import type { Gesture, GestureHandler } from './types';

type SetType = Extract<Gesture, { kind: 'setType' }>;

export const setType: GestureHandler<SetType> = (analysis, gesture, m) => {
  const found = slotOf(analysis, gesture.slot, m);
  if (isRefused(found)) return found;
  const { slot } = found;
  if (!(slotTypes as readonly string[]).includes(gesture.type)) return { refused: m.gestures.unknownType(String(gesture.type), slotTypes.join(', ')) };
  const announce = m.gestures.typeSet(slot.title, typeLabel(gesture.type, m.gestures.language));
  if (slot.type === gesture.type && slotMap(analysis.doc, slot)?.has('type')) return { edits: [], announce };
  const edit = setKey(analysis.doc, slot, 'type', gesture.type);
  return edit ? { edits: [edit], announce } : { refused: m.gestures.flowSlot };
};

/** The type as a reader knows it (« pause », “break”), from the schema's labels. */
export function typeLabel(type: string, language: 'en' | 'fr'): string {
  return enumValues(schemaAt('programme', ['agenda', 0, 'type']), language).find((v) => v.value === type)?.label ?? type;
}
