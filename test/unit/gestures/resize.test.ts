/** `resize`: the exact text after dragging a slot's lower edge. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { after, announce, codes, refusal } from './helpers';

const day = `title: Atelier
date: 2021-10-20
agenda:
  - time: 08h30-09h00 # café
    title: Accueil
    type: welcome
  - time: 09h00-09h15
    title: Pause
    type: break
  # la plénière
  - start: 9:15
    end: 10:15
    title: Plénière
  - time: de 10 h 15 à 11 h 45
    title: Atelier
  - time: 12h00-13h30
    title: Déjeuner
    type: meal
    pinned: true
  - time: 13h30-15h00
    title: Visite
`;

test('a longer slot pushes the following ones, each in its own style, up to the pinned one', () => {
  const text = after(day, { kind: 'resize', slot: { day: 0, index: 1 }, minutes: 20 });
  assert.equal(
    text,
    day
      .replace('09h00-09h15', '09h00-09h20')
      .replace('start: 9:15\n    end: 10:15', 'start: 9:20\n    end: 10:20')
      .replace('de 10 h 15 à 11 h 45', 'de 10 h 20 à 11 h 50'),
  );
  // The gap before the lunch was there before (information); nothing is added.
  assert.deepEqual(codes(text), codes(day));
  assert.equal(announce(day, { kind: 'resize', slot: { day: 0, index: 1 }, minutes: 20 }, 'fr'), 'Séance « Pause » allongée à 20 min');
  assert.equal(announce(day, { kind: 'resize', slot: { day: 0, index: 1 }, minutes: 20 }, 'en'), '“Pause” lengthened to 20 min');
});

test('a resize then the opposite resize gives the text back', () => {
  const longer = after(day, { kind: 'resize', slot: { day: 0, index: 0 }, minutes: 45 });
  assert.equal(after(longer, { kind: 'resize', slot: { day: 0, index: 0 }, minutes: 30 }), day);
  const shorter = after(day, { kind: 'resize', slot: { day: 0, index: 3 }, minutes: 60 });
  assert.equal(shorter, day.replace('de 10 h 15 à 11 h 45', 'de 10 h 15 à 11 h 15'));
  assert.equal(announce(day, { kind: 'resize', slot: { day: 0, index: 3 }, minutes: 60 }, 'fr'), 'Séance « Atelier » raccourcie à 60 min');
  assert.equal(after(shorter, { kind: 'resize', slot: { day: 0, index: 3 }, minutes: 90 }), day);
});

test('growing into a pinned slot is refused; with Alt the slot alone grows and overlaps', () => {
  assert.equal(refusal(day, { kind: 'resize', slot: { day: 0, index: 0 }, minutes: 50 }), '“Atelier” does not fit: “Déjeuner” is pinned at 12:00.');
  const alone = after(day, { kind: 'resize', slot: { day: 0, index: 0 }, minutes: 40, alone: true });
  assert.equal(alone, day.replace('08h30-09h00', '08h30-09h10'));
  assert.deepEqual(codes(alone), ['time-overlap', ...codes(day)]);
});

test('lengths below 5 minutes or off the 5-minute steps are refused', () => {
  assert.equal(refusal(day, { kind: 'resize', slot: { day: 0, index: 0 }, minutes: 0 }), 'A slot lasts at least 5 minutes.');
  assert.equal(refusal(day, { kind: 'resize', slot: { day: 0, index: 0 }, minutes: 32 }, 'fr'), 'La durée d’une séance change par pas de 5 minutes.');
});

test('durations: the duration is rewritten in its own notation, the following slots follow by themselves', () => {
  const durations = `title: Atelier
date: 2021-10-20
start: 8h30
agenda:
  - title: Accueil
    duration: 30 min
  - title: Plénière
    duration: 1h # à confirmer
  - title: Atelier
    duration: 60
`;
  assert.equal(after(durations, { kind: 'resize', slot: { day: 0, index: 1 }, minutes: 75 }), durations.replace('duration: 1h #', 'duration: 1h15 #'));
  assert.equal(after(durations, { kind: 'resize', slot: { day: 0, index: 0 }, minutes: 45 }), durations.replace('30 min', '45 min'));
  assert.equal(after(durations, { kind: 'resize', slot: { day: 0, index: 2 }, minutes: 80 }), durations.replace('duration: 60', 'duration: 80'));
});

test('past midnight: refused', () => {
  const late = `title: Soirée
date: 2021-10-20
agenda:
  - time: 22:00-23:00
    title: Dîner
  - time: 23:00-23:30
    title: Clôture
`;
  assert.equal(refusal(late, { kind: 'resize', slot: { day: 0, index: 0 }, minutes: 120 }), '“Clôture” would end after midnight.');
});
