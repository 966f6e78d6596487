/**
 * The mission gestures of the Gantt (issue 19): a phase moved or stretched by months, a
 * milestone moved to a day. Each test checks the whole text after the edits (every
 * untouched line, comment and quote kept), the form each value keeps (month, date, clamped
 * day), the sentence announced, and the refusals (nothing changes, the reason is said).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { missionGesture } from '../../../server/src/core/gestures/missionGestures';
import { applyEdits, newFindings } from '../../../server/src/core/gestures/missionFindings';
import type { Gesture } from '../../../server/src/core/gestures/types';
import { messagesFor } from '../../../server/src/core/messages';

const URI = 'file:///ws/nct.mission.yaml';

export const MISSION = `# Mission NCT — Cœur d'Hérault
title: Le Nouveau Conseil aux Territoires
period: { start: 2016-01, end: 2017-12 }   # la convention
workstreams:
  - id: ganges
    title: Ganges
phases:
  - id: diagnostic
    title: Diagnostic partagé
    start: 2016-02    # après le lancement
    end: 2016-06
    # la restitution clôt la phase
  - id: ateliers
    title: Ateliers
    workstream: ganges
    start: "2016-07-01"
    end: 2016-10-31   # fin octobre
  - id: suite
    title: Suites
    start: 2017-03
milestones:
  - id: lancement
    title: Lancement
    date: 2016-02-15   # en mairie
  - id: copil
    title: COPIL de restitution
    date: '2016-06'
    phase: diagnostic
`;

type MissionGesture = Extract<Gesture, { kind: 'movePhase' | 'moveMilestone' }>;

function run(gesture: MissionGesture, text = MISSION, language: 'en' | 'fr' = 'en') {
  const service = createLanguageService();
  const analysis = service.analyse(URI, text);
  const outcome = missionGesture(analysis, gesture, messagesFor(language));
  if ('refused' in outcome) return { refused: outcome.refused };
  return { text: applyEdits(analysis.doc, outcome.edits), announce: outcome.announce, edits: outcome.edits.length };
}

/** The mission with `from` (one line, exactly once) replaced by `to`. */
function changed(pairs: [string, string][]): string {
  let text = MISSION;
  for (const [from, to] of pairs) {
    assert.equal(text.split(from).length, 2, `${from} is in the fixture once`);
    text = text.replace(from, to);
  }
  return text;
}

describe('movePhase', () => {
  test('both edges move by whole months; comments and every other line are kept', () => {
    const result = run({ kind: 'movePhase', phase: { index: 0 }, months: 2, edge: 'both' });
    assert.equal(result.text, changed([['start: 2016-02    #', 'start: 2016-04    #'], ['end: 2016-06\n', 'end: 2016-08\n']]));
    assert.equal(result.announce, '“Diagnostic partagé” moved: April – August 2016.');
  });

  test('a date keeps its day and its quotes; a day past the new month’s end is clamped to it', () => {
    const result = run({ kind: 'movePhase', phase: { index: 1 }, months: -1, edge: 'both' });
    assert.equal(result.text, changed([['start: "2016-07-01"', 'start: "2016-06-01"'], ['end: 2016-10-31   #', 'end: 2016-09-30   #']]));
    assert.equal(result.announce, '“Ateliers” moved: 1 June 2016 – 30 September 2016.');
  });

  test('stretching the end only, then the start only', () => {
    assert.equal(run({ kind: 'movePhase', phase: { index: 0 }, months: 3, edge: 'end' }).text, changed([['end: 2016-06\n', 'end: 2016-09\n']]));
    const start = run({ kind: 'movePhase', phase: { index: 0 }, months: -1, edge: 'start' }, MISSION, 'fr');
    assert.equal(start.text, changed([['start: 2016-02    #', 'start: 2016-01    #']]));
    assert.equal(start.announce, '« Diagnostic partagé » : désormais janvier – juin 2016.');
  });

  test('a phase named through its workstream', () => {
    const result = run({ kind: 'movePhase', phase: { workstream: 0, index: 0 }, months: 1, edge: 'end' });
    assert.equal(result.text, changed([['end: 2016-10-31   #', 'end: 2016-11-30   #']]));
  });

  test('a phase with only a start moves it with `both`, and refuses a stretch of its missing end', () => {
    assert.equal(run({ kind: 'movePhase', phase: { index: 2 }, months: 1, edge: 'both' }).text, changed([['start: 2017-03', 'start: 2017-04']]));
    assert.deepEqual(run({ kind: 'movePhase', phase: { index: 2 }, months: 1, edge: 'end' }), { refused: '“Suites” has no `end` to move: write it in the file first.' });
  });

  test('refused: an end before the start', () => {
    assert.deepEqual(run({ kind: 'movePhase', phase: { index: 0 }, months: -5, edge: 'end' }), { refused: '“Diagnostic partagé” would end before it starts.' });
    assert.deepEqual(run({ kind: 'movePhase', phase: { index: 0 }, months: 5, edge: 'start' }, MISSION, 'fr'), { refused: '« Diagnostic partagé » se terminerait avant de commencer.' });
    // The same month at both ends is one month long, not reversed.
    assert.equal(run({ kind: 'movePhase', phase: { index: 0 }, months: 4, edge: 'start' }).text, changed([['start: 2016-02    #', 'start: 2016-06    #']]));
  });

  test('refused: outside the mission period (phase-outside-period is an error)', () => {
    assert.deepEqual(run({ kind: 'movePhase', phase: { index: 0 }, months: -2, edge: 'both' }), {
      refused: '“Diagnostic partagé” would leave the mission period (January 2016 – December 2017).',
    });
    assert.deepEqual(run({ kind: 'movePhase', phase: { index: 2 }, months: 10, edge: 'both' }, MISSION, 'fr'), {
      refused: '« Suites » sortirait de la période de la mission (janvier 2016 – décembre 2017).',
    });
    // Stretched to the period's last month: inside.
    assert.equal(run({ kind: 'movePhase', phase: { index: 2 }, months: 9, edge: 'both' }).text, changed([['start: 2017-03', 'start: 2017-12']]));
  });

  test('a warning it brings is announced (phase-order overlap, a milestone now outside its phase)', () => {
    const shorter = run({ kind: 'movePhase', phase: { index: 0 }, months: -1, edge: 'end' });
    assert.equal(shorter.text, changed([['end: 2016-06\n', 'end: 2016-05\n']]));
    assert.equal(shorter.announce, '“Diagnostic partagé” now runs February – May 2016. Warning: This milestone falls after its phase “Diagnostic partagé” ends (31 May 2016).');
    const earlier = run({ kind: 'movePhase', phase: { index: 2 }, months: -10, edge: 'both' });
    assert.equal(earlier.text, changed([['start: 2017-03', 'start: 2016-05']]));
    assert.match(earlier.announce!, /^“Suites” moved: May 2016 – …\. Warning: This phase starts before the previous phase “Diagnostic partagé” ends/);
    // Handing over in the month the previous phase ends is no overlap: no warning.
    assert.equal(run({ kind: 'movePhase', phase: { index: 2 }, months: -9, edge: 'both' }).announce, '“Suites” moved: June 2016 – ….');
  });

  test('refused: a stale reference, a fraction of a month, a year past 9999', () => {
    assert.deepEqual(run({ kind: 'movePhase', phase: { index: 7 }, months: 1, edge: 'both' }), { refused: 'This phase is no longer in the document: the preview is being redrawn.' });
    assert.deepEqual(run({ kind: 'movePhase', phase: { index: 0 }, months: 0.5, edge: 'both' }), { refused: 'A phase moves by a whole number of months.' });
    assert.deepEqual(run({ kind: 'movePhase', phase: { index: 2 }, months: 12 * 8000, edge: 'both' }), { refused: 'The new date would fall outside the years 0001 to 9999.' });
  });

  test('zero months changes nothing and says so', () => {
    assert.deepEqual(run({ kind: 'movePhase', phase: { index: 0 }, months: 0, edge: 'both' }), { text: MISSION, announce: '“Diagnostic partagé” does not move: February – June 2016.', edits: 0 });
  });
});

