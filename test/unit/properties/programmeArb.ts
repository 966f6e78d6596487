/**
 * Random programmes (FORMAT.md §3) as YAML text: one day or several, people, groups,
 * deliverables, tracks, `per_group`, every time notation, comments, flow and block styles.
 * The spec is built first (times consistent by construction), then optional faults are
 * applied to it (overlaps, a `per_group` too long, unknown ids, typos in keys and values,
 * missing training fields), then it is written out.
 */
import fc from 'fast-check';
import { slotTypes } from '../../../server/src/core/model/types';
import { applyFaults, faultKinds, type Fault } from './faults';
import { chance, clock, comment, duration, ids, int, isoDate, pick, range, text, timeValue, title, type G } from './notation';
import { entry, map, raw, render, scalar, seq, type Entry, type Y } from './yamlText';

export type Notation = 'range' | 'start-duration' | 'start-end' | 'duration' | 'end' | 'start';

export interface SlotSpec {
  start: number;
  end: number;
  notation: Notation;
  title: string;
  type?: string;
  id?: string;
  speakers: string[];
  groups?: 'all' | string[];
  perGroup?: number;
  tracks: { title: string; groups: string[]; lead?: string; room?: string }[];
  steps: string[];
  produces: string[];
  description?: string;
  flow: boolean;
  /** Key names as written (a fault can misspell one). */
  keys: Record<string, string>;
  /** Raw replacements of values (a fault can write `25:00` or `workshp`). */
  values: Record<string, Y>;
}

export interface DaySpec {
  date: number;
  title?: string;
  start?: number;
  slots: SlotSpec[];
}

export interface ProgrammeSpec {
  title: string;
  format: string;
  multiDay: boolean;
  fields: Entry[];
  people: string[];
  groups: string[];
  deliverables: { id: string; title: string; owner?: string; due?: string }[];
  days: DaySpec[];
  topKeys: Record<string, string>;
  faults: Fault[];
}

const PEOPLE = ['archi', 'paysagiste', 'ddtm-59', 'cerema_med', 'caue', 'elu', 'animatrice'];
const GROUPS = ['g1', 'g2', 'g3', 'g4', 'groupe-nord'];
const DELIVERABLES = ['synthese', 'carte', 'compte-rendu', 'plan-action'];
const FORMATS = ['workshop', 'training', 'seminar', 'committee', 'meeting', 'site-visit', 'other'];

function slotSpec(g: G, start: number, length: number, first: boolean, hasDayStart: boolean, gapBefore: boolean, people: string[], groups: string[], deliverables: string[]): SlotSpec {
  const explicit: Notation[] = ['range', 'range', 'start-duration', 'start-end'];
  const notation: Notation = gapBefore || (first && !hasDayStart) ? pick(g, explicit) : pick(g, [...explicit, 'duration', 'duration', 'end']);
  const type = chance(g, 0.85) ? pick(g, slotTypes) : undefined;
  const s: SlotSpec = { start, end: start + length, notation, title: title(g), speakers: [], tracks: [], steps: [], produces: [], flow: false, keys: {}, values: {}, ...(type ? { type } : {}) };
  if (people.length && chance(g, 0.4)) s.speakers = people.filter(() => chance(g, 0.5));
  if (groups.length && chance(g, 0.35)) s.groups = chance(g, 0.5) ? 'all' : groups.filter(() => chance(g, 0.6));
  if (type === 'report-back' && groups.length && chance(g, 0.7)) {
    s.groups = 'all';
    s.perGroup = Math.max(1, Math.floor(length / groups.length));
  }
  if (type === 'group-work' && groups.length && chance(g, 0.6)) {
    s.tracks = groups.map((gr) => ({ title: title(g), groups: [gr], ...(people.length && chance(g, 0.5) ? { lead: pick(g, people) } : {}), ...(chance(g, 0.3) ? { room: 'Salle du conseil' } : {}) }));
  }
  if (chance(g, 0.25)) s.steps = ['Lecture de cartes', 'Repérage sur le terrain', 'Mise en commun'].filter(() => chance(g, 0.6));
  if (deliverables.length && chance(g, 0.3)) s.produces = [pick(g, deliverables)];
  if (chance(g, 0.2)) s.description = pick(g, ['Chaque groupe présente sa carte.', 'Prévoir le vidéoprojecteur', "Animation : méthode « world café »"]);
  s.flow = chance(g, 0.1) && !s.speakers.length && !s.tracks.length && !s.steps.length && !s.produces.length && s.groups === undefined;
  return s;
}

