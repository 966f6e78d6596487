/**
 * Property 4: every quick fix the core offers for a diagnostic of a generated programme
 * (with deliberate errors) produces valid YAML, removes the diagnostic it targets (no
 * diagnostic of the same code left where it was, positions mapped through the edits), adds
 * no error (for each code, no more error-severity diagnostics than before — not counting
 * errors REVEALED by a typo fix: on the scalar it rewrote, in the value of a key it renamed,
 * and the time rules after a time key is renamed; the typo hid them, they were not added),
 * keeps every comment, and touches only what it must — see `fixChecks.ts` for what that
 * means exactly.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { RuleCode } from '../../../server/src/core';
import { faultyProgramme, MISSION_URI, PROGRAMME_URI, validMission } from './arbitraries';
import { budget } from './budget';
import { checkEveryFix } from './quickFixCheck';

test('every quick fix of a faulty programme: valid YAML, problem gone, no new error, comments and other lines kept', () => {
  const fixedCodes = new Set<RuleCode>();
  fc.assert(
    fc.property(faultyProgramme, ({ text }) => {
      for (const code of checkEveryFix(PROGRAMME_URI, text)) fixedCodes.add(code);
    }),
    budget(300),
  );
  // The generator's faults reach every quick fix (otherwise this property tests less than it says).
  assert.deepEqual([...fixedCodes].sort(), ['per-group', 'ref-unknown', 'schema', 'time-gap', 'time-overlap', 'training-fields']);
});

test('quick fixes of a valid mission keep the same guarantees', () => {
  fc.assert(
    fc.property(validMission, ({ text, files }) => {
      checkEveryFix(MISSION_URI, text, files);
    }),
    budget(100),
  );
});

test('a key typo fixed on a slot whose missing title is shown at the same place (found by npm run fuzz)', () => {
  // `horaire` → `time` is the fix; the slot's missing `title` (`titel` is unknown) stays, on the same first key.
  const text = 'title: Atelier\nformat: workshop\ndate: 2021-09-30\nagenda:\n  # séquence suivante\n  - horaire: 07:00-07:05\n    titel: "!"  # à vérifier\n    type: welcome\n';
  assert.ok(checkEveryFix(PROGRAMME_URI, text).has('schema'));
});
