/**
 * Rooms written in the running text of a slot (issue 17), after its title is cleaned:
 * - « Atelier A (salle Vauban) / Atelier B (salle Turenne) »: parallel sessions in a title,
 *   each in its room, become tracks with `room`;
 * - lines under a session naming one room each (« – Groupe 1 : salle Vauban ») become its
 *   tracks (a track named after a group is that group's);
 * - one room for the whole session (« Plénière (salle Vauban) ») goes at the start of the
 *   slot's description (« Salle Vauban. »): FORMAT.md gives `room` to tracks only.
 * The room's words leave the title. Rooms of tables are placed by `tableAgenda.ts`.
 */
import { roomOf, type RoomHit } from './fields/index';
import type { SlotDraft, TrackDraft } from './state';
import { fold, words } from './text';

/** A line under a session that is a room with a short name for it, not a sentence that mentions one. */
const MAX_TRACK_WORDS = 5;
/** « Groupe 1 », « Group A », « Sous-groupe 2 »: a track that is a group's. */
const GROUP_NAME = /^(?:sous-)?(?:groupe|group)\s*[\p{L}\d]{1,3}$/u;

export function placeRooms(s: SlotDraft): void {
  if (s.fromTable || s.tracks) return;
  tracksFromTitle(s) || tracksFromLines(s);
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
