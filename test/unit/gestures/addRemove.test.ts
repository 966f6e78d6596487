/** duplicate, delete, insert: the exact text after, times as a planner expects. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { after, announce, codes, refusal } from './helpers';
import { defaultLength } from '../../../server/src/core/gestures/insert';

const ranges = `title: Atelier
date: 2021-10-20
deliverables:
  - id: carte
    title: Carte
    due: visite
agenda:
  - time: 08h30-09h00
    title: Accueil
    type: welcome
  # sur le terrain
  - id: visite
    time: 09h00-10h30 # en car
    title: Visite
    type: site-visit
  - time: 10h30-10h45
    title: Pause
    type: break
  - time: 12h00-13h30
    title: Déjeuner
    type: meal
    pinned: true
`;

test('duplicate: the copy after the original (no id, not the comment above); a slot pushed into the pinned lunch goes after it', () => {
  const text = after(ranges, { kind: 'duplicate', slot: { day: 0, index: 2 } });
  assert.equal(text, ranges.replace('    type: break\n', '    type: break\n  - time: 10h45-11h00\n    title: Pause\n    type: break\n'));
  assert.equal(announce(ranges, { kind: 'duplicate', slot: { day: 0, index: 2 } }, 'fr'), 'Séance « Pause » dupliquée à 10h45');
  const visit = after(ranges, { kind: 'duplicate', slot: { day: 0, index: 1 } });
  assert.equal(
    visit,
    ranges
      .replace('  - time: 10h30-10h45\n    title: Pause\n    type: break\n', '  - time: 10h30-12h00 # en car\n    title: Visite\n    type: site-visit\n')
      .replace('    pinned: true\n', '    pinned: true\n  - time: 13h30-13h45\n    title: Pause\n    type: break\n'),
  );
  // The gap before the lunch is filled; nothing is added.
  assert.deepEqual(codes(ranges), ['deliverable-unproduced', 'time-gap']);
  assert.deepEqual(codes(visit), ['deliverable-unproduced']);
});

test('delete: in a day of explicit times the others keep theirs (a gap is reported as information)', () => {
  const text = after(ranges, { kind: 'delete', slot: { day: 0, index: 2 } });
  assert.equal(text, ranges.replace('  - time: 10h30-10h45\n    title: Pause\n    type: break\n', ''));
  assert.equal(announce(ranges, { kind: 'delete', slot: { day: 0, index: 2 } }, 'fr'), 'Séance « Pause » supprimée');
  // The slot a deliverable is due at cannot go: that would add an unknown reference.
  assert.match(refusal(ranges, { kind: 'delete', slot: { day: 0, index: 1 } })!, /^Not applied, it would create a problem: /);
});

const durations = `title: Atelier
date: 2021-10-20
start: 9h
agenda:
  - title: Accueil
    duration: 30min
  # la plénière
  - title: Plénière
    duration: 1h
  - title: Atelier
    duration: 1h30
`;

test('delete: in a day of durations the next ones move up by themselves; the comment above goes with the slot', () => {
  assert.equal(after(durations, { kind: 'delete', slot: { day: 0, index: 1 } }), durations.replace('  # la plénière\n  - title: Plénière\n    duration: 1h\n', ''));
  assert.equal(refusal(`title: A\ndate: 2021-10-20\nagenda:\n  - time: 9h-10h\n    title: Seul\n`, { kind: 'delete', slot: { day: 0, index: 0 } }), 'The last slot of a day cannot be deleted from the preview: a day has at least one slot.');
});

test('insert: the default length of its type, the time keys of its neighbour, a title in the programme’s language', () => {
  assert.deepEqual([defaultLength('break'), defaultLength('welcome'), defaultLength('meal'), defaultLength('workshop')], [15, 15, 60, 30]);
  assert.equal(
    after(durations, { kind: 'insert', at: { day: 0, index: 1 }, type: 'break' }),
    durations.replace('  # la plénière\n', '  - duration: 15min\n    title: Nouvelle séance (pause)\n    type: break\n  # la plénière\n'),
  );
  const text = after(ranges, { kind: 'insert', at: { day: 0, index: 3 }, type: 'discussion' }, 'en');
  assert.equal(text, ranges.replace('  - time: 12h00-13h30\n', '  - time: 10h45-11h15\n    title: Nouvelle séance (échange)\n    type: discussion\n  - time: 12h00-13h30\n'));
  assert.equal(announce(ranges, { kind: 'insert', at: { day: 0, index: 3 }, type: 'discussion' }, 'en'), 'New discussion slot at 10:45');
  assert.equal(refusal(ranges.replace('10h30-10h45', '10h30-11h45'), { kind: 'insert', at: { day: 0, index: 3 }, type: 'meal' }), '“Nouvelle séance (repas)” does not fit: “Déjeuner” is pinned at 12:00.');
  assert.match(refusal(ranges, { kind: 'insert', at: { day: 0, index: 0 }, type: 'apéro' })!, /is not a slot type/);
});
