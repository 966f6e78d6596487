/**
 * Properties of the preview's gestures (issue 19) on generated programmes:
 * - moving a slot and moving it back gives the text back byte for byte, and a resize then the
 *   opposite resize too, whenever the text holds what is needed to write the times back (see
 *   `reversible`: a clock written `9:30` or `14h` loses its digit count or its minutes once
 *   rewritten through another value, and a day with gaps has no single reading of where a
 *   slot dropped after a gap starts);
 * - a move changes only time values and positions: every other line is still there, and
 *   every comment line of the document is kept by every gesture but delete;
 * - no gesture adds a diagnostic, except the information `time-gap` and the overlap asked
 *   for with Alt;
 * - no gesture throws, on any document.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/core';
import { slotTypes, type ProgrammeModel } from '../../../server/src/core/model/types';
import type { Gesture } from '../../../server/src/core/gestures/types';
import { anyDocument, faultyProgramme, PROGRAMME_URI, validProgramme, type Generated } from './arbitraries';
import { budget } from './budget';

const shared = createLanguageService({ settings: { language: 'en' } });
const service = () => shared;

function outcomeOf(text: string, gesture: Gesture): string | { refused: string } {
  const outcome = service().gesture({ uri: PROGRAMME_URI, text }, gesture, 'en');
  return 'refused' in outcome ? outcome : TextDocument.applyEdits(TextDocument.create(PROGRAMME_URI, 'yaml', 1, text), outcome.edits);
}

function apply(text: string, gesture: Gesture): string | undefined {
  const outcome = outcomeOf(text, gesture);
  return typeof outcome === 'string' ? outcome : undefined;
}

/**
 * The way back, or undefined when it is refused because it would bring back a warning the
 * original had (« 3 h 05 without a break »): no gesture adds a diagnostic, even one that was
 * there two gestures ago.
 */
function back(text: string, gesture: Gesture): string | undefined {
  const outcome = outcomeOf(text, gesture);
  if (typeof outcome === 'string') return outcome;
  assert.match(outcome.refused, /^Not applied, it would create a problem: /);
  return undefined;
}

function modelOf(text: string): ProgrammeModel {
  return service().analyse(PROGRAMME_URI, text).model as ProgrammeModel;
}

