/** `setVisibility`: `visibility: team` for the team's own slots; for everyone, the key is removed (public is the default). */
import { isRefused, slotOf } from './context';
import { removeKeyLine, setKey, slotMap } from './slotKeys';
import type { Gesture, GestureHandler } from './types';

type SetVisibility = Extract<Gesture, { kind: 'setVisibility' }>;

export const setVisibility: GestureHandler<SetVisibility> = (analysis, gesture, m) => {
  const found = slotOf(analysis, gesture.slot, m);
  if (isRefused(found)) return found;
  const { slot } = found;
  const team = gesture.visibility === 'team';
  const announce = m.gestures.visibility(slot.title, team);
  const written = slotMap(analysis.doc, slot)?.has('visibility') ?? false;
  if (team ? slot.visibility?.value === 'team' : !written) return { edits: [], announce };
  const edit = team ? setKey(analysis.doc, slot, 'visibility', 'team') : removeKeyLine(analysis.doc, slot, 'visibility');
  return edit ? { edits: [edit], announce } : { refused: m.gestures.flowSlot };
};
