/**
 * Assembly of the slots once every line is read: trailing text moved to the notes, slot
 * titles and types settled, groups named or counted, speakers found, deliverables tied to
 * their owners and due slots, and each slot written as a FORMAT.md slot object.
 */
import { cleanTitle, isClosingWithFreeMeal } from './fields/index';
import { roleOrOrg, speakerAfterTitle } from './people';
import { placeRooms } from './slotRooms';
import { unrecognisedComment, type ReadState, type SlotDraft, type TrackDraft } from './state';
import { collapse, escapeRe, fold, slug, uniqueId } from './text';
import { BY_GROUP, GROUP_COUNT, NUMBER_WORDS, PER_GROUP, typeFromLabel, typeFromText } from './vocabulary';
import type { CommentPlan } from './yamlWriter';

/** Trailing text after the last slot of the document, after a blank line: not the slot's, kept in the notes. */
export function moveTrailingText(r: ReadState, allSlots: SlotDraft[]): void {
  const lastSlot = allSlots[allSlots.length - 1];
if (lastSlot && !lastSlot.fromTable) {
  const e = lastSlot.entries;
  const k = e.findIndex((x, i) => x.kind === 'desc' && x.afterBlank && e.slice(i).every((y) => y.kind === 'desc'));
  if (k >= 0) {
    const moved = e.splice(k);
    const lines: string[] = [];
    moved.forEach((x, i) => {
      if (i && x.afterBlank) lines.push('');
      lines.push(x.kind === 'step' ? `- ${x.text}` : x.text);
    });
    r.notes.push({ lines, line: moved[0]!.line, unrecognised: true });
  }
}
}

/** Titles and types of the slots; the slots that speak of groups, and the largest group count written. */
export function typeSlots(r: ReadState, allSlots: SlotDraft[]): { groupMentions: SlotDraft[]; groupCount: number } {
  const m = r.m;
  let groupCount = 0;
const groupMentions: SlotDraft[] = [];
for (const s of allSlots) {
  if (!s.title) {
    s.title = m.untitledSlot;
    s.comments.push(m.untitledSlotComment);
  }
  // A table cell holds the title exactly (the Markdown export writes it so): a final
  // full stop or colon there is part of it, not end-of-line punctuation.
  s.title = s.fromTable ? collapse(s.title) : cleanTitle(s.title, { prefixes: false }).title;
  // « Title (type : plénière) », as the HTML export says it: the slot's type. A bracket
  // without « type : » (« … (exposé) ») is the author's own words and stays in the title.
  const labelled = s.fromTable ? null : /^(.*\S)\s*\(\s*type\s*:\s*([^()]+)\)$/i.exec(s.title);
  const labelType = labelled ? typeFromLabel(labelled[2]!) : undefined;
  if (labelled && labelType && (!s.type || s.type === labelType)) {
    s.title = labelled[1]!;
    s.type = labelType;
  }
  const speaker = s.fromTable ? undefined : speakerAfterTitle(s.title);
  if (speaker) {
    s.title = speaker.title;
    const p = r.people.personFromLine(speaker.who);
    if (p) s.who.push(p.name);
  }
  placeRooms(s, (name) => r.people.personFromLine(name)?.id);
  const texts = [s.title, ...s.entries.map((e) => e.text)];
  const joined = fold(texts.join('\n'));
  if (!s.type) s.type = (isClosingWithFreeMeal(s.title) ? 'closing' : undefined) ?? typeFromText(s.title) ?? (s.entries.length && !/^\d/.test(s.entries[0]!.text) ? typeFromText(s.entries[0]!.text) : undefined) ?? 'other';
  const per = PER_GROUP.exec(joined);
  if (per && !s.perGroup) s.perGroup = `${per[1]}min`;
  const count = GROUP_COUNT.exec(joined);
  if (count) {
    const n = NUMBER_WORDS.get(count[1]!) ?? Number(count[1]);
    if (n >= 2 && n <= 30) {
      groupCount = Math.max(groupCount, n);
      groupMentions.push(s);
    }
  }
  if (BY_GROUP.test(joined) || s.perGroup) groupMentions.push(s);
}
for (const text of [...r.fields.objectives, ...r.fields.context]) {
  const count = GROUP_COUNT.exec(fold(text));
  if (count) groupCount = Math.max(groupCount, NUMBER_WORDS.get(count[1]!) ?? Number(count[1]));
}
  return { groupMentions, groupCount };
}