/** The day's times can be written back exactly: contiguous slots, two-digit hours with minutes, plain durations. */
function reversible(g: Generated, day: number): boolean {
  const spec = g.spec.days[day]!;
  if (spec.slots.some((s, k) => s.notation === 'start' || (k > 0 && s.start !== spec.slots[k - 1]!.end))) return false;
  const analysis = service().analyse(PROGRAMME_URI, g.text);
  const slots = (analysis.model as ProgrammeModel).days[day]?.slots ?? [];
  if (slots.some((s) => s.start === undefined || s.end === undefined)) return false;
  const lines = g.text.split(/\r?\n/);
  const first = analysis.lines(slots[0]!.path)?.first ?? 0;
  const last = analysis.lines(slots[slots.length - 1]!.path)?.last ?? lines.length;
  const values = lines.slice(first, last + 1).filter((l) => /\b(time|start|end|duration)\s*:/.test(l)).join('\n');
  const clock = /\d{1,2}(?::\d{2}|\s?[hH](?:\s?\d{2})?)/g;
  for (const line of values.split('\n')) {
    if (/duration\s*:/.test(line) && !/duration\s*:\s*["']?(\d+|\d+ ?(min|mn)|\d+:\d{2}|PT\d+M)["']?\s*(#.*)?$/.test(line)) return false;
    if (/duration\s*:/.test(line)) continue;
    for (const c of line.replace(/#.*$/, '').match(clock) ?? []) if (!/^\d{2}(?::\d{2}|[hH]\d{2})$/.test(c)) return false;
  }
  return true;
}

const dayWithSlots = (g: Generated, pick: number, min: number) => {
  const days = g.spec.days.map((d, i) => ({ i, n: d.slots.length })).filter((d) => d.n >= min);
  return days.length ? days[pick % days.length]! : undefined;
};

test('moving a slot and moving it back gives the original text byte for byte', () => {
  fc.assert(
    fc.property(validProgramme, fc.nat(), fc.nat(), fc.nat(), (g, dayPick, from, to) => {
      const d = dayWithSlots(g, dayPick, 2);
      fc.pre(d !== undefined && reversible(g, d.i));
      const i = from % d!.n;
      const place = to % (d!.n + 1);
      const moved = apply(g.text, { kind: 'move', slot: { day: d!.i, index: i }, to: { day: d!.i, index: place } });
      fc.pre(moved !== undefined);
      const now = place > i ? place - 1 : place;
      const restored = back(moved!, { kind: 'move', slot: { day: d!.i, index: now }, to: { day: d!.i, index: now < i ? i + 1 : i } });
      if (restored !== undefined) assert.equal(restored, g.text);
      // Only time values and places changed: every other line is still there.
      const others = (t: string) => t.split(/\r?\n/).filter((l) => !/\b(time|start|end|duration)\s*:/.test(l)).sort();
      assert.deepEqual(others(moved!), others(g.text));
    }),
    { ...budget(60), maxSkipsPerRun: 1000 },
  );
});

test('a resize then the opposite resize gives the original text byte for byte', () => {
  fc.assert(
    fc.property(validProgramme, fc.nat(), fc.nat(), fc.integer({ min: -6, max: 6 }), (g, dayPick, k, steps) => {
      const d = dayWithSlots(g, dayPick, 1);
      fc.pre(d !== undefined && steps !== 0 && reversible(g, d.i));
      const slot = modelOf(g.text).days[d!.i]!.slots[k % d!.n]!;
      const length = slot.end! - slot.start!;
      fc.pre(length % 5 === 0 && length + steps * 5 >= 5);
      const ref = { day: d!.i, index: k % d!.n };
      const resized = apply(g.text, { kind: 'resize', slot: ref, minutes: length + steps * 5 });
      fc.pre(resized !== undefined);
      const restored = back(resized!, { kind: 'resize', slot: ref, minutes: length });
      if (restored !== undefined) assert.equal(restored, g.text);
    }),
    { ...budget(60), maxSkipsPerRun: 1000 },
  );
});

const anyGesture = (n: number, a: number, b: number, c: number, alone: boolean): ((g: Generated) => Gesture) => (g) => {
  const day = a % Math.max(1, g.spec.days.length);
  const count = g.spec.days[day]?.slots.length ?? 1;
  const slot = { day, index: b % Math.max(1, count) };
  const other = { day: c % Math.max(1, g.spec.days.length), index: c % (count + 1) };
  const kinds: Gesture[] = [
    { kind: 'move', slot, to: other },
    { kind: 'resize', slot, minutes: 5 * (1 + (c % 24)), alone },
    { kind: 'rename', slot, title: ['Visite : « le site »', "L'atelier # 2", 'Synthèse', '  - tiret'][c % 4]! },
    { kind: 'setType', slot, type: slotTypes[c % slotTypes.length]! },
    { kind: 'duplicate', slot },
    { kind: 'delete', slot },
    { kind: 'setVisibility', slot, visibility: c % 2 ? 'team' : 'public' },
    { kind: 'insert', at: other, type: slotTypes[c % slotTypes.length]! },
    { kind: 'moveGroup', slot, group: g.spec.groups[c % Math.max(1, g.spec.groups.length)] ?? 'g1', fromTrack: b % 2, toTrack: c % 2 },
  ];
  return kinds[n % kinds.length]!;
};

test('no gesture adds a diagnostic (but time-gap, and the overlap asked for with Alt); comments stay', () => {
  fc.assert(
    fc.property(validProgramme, fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.boolean(), (g, n, a, b, c, alone) => {
      const gesture = anyGesture(n, a, b, c, alone)(g);
      const next = apply(g.text, gesture);
      if (next === undefined) return;
      const codes = (t: string) => service().check(PROGRAMME_URI, t).map((d) => d.code);
      const before = codes(g.text);
      const added = codes(next).filter((code) => {
        const i = before.indexOf(code);
        if (i >= 0) before.splice(i, 1);
        return i < 0;
      });
      const allowed = new Set(['time-gap', ...(gesture.kind === 'resize' && gesture.alone ? ['time-overlap'] : [])]);
      assert.deepEqual(added.filter((code) => !allowed.has(code)), [], `${JSON.stringify(gesture)}\n${g.text}`);
      if (gesture.kind !== 'delete') {
        const comments = (t: string) => t.split(/\r?\n/).flatMap((l) => (/^\s*#/.test(l) ? [l.trim()] : []));
        const kept = comments(next);
        for (const line of comments(g.text)) {
          const i = kept.indexOf(line);
          assert.ok(i >= 0, `comment lost: ${line}`);
          kept.splice(i, 1);
        }
      }
    }),
    budget(80),
  );
});

test('no gesture throws, on any document', () => {
  fc.assert(
    fc.property(fc.oneof(faultyProgramme, validProgramme), anyDocument, fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.boolean(), (g, other, n, a, b, c, alone) => {
      const gesture = anyGesture(n, a, b, c, alone)(g);
      for (const text of [g.text, other.text]) {
        const outcome = service().gesture({ uri: PROGRAMME_URI, text }, gesture, 'fr');
        assert.ok('refused' in outcome ? typeof outcome.refused === 'string' : Array.isArray(outcome.edits));
      }
    }),
    budget(80),
  );
});