describe('moveMilestone', () => {
  test('a date takes the new day, its comment kept', () => {
    const result = run({ kind: 'moveMilestone', milestone: { index: 0 }, date: '2016-03-02' });
    assert.equal(result.text, changed([['date: 2016-02-15   #', 'date: 2016-03-02   #']]));
    assert.equal(result.announce, '“Lancement” moved to 2 March 2016.');
  });

  test('a month stays a month, in its quotes', () => {
    const result = run({ kind: 'moveMilestone', milestone: { index: 1 }, date: '2016-05-20' }, MISSION, 'fr');
    assert.equal(result.text, changed([["date: '2016-06'", "date: '2016-05'"]]));
    assert.equal(result.announce, '« COPIL de restitution » déplacé en mai 2016.');
    assert.deepEqual(run({ kind: 'moveMilestone', milestone: { index: 1 }, date: '2016-06-03' }), { text: MISSION, announce: '“COPIL de restitution” stays in June 2016.', edits: 0 });
  });

  test('a warning it brings is announced: the milestone leaves its phase', () => {
    const result = run({ kind: 'moveMilestone', milestone: { index: 1 }, date: '2016-09-01' });
    assert.equal(result.text, changed([["date: '2016-06'", "date: '2016-09'"]]));
    assert.match(result.announce!, /^“COPIL de restitution” moved to the month of September 2016\. Warning: This milestone falls/);
  });

  test('refused: not a day of the calendar, a stale reference', () => {
    assert.deepEqual(run({ kind: 'moveMilestone', milestone: { index: 0 }, date: '2016-02-30' }), { refused: '“2016-02-30” is not a date written YYYY-MM-DD.' });
    assert.deepEqual(run({ kind: 'moveMilestone', milestone: { index: 0 }, date: '2016-3-2' }), { refused: '“2016-3-2” is not a date written YYYY-MM-DD.' });
    assert.deepEqual(run({ kind: 'moveMilestone', milestone: { index: 4 }, date: '2016-03-02' }), { refused: 'This milestone is no longer in the document: the preview is being redrawn.' });
  });

  test('a programme is no mission: nothing to move', () => {
    const service = createLanguageService();
    const analysis = service.analyse('file:///ws/a.programme.yaml', 'title: A\ndate: 2024-05-16\nagenda: []\n');
    assert.deepEqual(missionGesture(analysis, { kind: 'moveMilestone', milestone: { index: 0 }, date: '2016-03-02' }, messagesFor('en')), {
      refused: 'This milestone is no longer in the document: the preview is being redrawn.',
    });
  });
});

describe('newFindings: what the mission rules would say of a result', () => {
  test('an error the result brings is told apart from the ones already there', () => {
    const analysis = createLanguageService().analyse(URI, MISSION);
    const line = MISSION.split('\n').findIndex((l) => l.startsWith('    end: 2016-06'));
    // `end: 2016-13` is no month: a time-format error that was not there.
    const edit = { range: { start: { line, character: 9 }, end: { line, character: 16 } }, newText: '2016-13' };
    const found = newFindings(analysis, [edit], 'en');
    assert.equal(found.errors.length, 1);
    assert.match(found.errors[0]!, /2016-13/);
    // No edit: nothing new.
    assert.deepEqual(newFindings(analysis, [], 'en'), { errors: [], warnings: [] });
  });
});
