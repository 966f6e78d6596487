/**
 * The gestures of the preview (issue 19): each kind to its module. A module reads the
 * analysis and gives the text edits of the gesture, or why it cannot be made; this file
 * only dispatches and never lets a document make a gesture throw.
 */
import type { Analysis } from '../languageService';
import type { Messages } from '../messages';
import { deleteSlot } from './delete';
import { duplicate } from './duplicate';
import { insert } from './insert';
import { missionGesture } from './missionGestures';
import { move } from './move';
import { moveGroup } from './moveGroup';
import { rename } from './rename';
import { resize } from './resize';
import { setType } from './setType';
import { setVisibility } from './setVisibility';
import type { Gesture, GestureOutcome } from './types';

export type { Gesture, GestureOutcome } from './types';

export function applyGesture(analysis: Analysis, gesture: Gesture, m: Messages): GestureOutcome {
  switch (gesture?.kind) {
    case 'move':
      return move(analysis, gesture, m);
    case 'resize':
      return resize(analysis, gesture, m);
    case 'rename':
      return rename(analysis, gesture, m);
    case 'setType':
      return setType(analysis, gesture, m);
    case 'duplicate':
      return duplicate(analysis, gesture, m);
    case 'delete':
      return deleteSlot(analysis, gesture, m);
    case 'setVisibility':
      return setVisibility(analysis, gesture, m);
    case 'insert':
      return insert(analysis, gesture, m);
    case 'moveGroup':
      return moveGroup(analysis, gesture, m);
    case 'movePhase':
    case 'moveMilestone':
      return missionGesture(analysis, gesture, m);
    default:
      return { refused: m.gestures.notAvailable };
  }
}