export interface Groups {
  list: { id: string; name: string }[];
  /** Folded name → id. */
  byName: Map<string, string>;
  add(name: string): string;
}

/** Groups: named in the agenda (exports), or counted ("3 groupes"). */
export function nameGroups(r: ReadState, allSlots: SlotDraft[], groupCount: number): Groups {
  const groups: { id: string; name: string }[] = [];
  const groupIds = new Set<string>();
  const groupByName = new Map<string, string>();
const addGroup = (name: string) => {
  const key = fold(name);
  if (groupByName.has(key)) return groupByName.get(key)!;
  const num = /^(?:groupe|group|g)\s*(\d+)$/.exec(key);
  const id = uniqueId(num ? `g${num[1]}` : slug(name), groupIds);
  groups.push({ id, name });
  groupByName.set(key, id);
  return id;
};
for (const s of allSlots) for (const name of [...s.groupNames, ...(s.tracks ?? []).flatMap((t) => t.groupNames ?? [])]) addGroup(name);
for (let i = 1; i <= groupCount && groups.length < groupCount; i++) addGroup(`${r.m.group} ${i}`);
  return { list: groups, byName: groupByName, add: addGroup };
}

/** People: the who column, names in the slot, known names mentioned again (each slot's speaker ids). */
export function findSpeakers(r: ReadState, allSlots: SlotDraft[], groups: Groups): Map<SlotDraft, string[]> {
  const groupByName = groups.byName;
  const addGroup = groups.add;
const speakers = new Map<SlotDraft, string[]>();
for (const s of allSlots) {
  const ids: string[] = [...(s.speakerIds ?? [])];
  for (const w of s.who) {
    const fw = fold(w).trim();
    if (/^(?:tous les groupes|all groups|chaque groupe|each group)$/.test(fw)) {
      s.groupsAll = true;
      continue;
    }
    const names = w.split(/\s*,\s*/);
    if (names.every((n) => groupByName.has(fold(n)) || /^(?:groupe|group)\s*\S+$/.test(fold(n)))) {
      s.groupNames.push(...names.filter((n) => !s.groupNames.includes(n)));
      names.forEach(addGroup);
      continue;
    }
    const paren = /^(.*?)\s*\(((?:[^()]|\([^()]*\))*)\)$/.exec(w);
    const p = paren && paren[1] ? r.people.person(paren[1], ...roleOrOrg(paren[2]!)) : r.people.person(w);
    ids.push(p.id);
  }
  for (const text of [s.title, ...s.entries.map((e) => e.text)]) for (const p of r.people.peopleIn(text)) ids.push(p.id);
  speakers.set(s, ids);
}
for (const s of allSlots) {
  const ids = speakers.get(s)!;
  const text = fold([s.title, ...s.entries.map((e) => e.text)].join('\n'));
  for (const p of r.people.list) if (p.name.includes(' ') && new RegExp(`(?<![\\p{L}])${escapeRe(fold(p.name))}(?![\\p{L}])`, 'u').test(text)) ids.push(p.id);
  speakers.set(s, [...new Set(ids)]);
}
  return speakers;
}