function daySpec(g: G, date: number, people: string[], groups: string[], deliverables: string[]): DaySpec {
  const hasStart = chance(g, 0.4);
  let t = int(g, 28, 40) * 15; // 07:00 – 10:00
  const day: DaySpec = { date, slots: [], ...(hasStart ? { start: t } : {}) };
  if (chance(g, 0.3)) day.title = pick(g, ['Session 1 — diagnostic', 'Jour 2 : propositions', 'Atelier de restitution']);
  const n = int(g, 1, 7);
  for (let i = 0; i < n; i++) {
    const gap = i > 0 && chance(g, 0.15) ? int(g, 1, 12) * 5 : 0;
    const length = int(g, 1, 30) * 5;
    if (t + gap + length > 23 * 60) break;
    t += gap;
    day.slots.push(slotSpec(g, t, length, i === 0, hasStart, gap > 0, people, groups, deliverables));
    t += length;
  }
  // Sometimes the day closes on a milestone: `start` alone, last slot (`17h00 Fin`).
  if (chance(g, 0.1) && t < 23 * 60) day.slots.push({ ...slotSpec(g, t, 0, false, true, true, [], [], []), notation: 'start', end: t, type: 'closing' });
  return day;
}

/** The spec of a valid programme (faults empty). */
export function programmeSpec(g: G, only?: { date: number }): ProgrammeSpec {
  const format = chance(g, 0.6) ? 'workshop' : pick(g, FORMATS);
  const people = ids(g, PEOPLE, int(g, 0, 5));
  const groups = ids(g, GROUPS, int(g, 0, 4));
  const delivIds = ids(g, DELIVERABLES, int(g, 0, 3));
  const deliverables = delivIds.map((id) => ({ id, title: title(g), ...(chance(g, 0.5) && (groups.length || people.length) ? { owner: pick(g, [...groups, ...people, 'each-group']) } : {}) }));
  // `only`: one day at this date (a programme linked from a mission's phase).
  const multiDay = !only && chance(g, 0.3);
  let date = only?.date ?? 18_900 + int(g, 0, 2000);
  const days: DaySpec[] = [];
  for (let i = 0, n = multiDay ? int(g, 1, 3) : 1; i < n; i++) {
    days.push(daySpec(g, date, people, groups, delivIds));
    date += int(g, 1, 30);
  }
  // Every deliverable is produced somewhere when possible (so `deliverable-unproduced` stays rare).
  const allSlots = days.flatMap((d) => d.slots);
  for (const d of deliverables) if (allSlots.length && chance(g, 0.8)) pick(g, allSlots).produces.push(d.id);
  for (const s of allSlots) s.produces = [...new Set(s.produces)];
  const slotIds = ['accueil', 'restitution', 'visite', 'synthese-finale'];
  for (const s of allSlots) if (chance(g, 0.2) && slotIds.length) s.id = slotIds.shift();
  const withId = allSlots.filter((s) => s.id);
  for (const d of deliverables) if (withId.length && chance(g, 0.4)) Object.assign(d, { due: pick(g, withId).id });
  return { title: title(g), format, multiDay, fields: topFields(g, format), people, groups, deliverables, days, topKeys: {}, faults: [] };
}

