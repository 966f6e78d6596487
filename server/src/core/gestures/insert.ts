/**
 * `insert`: the "+" between two slots. A new slot of the chosen type, with a default length:
 * 15 minutes for a break or a welcome (a coffee), 60 for a meal, 30 for anything else (a
 * short sequence the planner stretches with one drag of its edge). It starts when the slot
 * before it ends (at the top: when the day started); the slots after shift like a move.
 * Its time is written with the keys its neighbour uses (a range, `start` + `duration`, a
 * duration alone), in the neighbour's notation; its title says what it is until renamed.
 */
import { messagesFor } from '../messages';
import { nodeAt } from '../parse';
import { slotTypes, type Slot } from '../model/types';
import { isRefused, placeDay, programmeOf } from './context';
import { addSlot } from './newSlot';
import { timeKeys } from './retime';
import { typeLabel } from './setType';
import { textScalar } from './slotKeys';
import { clockLike, durationLike, rangeLike } from './timeText';
import type { Gesture, GestureHandler } from './types';
import type { ParsedDocument } from '../parse';

type Insert = Extract<Gesture, { kind: 'insert' }>;

export function defaultLength(type: string): number {
  return type === 'break' || type === 'welcome' ? 15 : type === 'meal' ? 60 : 30;
}

export const insert: GestureHandler<Insert> = (analysis, gesture, m) => {
  const model = programmeOf(analysis, m);
  if (isRefused(model)) return model;
  const day = placeDay(model, gesture.at);
  if (!day || day.slots.length === 0) return { refused: m.gestures.noPlace };
  if (!(slotTypes as readonly string[]).includes(gesture.type)) return { refused: m.gestures.unknownType(String(gesture.type), slotTypes.join(', ')) };
  const at = gesture.at.index;
  const doc = analysis.doc;
  const label = typeLabel(gesture.type, m.gestures.language);
  // The title is part of the programme: in its language (`language`, French by default).
  const written = model.language?.value === 'en' ? 'en' : 'fr';
  const title = messagesFor(written).gestures.newTitle(typeLabel(gesture.type, written));
  const length = defaultLength(gesture.type);
  const neighbour = (day.slots[at - 1] ?? day.slots[at])!;
  const style = timeLines(doc, neighbour, length);
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const added = addSlot(
    analysis,
    day,
    at,
    {
      length,
      explicit: style.explicit,
      title,
      text: (start, dash) => {
        const lines = [...style.lines(start), `title: ${textScalar(undefined, title, false)}`, `type: ${gesture.type}`];
        const pad = ' '.repeat(dash);
        return lines.map((l, i) => `${pad}${i === 0 ? '- ' : '  '}${l}${eol}`).join('');
      },
    },
    m,
  );
  if (isRefused(added)) return added;
  return { edits: added.edits, announce: m.gestures.inserted(label, m.gestures.clock(added.start)) };
};

/** The time keys of a new slot written like `neighbour`'s. */
function timeLines(doc: ParsedDocument, neighbour: Slot, length: number): { explicit: boolean; lines: (start: number) => string[] } {
  const keys = timeKeys(doc, neighbour);
  const quoted = (key: string, text: string) => {
    const node = nodeAt(doc.tree()?.contents, [...neighbour.path, key]);
    const q = node?.range ? doc.text[node.range[0]] : '';
    return q === '"' || q === "'" ? `${q}${text}${q}` : text;
  };
  if (keys.time !== undefined) return { explicit: true, lines: (s) => [`time: ${quoted('time', rangeLike(s, s + length, keys.time!))}`] };
  const duration = (d: unknown) => (typeof d === 'number' ? String(length) : quoted('duration', durationLike(length, d)));
  if (keys.start !== undefined) {
    return {
      explicit: true,
      lines: (s) => [`start: ${quoted('start', clockLike(s, keys.start!))}`, keys.end !== undefined && keys.duration === undefined ? `end: ${quoted('end', clockLike(s + length, keys.end))}` : `duration: ${duration(keys.duration ?? '30min')}`],
    };
  }
  if (keys.end !== undefined && keys.duration === undefined) return { explicit: false, lines: (s) => [`end: ${quoted('end', clockLike(s + length, keys.end!))}`] };
  return { explicit: false, lines: () => [`duration: ${duration(keys.duration ?? '30min')}`] };
}
