/** `move`: the exact text after dragging a slot, its comments with it, the times as a planner expects. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { after, announce, codes, refusal } from './helpers';

const oneDay = `title: Atelier # DDTM 59
date: 2021-10-20
agenda:
  # accueil café
  - time: 08h30-09h00
    title: Accueil
    type: welcome

  - time: 09h00-10h00   # plénière
    title: Plénière
  - time: 10h00-10h15
    title: Pause
    type: break
  - time: 10h15-11h45
    title: Atelier
`;

test('a slot moved later: its block and the comment above it move, the slots it passes move up', () => {
  const text = after(oneDay, { kind: 'move', slot: { day: 0, index: 0 }, to: { day: 0, index: 3 } });
  assert.equal(
    text,
    `title: Atelier # DDTM 59
date: 2021-10-20
agenda:
  - time: 08h30-09h30   # plénière
    title: Plénière

  - time: 09h30-09h45
    title: Pause
    type: break
  # accueil café
  - time: 09h45-10h15
    title: Accueil
    type: welcome
  - time: 10h15-11h45
    title: Atelier
`,
  );
  assert.deepEqual(codes(text), []);
});

test('a slot moved to the top starts when the day did; the others move down by its length', () => {
  const text = after(oneDay, { kind: 'move', slot: { day: 0, index: 2 }, to: { day: 0, index: 0 } });
  assert.equal(
    text,
    `title: Atelier # DDTM 59
date: 2021-10-20
agenda:
  - time: 08h30-08h45
    title: Pause
    type: break

  # accueil café
  - time: 08h45-09h15
    title: Accueil
    type: welcome
  - time: 09h15-10h15   # plénière
    title: Plénière
  - time: 10h15-11h45
    title: Atelier
`,
  );
});

test('moving a slot and moving it back gives the text back', () => {
  const moved = after(oneDay, { kind: 'move', slot: { day: 0, index: 0 }, to: { day: 0, index: 4 } });
  assert.equal(after(moved, { kind: 'move', slot: { day: 0, index: 3 }, to: { day: 0, index: 0 } }), oneDay);
});

test('the announcement says where the slot now starts, in the asked language', () => {
  const gesture = { kind: 'move', slot: { day: 0, index: 0 }, to: { day: 0, index: 3 } } as const;
  assert.equal(announce(oneDay, gesture, 'fr'), 'Séance « Accueil » déplacée à 09h45');
  assert.equal(announce(oneDay, gesture, 'en'), '“Accueil” moved to 09:45');
});

test('a drop at its own place changes nothing', () => {
  assert.equal(after(oneDay, { kind: 'move', slot: { day: 0, index: 1 }, to: { day: 0, index: 2 } }), oneDay);
});

const pinned = `title: Atelier
date: 2021-10-20
agenda:
  - time: 9h00-10h00
    title: Plénière
  - time: 10h00-11h30
    title: Atelier
  - time: 11h30-12h00
    title: Synthèse
  - time: 12h00-13h30
    title: Déjeuner
    type: meal
    pinned: true
  - start: "13:30"
    duration: 1h30
    title: Visite
`;

test('a pinned slot keeps its time: a slot pushed into it goes after it, and is written after it', () => {
  const text = after(pinned, { kind: 'move', slot: { day: 0, index: 4 }, to: { day: 0, index: 0 } });
  assert.equal(
    text,
    `title: Atelier
date: 2021-10-20
agenda:
  - start: "09:00"
    duration: 1h30
    title: Visite
  - time: 10h30-11h30
    title: Plénière
  - time: 12h00-13h30
    title: Déjeuner
    type: meal
    pinned: true
  - time: 13h30-15h00
    title: Atelier
  - time: 15h00-15h30
    title: Synthèse
`,
  );
  assert.deepEqual(codes(text), ['time-gap']);
});

test('the moved slot itself never lands over a pinned one: refused, with why, in the asked language', () => {
  const beforeLunch = { kind: 'move', slot: { day: 0, index: 4 }, to: { day: 0, index: 3 } } as const;
  assert.equal(refusal(pinned, beforeLunch), '“Visite” does not fit: “Déjeuner” is pinned at 12:00.');
  assert.equal(refusal(pinned, beforeLunch, 'fr'), 'La séance « Visite » ne tient pas : la séance « Déjeuner » est épinglée à 12h00.');
  // After the lunch it fits: it starts when the lunch ends.
  assert.equal(refusal(pinned, { kind: 'move', slot: { day: 0, index: 0 }, to: { day: 0, index: 4 } }), undefined);
});

test('a move that would end after midnight is refused and changes nothing', () => {
  const late = `title: Soirée
date: 2021-10-20
agenda:
  - time: 20:00-23:00
    title: Dîner
  - time: 23:00-23:30
    title: Clôture
  - time: 08:00-09:00
    title: Hors ordre
`;
  assert.equal(refusal(late, { kind: 'move', slot: { day: 0, index: 2 }, to: { day: 0, index: 2 } }), undefined);
  assert.equal(refusal(late, { kind: 'move', slot: { day: 0, index: 2 }, to: { day: 0, index: 1 } }), '“Clôture” would end after midnight.');
});

const twoDays = `title: Séminaire
days:
  - date: 2021-10-20
    start: 9h
    agenda:
      - title: Accueil
        duration: 30min
      # ouverture
      - title: Plénière
        duration: 1h
  - date: 2021-10-21
    agenda:
    - start: "14:00"
      duration: 45
      title: Visite
    - title: Bilan
      duration: 15 min
`;

test('to another day: the block is re-indented for its new list, durations need no edit', () => {
  const text = after(twoDays, { kind: 'move', slot: { day: 0, index: 1 }, to: { day: 1, index: 1 } });
  assert.equal(
    text,
    `title: Séminaire
days:
  - date: 2021-10-20
    start: 9h
    agenda:
      - title: Accueil
        duration: 30min
  - date: 2021-10-21
    agenda:
    - start: "14:00"
      duration: 45
      title: Visite
    # ouverture
    - title: Plénière
      duration: 1h
    - title: Bilan
      duration: 15 min
`,
  );
  assert.deepEqual(codes(text), []);
  assert.equal(announce(twoDays, { kind: 'move', slot: { day: 0, index: 1 }, to: { day: 1, index: 1 } }), '“Plénière” moved to day 2 at 14:45');
});

test('a day of durations only: the move is the only edit', () => {
  const text = after(twoDays, { kind: 'move', slot: { day: 0, index: 1 }, to: { day: 0, index: 0 } });
  assert.equal(text, twoDays.replace('      - title: Accueil\n        duration: 30min\n      # ouverture\n      - title: Plénière\n        duration: 1h\n', '      # ouverture\n      - title: Plénière\n        duration: 1h\n      - title: Accueil\n        duration: 30min\n'));
});

test('a day left without a start time, a slot that is gone, a mission: refused', () => {
  const noStart = twoDays.replace('    start: 9h\n', '').replace('      - title: Accueil\n        duration: 30min', '      - time: 9h-9h30\n        title: Accueil');
  assert.equal(refusal(noStart, { kind: 'move', slot: { day: 0, index: 0 }, to: { day: 0, index: 2 } }), '“Plénière” would start the day without a start time: give the day a `start` or the slot a `time`.');
  assert.equal(refusal(oneDay, { kind: 'move', slot: { day: 0, index: 9 }, to: { day: 0, index: 0 } }), 'This slot is no longer in the document: the preview was out of date.');
  assert.equal(refusal(oneDay, { kind: 'move', slot: { day: 0, index: 0 }, to: { day: 3, index: 0 } }), 'There is no such place in the programme: the preview was out of date.');
});
