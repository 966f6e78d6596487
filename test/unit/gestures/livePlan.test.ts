/**
 * One rule for the times (issue 19): what the preview shows while a slot is dragged or resized
 * (client/preview/slotPlan.ts, computed in the webview from the slots' data) is what the core's
 * edit gives after the drop. On a programme with gaps between slots, a pinned lunch and a slot
 * written with a duration alone, every move (each slot to each place of each day) and a range
 * of resizes (with and without Alt) is made by the core; the times of every slot in the text
 * it writes are compared with the webview's plan. A gesture the core refuses is one the drag
 * draws as refused, and one it makes is not drawn as refused (except a refusal for a problem
 * the new text would have, which only the check of that text finds).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import type { ProgrammeModel } from '../../../server/src/core/model/types';
import type { Gesture } from '../../../server/src/core/gestures/types';
import { messagesFor } from '../../../server/src/core/messages';
import { planMove, planResize, type Plan, type TimedDay } from '../../../client/preview/slotPlan';
import { gestureOn, after } from './helpers';

const GAPS = `title: Journées avec des trous
days:
  - date: 2026-03-12
    start: 08h45
    agenda:
      - duration: 15
        title: Café d'accueil
        type: break
      - time: 09h00-09h30
        title: Accueil
        type: welcome
      # Un quart d'heure pour s'installer
      - time: 09h45-10h45
        title: Plénière
        type: plenary
      - start: 10h45
        duration: 45min
        title: Atelier
        type: workshop
      - time: 12h00-13h30
        title: Déjeuner
        type: meal
        pinned: true
      - time: 14h00-15h00
        title: Visite
        type: site-visit
      - duration: 30
        title: Synthèse
        type: report-back
  - date: 2026-03-13
    agenda:
      - time: 09h00-09h15
        title: Café
        type: break
      - time: 09h30-10h30
        title: Restitution
        type: report-back
      - time: 10h30-11h00
        title: Clôture
        type: closing
`;

/** Every slot's times by title, as the core reads the text. */
function timesOf(text: string): Map<string, { start: number; end: number }> {
  const model = createLanguageService().analyse('file:///ws/trous.programme.yaml', text).model as ProgrammeModel;
  const times = new Map<string, { start: number; end: number }>();
  for (const day of model.days) for (const s of day.slots) times.set(s.title, { start: s.start!, end: s.end! });
  return times;
}

/**
 * The days as the webview reads them from the preview's markup (slotLive.ts: the `data-*` of
 * each day's section and of each slot's opening tag), each slot keyed by its title.
 */
function daysOf(text: string): TimedDay<string>[] {
  const service = createLanguageService();
  const uri = 'file:///ws/trous.programme.yaml';
  const html = service.preview({ uri, text }, 'team')!.html;
  const model = service.analyse(uri, text).model as ProgrammeModel;
  const attr = (tag: string, name: string) => tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1];
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return html
    .split('<section class="day"')
    .slice(1)
    .map((section) => {
      const open = section.slice(0, section.indexOf('>'));
      const day = Number(attr(open, 'data-day'));
      const slots = (section.match(/<div class="slot(?: [^"]*)?"[^>]*>/g) ?? []).map((tag) => ({
        key: model.days[day]!.slots[Number(attr(tag, 'data-index'))]!.title,
        start: number(attr(tag, 'data-start')),
        end: number(attr(tag, 'data-end')),
        pinned: attr(tag, 'data-pinned') !== undefined,
        follows: attr(tag, 'data-follows') !== undefined,
      }));
      return { start: number(attr(open, 'data-day-start')), slots };
    });
}

/** What the preview would show after the plan: each slot's times, the plan's over the old ones. */
function shown(text: string, plan: Plan<string>): Map<string, { start: number; end: number }> {
  const times = timesOf(text);
  for (const [title, t] of plan.times) times.set(title, t);
  return times;
}

/** How a refusal for a problem the edit would add begins (guard.ts: the check of the text after the edit). */
const WOULD_CREATE = messagesFor('fr').gestures.wouldCreate('\u0000').split('\u0000')[0]!;