/** Deliverables: ids, owners and due slots when they can be found; a slot's `Produit :` tied to them. */
export function placeDeliverables(
  r: ReadState,
  allSlots: SlotDraft[],
  groups: Groups,
  comments: CommentPlan,
): { deliverables: Record<string, unknown>[]; produced: Map<SlotDraft, string[]> } {
  const groupByName = groups.byName;
const deliverableIds = new Set<string>();
const slotIds = new Set<string>();
const deliverables = r.deliverables.map((d, k) => {
  const out: Record<string, unknown> = { id: uniqueId(slug(d.title), deliverableIds), title: d.title };
  const extra: string[] = [];
  if (d.owner) {
    const o = fold(d.owner).trim();
    const person = r.people.list.find((p) => fold(p.name) === o || fold(p.role ?? '') === o);
    const group = groupByName.get(o);
    if (/^(?:chaque groupe|each group|each-group)$/.test(o)) out.owner = 'each-group';
    else if (person) out.owner = person.id;
    else if (group) out.owner = group;
    else extra.push(d.parts.owner!);
  }
  if (d.due) {
    const due = fold(d.due.replace(/\s*\([^)]*\)\s*$/, '')).trim();
    const slot = allSlots.find((s) => fold(s.title) === due);
    if (slot) {
      slot.id ??= uniqueId(slug(slot.title), slotIds);
      out.due = slot.id;
    } else extra.push(d.parts.due!);
  }
  if (d.rest) extra.push(d.rest);
  // An owner or a due slot that matches nothing: kept in a comment, like any text not understood.
  if (extra.length) comments.deliverables.set(k, [unrecognisedComment(r, extra.join(' — '), true)]);
  return out;
});
const produced = new Map<SlotDraft, string[]>();
for (const s of allSlots) {
  const ids: string[] = [];
  for (const p of s.produces) {
    const d = deliverables.find((x) => fold(String(x.title)) === fold(p.title));
    if (d) ids.push(String(d.id));
    else s.entries.push({ kind: 'desc', text: `${p.label} : ${p.title}`, indent: 0, afterBlank: false, line: s.line });
  }
  produced.set(s, ids);
}
  return { deliverables, produced };
}

export interface SlotContext {
  comments: CommentPlan;
  speakers: Map<SlotDraft, string[]>;
  groups: Groups;
  produced: Map<SlotDraft, string[]>;
}

/** A slot as FORMAT.md writes it, its comments planned at `dayKey` (`['agenda']`, `['days', k, 'agenda']`). */
export function slotObject(r: ReadState, s: SlotDraft, i: number, dayKey: (string | number)[], ctx: SlotContext): Record<string, unknown> {
  const { comments, speakers, produced } = ctx;
  const groupByName = ctx.groups.byName;
  const o: Record<string, unknown> = {};
  if (s.id) o.id = s.id;
  if (s.time) o.time = s.time;
  if (s.start) o.start = s.start;
  if (s.duration) o.duration = s.duration;
  o.title = s.title;
  o.type = s.type;
  const desc = s.entries.filter((e) => e.kind === 'desc');
  const steps = s.entries.filter((e) => e.kind === 'step');
  if (desc.length) {
    o.description = desc.map((e, k) => (k && e.afterBlank ? `\n${e.text}` : e.text)).join('\n');
    const odd = desc.filter((e) => e.unrecognised);
    if (odd.length) comments.slotKeys.set([...dayKey, i, 'description'].join('\u0000'), odd.map((e) => unrecognisedComment(r, e.text)));
  }
  if (steps.length) o.steps = steps.map((e) => e.text);
  const sp = speakers.get(s)!;
  if (sp.length) o.speakers = sp;
  // « par groupe avec un Conseil »: each group goes its own way with its guide, in parallel: one track per group.
  if (s.groupsAll && ctx.groups.list.length >= 2 && /(?<![\p{L}])par (?:sous-)?groupes? avec (?:un|une|son|sa|leur) /u.test(fold(s.title))) {
    o.tracks = ctx.groups.list.map((g) => ({ title: g.name, groups: [g.id] }));
  } else if (s.groupsAll) o.groups = 'all';
  else if (s.groupNames.length) o.groups = [...new Set(s.groupNames.map((n) => groupByName.get(fold(n))!))];
  if (s.perGroup) o.per_group = s.perGroup;
  if (s.tracks) o.tracks = s.tracks.map((t) => trackObject(t, groupByName));
  if (s.materials.length) o.materials = s.materials;
  const produces = produced.get(s)!;
  if (produces.length) o.produces = produces;
  if (s.notes.length) o.notes = s.notes.join('\n');
  if (s.comments.length) comments.slots.set([...dayKey, i].join('\u0000'), s.comments);
  return o;
}

/** A parallel session: its title, room, lead (the first person) and other speakers. */
function trackObject(t: TrackDraft, groupByName: Map<string, string>): Record<string, unknown> {
  const o: Record<string, unknown> = { title: t.title };
  const groups = (t.groupNames ?? []).map((n) => groupByName.get(fold(n))).filter((id): id is string => !!id);
  if (groups.length) o.groups = groups;
  if (t.description.length) o.description = t.description.join('\n');
  const [lead, ...others] = [...new Set(t.people)];
  if (lead) o.lead = lead;
  if (others.length) o.speakers = others;
  if (t.room) o.room = t.room;
  return o;
}
