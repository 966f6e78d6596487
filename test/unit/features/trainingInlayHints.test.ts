/**
 * Inlay hints of FORMAT.md 7.3: after a programme's declared `duration`, the agenda's content
 * time when it differs (pauses and travel left out); after a slot's `steps`, the steps'
 * total against the slot. Exact labels and positions, in French and in English.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Language } from '../../../server/src/core';
import { rangeOf } from '../../helpers';
import { edit } from '../rules/helpers';
import { FORMATION, URI, serviceFor } from './trainingFixture';

const EVERYTHING = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

/** The hints whose label starts with « agenda » or « steps » / « étapes », as [line, character, label]. */
function v2Hints(language: Language, text = FORMATION, range = EVERYTHING): [number, number, string][] {
  return serviceFor(language)
    .inlayHints({ uri: URI, text }, range)
    .filter((h) => /^ (agenda|steps|étapes)/.test(String(h.label)))
    .map((h) => [h.position.line, h.position.character, String(h.label)]);
}

/** The position just after `snippet` (its `occurrence`-th appearance). */
const after = (text: string, snippet: string, occurrence = 1): [number, number] => {
  const r = rangeOf(text, snippet, occurrence);
  return [r.end.line, r.end.character];
};

test('declared 6 h against 5 h 30 of content (welcome, meal and travel left out); steps against their slot', () => {
  assert.deepEqual(v2Hints('fr'), [
    [...after(FORMATION, 'duration: 6h'), ' agenda : 5 h 30'],
    [...after(FORMATION, '    steps:', 1), ' étapes : 35 min / 30 min'],
    [...after(FORMATION, '    steps:', 2), ' étapes : 1 h / 2 h 30'],
  ]);
  assert.deepEqual(v2Hints('en'), [
    [...after(FORMATION, 'duration: 6h'), ' agenda: 5 h 30'],
    [...after(FORMATION, '    steps:', 1), ' steps: 35 min / 30 min'],
    [...after(FORMATION, '    steps:', 2), ' steps: 1 h / 2 h 30'],
  ]);
  const hint = serviceFor('fr').inlayHints({ uri: URI, text: FORMATION }, EVERYTHING).find((h) => h.label === ' agenda : 5 h 30')!;
  assert.equal(hint.paddingLeft, true);
});

test('no agenda hint when the declared duration is the content time, nor without a declared duration', () => {
  assert.deepEqual(v2Hints('fr', edit(FORMATION, 'duration: 6h', 'duration: 5h30')).filter((h) => h[2].startsWith(' agenda')), []);
  assert.deepEqual(v2Hints('fr', edit(FORMATION, 'duration: 6h\n', '')).filter((h) => h[2].startsWith(' agenda')), []);
  // A duration that cannot be read gives no hint (the schema reports it).
  assert.deepEqual(v2Hints('fr', edit(FORMATION, 'duration: 6h', 'duration: une journée')).filter((h) => h[2].startsWith(' agenda')), []);
});

test('a programme of several days: the content of every day; a comment after the duration stays after the hint', () => {
  const text = `title: Formation en deux jours
format: training
duration: 7h # deux demi-journées
days:
  - date: 2024-03-14
    agenda:
      - time: 14h00-17h30
        title: Apports
  - date: 2024-03-15
    agenda:
      - time: 09h00-10h30
        title: Cas pratique
      - time: 10h30-10h45
        title: Pause
        type: break
      - time: 10h45-12h15
        title: Restitution
`;
  assert.deepEqual(v2Hints('fr', text), [[...after(text, 'duration: 7h'), ' agenda : 6 h 30']]);
});

test('steps on the key`s line: after the list; a slot without a time: the total alone; steps without durations: none', () => {
  const flow = edit(
    FORMATION,
    `    steps:
      - Lecture du site
      - text: Échanges avec le maire
        duration: 1h
`,
    `    steps: [Lecture du site, { text: Échanges avec le maire, duration: 45min }]
`,
  );
  assert.deepEqual(v2Hints('en', flow).slice(2), [[...after(flow, 'duration: 45min }]'), ' steps: 45 min / 2 h 30']]);
  const untimed = edit(FORMATION, '  - time: 09h30-10h00\n    title: Tour de table et attentes\n', '  - title: Tour de table et attentes\n');
  assert.deepEqual(v2Hints('fr', untimed).slice(1, 2), [[...after(untimed, '    steps:', 1), ' étapes : 35 min']]);
  const plain = edit(edit(FORMATION, '        duration: 20min\n', ''), '        duration: 15min\n', '');
  assert.deepEqual(v2Hints('fr', plain).map((h) => h[2]), [' agenda : 5 h 30', ' étapes : 1 h / 2 h 30']);
});

test('only the hints inside the asked range', () => {
  const line = rangeOf(FORMATION, '    steps:', 2).start.line;
  assert.deepEqual(v2Hints('fr', FORMATION, { start: { line, character: 0 }, end: { line, character: 20 } }), [[...after(FORMATION, '    steps:', 2), ' étapes : 1 h / 2 h 30']]);
});