function compare(gesture: Gesture, plan: Plan<string>, what: string): 'made' | 'refused' | 'checked' {
  const outcome = gestureOn(GAPS, gesture, 'fr');
  // The last check runs the rules on the new text (a morning without a break…): the drag does
  // not, and shows the times the edit would give; the drop's answer says why it is refused.
  if ('refused' in outcome && outcome.refused.startsWith(WOULD_CREATE)) return 'checked';
  if ('refused' in outcome) {
    assert.equal(plan.conflict, true, `${what}: the core refuses (${outcome.refused}), the drag must show a refusal`);
    return 'refused';
  }
  assert.equal(plan.conflict, false, `${what}: the core makes it, the drag must not show a refusal`);
  assert.deepEqual(Object.fromEntries(shown(GAPS, plan)), Object.fromEntries(timesOf(after(GAPS, gesture, 'fr'))), what);
  return 'made';
}

test('the preview’s markup gives the webview what the core plans with (days with gaps, a pinned lunch, slots with a duration alone, the day’s start)', () => {
  const days = daysOf(GAPS);
  assert.equal(days[0]!.start, 8 * 60 + 45);
  assert.deepEqual(days[0]!.slots.map((s) => [s.key, s.start, s.pinned, s.follows]), [
    ["Café d'accueil", 525, false, true],
    ['Accueil', 540, false, false],
    ['Plénière', 585, false, false],
    ['Atelier', 645, false, false],
    ['Déjeuner', 720, true, false],
    ['Visite', 840, false, false],
    ['Synthèse', 900, false, true],
  ]);
});

test('every move: the times the drag shows are the times of the text the core writes', () => {
  const days = daysOf(GAPS);
  const seen = { made: 0, refused: 0, checked: 0 };
  days.forEach((fromDay, d) =>
    fromDay.slots.forEach((_, i) =>
      days.forEach((toDay, t) => {
        for (let to = 0; to <= toDay.slots.length; to++) {
          // Before or just after itself: the drag shows nothing, the drop posts nothing.
          if (d === t && (to === i || to === i + 1)) continue;
          const gesture: Gesture = { kind: 'move', slot: { day: d, index: i }, to: { day: t, index: to } };
          seen[compare(gesture, planMove(days, d, i, t, to), `move ${fromDay.slots[i]!.key} to day ${t + 1}, place ${to}`)]++;
        }
      }),
    ),
  );
  // Both kinds happen: the comparison covers refusals and edits alike.
  assert.ok(seen.made > 40 && seen.refused > 3, JSON.stringify(seen));
});

test('every resize by 5 to 60 minutes either way, with and without Alt: the same times as the core', () => {
  const days = daysOf(GAPS);
  const seen = { made: 0, refused: 0, checked: 0 };
  days.forEach((day, d) =>
    day.slots.forEach((slot, i) => {
      if (slot.pinned) return; // no resize handle, no key
      const length = slot.end! - slot.start!;
      for (let by = -60; by <= 60; by += 5) {
        const minutes = length + by;
        if (by === 0 || minutes < 5) continue;
        for (const alone of [false, true]) {
          const gesture: Gesture = { kind: 'resize', slot: { day: d, index: i }, minutes, ...(alone ? { alone } : {}) };
          seen[compare(gesture, planResize(day, i, minutes, alone), `resize ${slot.key} to ${minutes} min${alone ? ' (Alt)' : ''}`)]++;
        }
      }
    }),
  );
  assert.ok(seen.made > 40 && seen.refused > 3, JSON.stringify(seen));
});

test('a slot moved down past the next one: the gap before that one is kept, in the drag and in the text', () => {
  const days = daysOf(GAPS);
  // Accueil (09h00-09h30) after the Plénière: the Plénière moves up by Accueil's length, the gap before it kept.
  const plan = planMove(days, 0, 1, 0, 3);
  assert.deepEqual(Object.fromEntries(plan.times), { Plénière: { start: 555, end: 615 }, Accueil: { start: 615, end: 645 } });
  assert.match(after(GAPS, { kind: 'move', slot: { day: 0, index: 1 }, to: { day: 0, index: 3 } }, 'fr'), /- time: 09h15-10h15\n {8}title: Plénière[\s\S]*- time: 10h15-10h45\n {8}title: Accueil/);
});