function topFields(g: G, format: string): Entry[] {
  const out: Entry[] = [];
  const training = format === 'training';
  if (chance(g, 0.4)) out.push(entry('subtitle', text(g, 'Atelier territorial — commune de Poix-du-Nord'), comment(g)));
  if (chance(g, 0.2)) out.push(entry('language', raw(pick(g, ['fr', 'en']))));
  if (chance(g, 0.4)) out.push(entry('organiser', text(g, pick(g, ['DDTM 59', 'Cerema Méditerranée', 'CAUE du Nord']))));
  if (training || chance(g, 0.3)) out.push(entry('audience', chance(g, 0.5) ? text(g, 'Agents de la DDTM (front office)') : seq([text(g, 'Élus', true), text(g, "Chargés d'études", true)], chance(g, 0.5))));
  if (chance(g, 0.3)) out.push(entry('participants', raw(String(int(g, 1, 80)))));
  if (chance(g, 0.4)) {
    out.push(entry('location', chance(g, 0.5) ? text(g, 'Poix-du-Nord (59)') : map([entry('name', text(g, 'Salle des fêtes')), entry('commune', text(g, 'Poix-du-Nord'))], chance(g, 0.3))));
  }
  if (training || chance(g, 0.4)) out.push(entry('objectives', seq([text(g, 'Échanger sur le positionnement de la DDTM', true), text(g, 'Partager un diagnostic', true)], chance(g, 0.3)), comment(g)));
  if (training) {
    out.push(entry('prerequisites', seq([text(g, 'Aucun', true)], chance(g, 0.5))));
    out.push(entry('evaluation', text(g, 'Questionnaire de satisfaction à chaud')));
    out.push(entry('accessibility', text(g, 'Salle accessible aux personnes à mobilité réduite')));
  }
  if (chance(g, 0.25)) out.push(entry('context', { kind: 'literal', lines: ['La ville de Poix du Nord est une petite commune rurale.', '', 'Elle compte 1 500 habitants : # pas un commentaire'] }));
  if (chance(g, 0.15)) out.push(entry('notes', text(g, 'Clés de la salle chez le gardien')));
  return out;
}

export function slotYaml(g: G, s: SlotSpec): Y {
  const k = (key: string) => s.keys[key] ?? key;
  const e: Entry[] = [];
  const v = (key: string, value: Y) => s.values[key] ?? value;
  const c = () => (s.flow ? undefined : comment(g));
  if (s.id) e.push(entry(k('id'), raw(s.id)));
  switch (s.notation) {
    case 'range':
      e.push(entry(k('time'), v('time', timeValue(g, range(g, s.start, s.end))), c()));
      break;
    case 'start-duration':
      e.push(entry(k('start'), v('start', timeValue(g, clock(g, s.start))), c()), entry(k('duration'), v('duration', duration(g, s.end - s.start)), c()));
      break;
    case 'start-end':
      e.push(entry(k('start'), v('start', timeValue(g, clock(g, s.start))), c()), entry(k('end'), v('end', timeValue(g, clock(g, s.end))), c()));
      break;
    case 'duration':
      e.push(entry(k('duration'), v('duration', duration(g, s.end - s.start)), c()));
      break;
    case 'end':
      e.push(entry(k('end'), v('end', timeValue(g, clock(g, s.end))), c()));
      break;
    case 'start':
      e.push(entry(k('start'), v('start', timeValue(g, clock(g, s.start))), c()));
      break;
  }
  // Keys in a random but valid order: title before or after the time.
  e.splice(chance(g, 0.5) ? 0 : e.length, 0, entry(k('title'), v('title', text(g, s.title, s.flow)), c()));
  if (s.type) e.push(entry(k('type'), v('type', raw(s.type)), c()));
  if (s.description) e.push(entry(k('description'), text(g, s.description, s.flow)));
  if (s.steps.length) e.push(entry(k('steps'), seq(s.steps.map((x) => text(g, x, true)), chance(g, 0.3))));
  if (s.speakers.length) e.push(entry(k('speakers'), seq(s.speakers.map(raw), chance(g, 0.6)), c()));
  if (s.groups !== undefined) e.push(entry(k('groups'), s.groups === 'all' ? raw('all') : seq(s.groups.map(raw), chance(g, 0.6))));
  if (s.perGroup !== undefined) e.push(entry(k('per_group'), v('per_group', duration(g, s.perGroup)), c()));
  if (s.tracks.length) {
    const tracks = s.tracks.map((t) => {
      const te: Entry[] = [entry('title', text(g, t.title, true)), entry('groups', seq(t.groups.map(raw), true))];
      if (t.lead) te.push(entry('lead', raw(t.lead)));
      if (t.room) te.push(entry('room', text(g, t.room, true)));
      return map(te, chance(g, 0.2));
    });
    e.push(entry(k('tracks'), seq(tracks)));
  }
  if (s.produces.length) e.push(entry(k('produces'), seq(s.produces.map(raw), chance(g, 0.5))));
  if (!s.flow && e[0] && chance(g, 0.1)) e[0].above = pick(g, ['séquence suivante', 'après la pause']);
  return map(e, s.flow);
}

