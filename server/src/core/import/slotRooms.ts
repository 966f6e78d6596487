/**
 * Rooms written in the running text of a slot (issue 17), after its title is cleaned:
 * - « Atelier A (salle Vauban) / Atelier B (salle Turenne) »: parallel sessions in a title,
 *   each in its room, become tracks with `room`;
 * - lines under a session naming one room each (« – Groupe 1 : salle Vauban ») become its
 *   tracks (a track named after a group is that group's);
 * - one room for the whole session (« Plénière (salle Vauban) ») goes at the start of the
 *   slot's description (« Salle Vauban. »): FORMAT.md gives `room` to tracks only.
 * - the boxes of parallel sessions the exports print (a name, « Animation : … », « Salle :
 *   … ») become tracks with their lead and room.
 * The room's words leave the title. Rooms of tables are placed by `tableAgenda.ts`.
 */
import { roomOf, type RoomHit } from './fields/index';
import type { SlotDraft, TrackDraft } from './state';
import { fold, words } from './text';

/** A line under a session that is a room with a short name for it, not a sentence that mentions one. */
const MAX_TRACK_WORDS = 5;
/** « Groupe 1 », « Group A », « Sous-groupe 2 »: a track that is a group's. */
const GROUP_NAME = /^(?:sous-)?(?:groupe|group)\s*[\p{L}\d]{1,3}$/u;

/** Finds or makes the person a line names and gives its id (the importer's people). */
export type PersonId = (name: string) => string | undefined;

export function placeRooms(s: SlotDraft, personId?: PersonId): void {
  if (s.fromTable || s.tracks) return;
  tracksFromTitle(s) || tracksFromBoxes(s, personId) || tracksFromLines(s);
  if (s.tracks) return;
  const hit = roomIn(s.title);
  if (hit && hit.rest) {
    s.title = hit.rest;
    describeRoom(s, hit.room);
    return;
  }
  // A line under the session that is the room alone (« salle Vauban »).
  const only = s.entries.map((e) => ({ e, hit: roomIn(e.text) })).filter((x) => x.hit);
  if (only.length === 1 && only[0]!.hit!.rest === '') {
    s.entries.splice(s.entries.indexOf(only[0]!.e), 1);
    describeRoom(s, only[0]!.hit!.room);
  }
}

/** « Atelier A (salle Vauban) / Atelier B (salle Turenne) »: every part has its room. */
function tracksFromTitle(s: SlotDraft): boolean {
  const parts = s.title.split(/\s+\/\s+|\s*;\s*/);
  if (parts.length < 2) return false;
  const hits = parts.map(roomIn);
  if (!hits.every((h): h is RoomHit => !!h && !!h.rest)) return false;
  s.tracks = hits.map((h) => track(h.rest, h.room));
  s.title = hits.map((h) => h.rest).join(' / ');
  return true;
}

/** Two lines or more under the session, each a short name and its room. */
function tracksFromLines(s: SlotDraft): boolean {
  const found = s.entries.map((e) => ({ e, hit: roomIn(e.text) })).filter((x) => x.hit && x.hit.rest && words(x.hit.rest) <= MAX_TRACK_WORDS);
  if (found.length < 2) return false;
  s.tracks = found.map(({ hit }) => track(hit!.rest, hit!.room));
  s.entries = s.entries.filter((e) => !found.some((x) => x.e === e));
  return true;
}

const ROOM_LABEL = /^(?:salle|lieu|room|venue)\s*:\s*(.+)$/i;
const LEAD_LABEL = /^(?:animation|animateur|animatrice|anim[ée]e? par|lead|led by|facilitat(?:ion|or))\s*:?\s*(.+)$/i;

/**
 * The boxes of parallel sessions as the exports print them, one after the other: a short
 * name (« Sous-groupe A »), its groups again, « Animation : Julien Marchand », « Salle :
 * Salle Vauban ». Two boxes or more, each ending with its room, become the slot's tracks.
 */
function tracksFromBoxes(s: SlotDraft, personId?: PersonId): boolean {
  const rooms = s.entries.map((e, i) => (ROOM_LABEL.test(e.text) ? i : -1)).filter((i) => i >= 0);
  if (rooms.length < 2) return false;
  const tracks: TrackDraft[] = [];
  const used = new Set<number>();
  let from = 0;
  for (const at of rooms) {
    // The box: the name, group and lead lines just above its room (what comes before them
    // is the session's own text, and stays).
    const box: { text: string; i: number }[] = [];
    for (let k = at - 1; k >= from; k--) {
      const text = s.entries[k]!.text;
      if (!LEAD_LABEL.test(text) && (words(text) > MAX_TRACK_WORDS || /[:.]/.test(text))) break;
      box.unshift({ text, i: k });
    }
    const leadLine = box.find((b) => LEAD_LABEL.test(b.text));
    const names = box.filter((b) => b !== leadLine);
    const title = names[0];
    if (!title) return false;
    const t = track(title.text, ROOM_LABEL.exec(s.entries[at]!.text)![1]!.trim());
    const groups = names.slice(1).flatMap((n) => n.text.split(/\s*,\s*/)).filter(Boolean);
    if (groups.length) t.groupNames = groups;
    const lead = leadLine && personId?.(LEAD_LABEL.exec(leadLine.text)![1]!.trim());
    if (lead) t.people.push(lead);
    else if (leadLine) t.description.push(leadLine.text);
    tracks.push(t);
    for (const b of box) used.add(b.i);
    used.add(at);
    from = at + 1;
  }
  s.tracks = tracks;
  s.entries = s.entries.filter((_, i) => !used.has(i));
  return true;
}

function track(title: string, room: string): TrackDraft {
  const t: TrackDraft = { title, room, people: [], description: [] };
  if (GROUP_NAME.test(fold(title))) t.groupNames = [title];
  return t;
}

/** The room's words at the start of the description: « Salle Vauban. » */
function describeRoom(s: SlotDraft, room: string): void {
  s.entries.unshift({ kind: 'desc', text: `${room}.`, indent: s.indent, afterBlank: false, line: s.line });
}

/**
 * A room in a title or line, unless taking it out would leave the words around it dangling
 * (« Présentation de la salle de sport » names no room where the session is).
 */
function roomIn(text: string): RoomHit | undefined {
  const hit = roomOf(text);
  if (!hit) return undefined;
  // Lower case only: « Atelier A » ends with a name, « à » with a preposition.
  if (/(?:^|\s)(?:de|du|des|la|le|les|à|au|aux|sur|pour|par|of|the|to|for)$|['’]$/u.test(hit.rest)) return undefined;
  return hit;
}
