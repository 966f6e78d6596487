/**
 * Deliberate errors put into a generated programme spec, so that every quick fix has
 * something to fix: overlaps, gaps, a `per_group` too long, unknown ids, typos in keys and
 * enum values, missing training fields, malformed times, duplicate ids.
 */
import { pick, type G } from './notation';
import type { ProgrammeSpec, SlotSpec } from './programmeArb';
import { raw } from './yamlText';

export const faultKinds = ['overlap', 'gap', 'per-group', 'unknown-ref', 'key-typo', 'enum-typo', 'training', 'bad-time', 'duplicate-id'] as const;
export type FaultKind = (typeof faultKinds)[number];

export interface Fault {
  kind: FaultKind;
  /** Random numbers that choose where (taken modulo the number of candidates). */
  a: number;
  b: number;
}

const SLOT_KEY_TYPOS: Record<string, string[]> = {
  title: ['titel', 'titre'],
  type: ['typ', 'tpye'],
  speakers: ['speakrs', 'intervenants'],
  description: ['descripton'],
  produces: ['produce'],
  duration: ['duraton', 'durée'],
  time: ['tiem', 'horaire'],
};
const TOP_KEY_TYPOS: Record<string, string[]> = { organiser: ['organizer'], subtitle: ['subtitel'], location: ['lieu', 'locaton'], objectives: ['objectifs'], audience: ['audiance'] };
const TYPE_TYPOS = ['workshp', 'pause', 'restitution', 'plénière', 'Break', 'group_work'];
const FORMAT_TYPOS = ['formation', 'atelier', 'worksop', 'seminaire'];

function typo(id: string, b: number): string {
  const i = b % id.length;
  const forms = [`${id}x`, id.slice(0, i) + id.slice(i + 1) || `${id}2`, id.slice(0, i) + (id[i] === 'e' ? 'a' : 'e') + id.slice(i + 1), 'inconnu'];
  return forms[b % forms.length]!;
}

const nth = <T>(items: T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);

export function applyFaults(g: G, p: ProgrammeSpec): void {
  const slots = (): SlotSpec[] => p.days.flatMap((d) => d.slots);
  for (const f of p.faults) {
    switch (f.kind) {
      case 'overlap': {
        // A slot with an explicit start that begins before the previous one ends.
        const day = nth(p.days, f.a)!;
        if (day.slots.length < 2) break;
        const i = 1 + (f.b % (day.slots.length - 1));
        const s = day.slots[i]!;
        const prev = day.slots[i - 1]!;
        const by = 5 * (1 + (f.b % 6));
        if (prev.end - prev.start <= by) break;
        s.notation = pick(g, ['range', 'start-duration', 'start-end'] as const);
        s.start -= by;
        // Half the time the slot also gets longer, so moving it back runs into the next one.
        if (f.a % 2 === 0) s.end -= by;
        break;
      }
      case 'gap': {
        // Later slots of the day move later, each keeping its own notation (explicit start for the first).
        const day = nth(p.days, f.a)!;
        if (day.slots.length < 2) break;
        const i = 1 + (f.b % (day.slots.length - 1));
        const by = 5 * (1 + (f.a % 9));
        if (day.slots[day.slots.length - 1]!.end + by > 23 * 60) break;
        day.slots[i]!.notation = pick(g, ['range', 'start-duration', 'start-end'] as const);
        for (const s of day.slots.slice(i)) {
          s.start += by;
          s.end += by;
        }
        break;
      }
      case 'per-group': {
        const s = nth(slots().filter((x) => x.end > x.start), f.a);
        if (!s) break;
        if (!p.groups.length) p.groups.push('g1', 'g2');
        s.type = 'report-back';
        s.groups = 'all';
        s.tracks = [];
        s.flow = false;
        s.perGroup = Math.ceil((s.end - s.start) / p.groups.length) + 5 * (1 + (f.b % 4));
        break;
      }
      case 'unknown-ref': {
        const s = nth(slots(), f.a);
        if (!s) break;
        s.flow = false;
        const which = f.b % 3;
        if (which === 0) s.speakers = [...s.speakers, typo(nth(p.people, f.b) ?? 'archi', f.b)];
        else if (which === 1) s.groups = [...(Array.isArray(s.groups) ? s.groups : []), typo(nth(p.groups, f.b) ?? 'g1', f.b)];
        else s.produces = [...s.produces, typo(nth(p.deliverables.map((d) => d.id), f.b) ?? 'synthese', f.b)];
        break;
      }
      case 'key-typo': {
        if (f.b % 3 === 0) {
          const key = nth(['organiser', 'subtitle', 'location', 'objectives', 'audience'].filter((k) => p.fields.some((e) => e.key === k)), f.a);
          if (key) p.topKeys[key] = nth(TOP_KEY_TYPOS[key]!, f.b)!;
          break;
        }
        const s = nth(slots(), f.a);
        if (!s) break;
        const present = Object.keys(SLOT_KEY_TYPOS).filter((k) => keyPresent(s, k));
        const key = nth(present, f.b);
        if (key) s.keys[key] = nth(SLOT_KEY_TYPOS[key]!, f.a)!;
        break;
      }
      case 'enum-typo': {
        const s = nth(slots(), f.a);
        if (f.b % 3 === 0 || !s) p.format = nth(FORMAT_TYPOS, f.b)!;
        else s.type = nth(TYPE_TYPOS, f.b)!;
        break;
      }
      case 'training': {
        // A training programme without some of its mandatory fields.
        p.format = 'training';
        const mandatory = ['objectives', 'prerequisites', 'evaluation', 'audience', 'accessibility'];
        p.fields = p.fields.filter((e) => !mandatory.includes(e.key) || (f.b >> mandatory.indexOf(e.key)) % 2 === 0);
        break;
      }
      case 'bad-time': {
        const s = nth(slots(), f.a);
        if (!s) break;
        const key = s.notation === 'range' ? 'time' : s.notation === 'duration' ? 'duration' : s.notation === 'end' ? 'end' : 'start';
        const bad = key === 'time' ? ['25:00-26:00', '8h75-9h00', '9h-'] : key === 'duration' ? ['1h75', 'deux heures', '-15'] : ['25:00', '8h75', '8.30'];
        s.values[key] = raw(JSON.stringify(nth(bad, f.b)));
        break;
      }
      case 'duplicate-id': {
        if (p.people.length) p.people.push(nth(p.people, f.a)!);
        else if (p.groups.length) p.groups.push(nth(p.groups, f.a)!);
        break;
      }
    }
  }
}

function keyPresent(s: SlotSpec, key: string): boolean {
  switch (key) {
    case 'title':
      return true;
    case 'type':
      return s.type !== undefined;
    case 'speakers':
      return s.speakers.length > 0;
    case 'description':
      return s.description !== undefined;
    case 'produces':
      return s.produces.length > 0;
    case 'duration':
      return s.notation === 'duration' || s.notation === 'start-duration';
    case 'time':
      return s.notation === 'range';
  }
  return false;
}