export function programmeYaml(g: G, p: ProgrammeSpec): Y {
  const k = (key: string) => p.topKeys[key] ?? key;
  const root: Entry[] = [entry(k('title'), text(g, p.title), comment(g, 0.3))];
  if (p.format !== 'workshop' || chance(g, 0.5)) root.push(entry(k('format'), raw(p.format), comment(g)));
  root.push(...p.fields.map((f) => ({ ...f, key: k(f.key) })));
  if (p.people.length) {
    root.push(entry(k('people'), seq(p.people.map((id) => map([entry('id', raw(id)), entry('name', text(g, pick(g, ['Claire Martin', 'Jean-Luc Dupré', 'Aïcha Benali', 'Éloïse Œillet']), true)), ...(chance(g, 0.5) ? [entry('role', text(g, 'Architecte conseil', true))] : [])], chance(g, 0.3))))));
  }
  if (p.groups.length) root.push(entry(k('groups'), seq(p.groups.map((id) => map([entry('id', raw(id)), ...(chance(g, 0.4) ? [entry('name', text(g, `Groupe ${id}`, true))] : [])], chance(g, 0.5))), chance(g, 0.4)), comment(g)));
  if (p.deliverables.length) {
    root.push(
      entry(k('deliverables'), seq(p.deliverables.map((d) => map([entry('id', raw(d.id)), entry('title', text(g, d.title)), ...(d.owner ? [entry('owner', raw(d.owner))] : []), ...(d.due ? [entry('due', raw(d.due))] : [])])))),
    );
  }
  const agenda = (d: DaySpec) => seq(d.slots.map((s) => slotYaml(g, s)));
  if (!p.multiDay) {
    const d = p.days[0]!;
    root.push(entry(k('date'), raw(isoDate(d.date)), comment(g)));
    if (d.start !== undefined) root.push(entry(k('start'), timeValue(g, clock(g, d.start))));
    root.push(entry(k('agenda'), agenda(d), comment(g), chance(g, 0.2) ? 'déroulé de la journée' : undefined));
  } else {
    const days = p.days.map((d) => {
      const e: Entry[] = [entry('date', raw(isoDate(d.date)), comment(g))];
      if (d.title) e.push(entry('title', text(g, d.title)));
      if (d.start !== undefined) e.push(entry('start', timeValue(g, clock(g, d.start))));
      e.push(entry('agenda', agenda(d)));
      return map(e);
    });
    root.push(entry(k('days'), seq(days)));
  }
  return map(root);
}

export interface Generated {
  text: string;
  spec: ProgrammeSpec;
}

/** A valid programme as YAML text (LF line ends, sometimes CRLF). */
export const validProgramme: fc.Arbitrary<Generated> = fc.gen().map((g) => {
  const spec = programmeSpec(g);
  return { text: render(programmeYaml(g, spec), chance(g, 0.1) ? '\r\n' : '\n'), spec };
});

/** A programme with 1–4 deliberate errors (see `faults.ts`). */
export const faultyProgramme: fc.Arbitrary<Generated> = fc.gen().map((g) => {
  const spec = programmeSpec(g);
  const n = int(g, 1, 4);
  for (let i = 0; i < n; i++) spec.faults.push({ kind: pick(g, faultKinds), a: int(g, 0, 1000), b: int(g, 0, 1000) });
  applyFaults(g, spec);
  return { text: render(programmeYaml(g, spec)), spec };
});

export { scalar };
