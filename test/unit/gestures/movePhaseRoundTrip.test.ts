/**
 * Property: moving a phase by +n months then by −n gives back the original text byte for
 * byte, for every edge (`both`, `start`, `end`) and every written form a phase's bounds take
 * (months, dates, quoted or not, with comments after them). Dates have days up to 28: a 31st
 * moved into a shorter month is clamped to its last day (by design), so it cannot come back.
 * Each accepted move changes only the lines of the bounds it moves.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { createLanguageService } from '../../../server/src/core';
import { missionGesture } from '../../../server/src/core/gestures/missionGestures';
import { applyEdits } from '../../../server/src/core/gestures/missionFindings';
import { messagesFor } from '../../../server/src/core/messages';
import { budget } from '../properties/budget';

const URI = 'file:///ws/prop.mission.yaml';
const m = messagesFor('en');

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** A bound: a month or a date (day ≤ 28), its quotes, a comment or not. */
const bound = fc.record({
  year: fc.integer({ min: 1990, max: 2040 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.option(fc.integer({ min: 1, max: 28 }), { nil: undefined }),
  quote: fc.constantFrom('', '"', "'"),
  comment: fc.option(fc.constantFrom('# fin', '# à confirmer', '#'), { nil: undefined }),
});
type Bound = typeof bound extends fc.Arbitrary<infer T> ? T : never;
const written = (b: Bound) => `${b.quote}${pad(b.year, 4)}-${pad(b.month)}${b.day === undefined ? '' : `-${pad(b.day)}`}${b.quote}${b.comment ? `   ${b.comment}` : ''}`;
/** Start before end, as a valid mission writes them. */
const ordered = (a: Bound, b: Bound): [Bound, Bound] => ((a.year * 12 + a.month) * 31 + (a.day ?? 1) <= (b.year * 12 + b.month) * 31 + (b.day ?? 28) ? [a, b] : [b, a]);

const mission = (phases: [Bound, Bound][]) =>
  [
    '# generated',
    'title: Mission',
    'phases:',
    ...phases.flatMap(([s, e], i) => [`  - id: p${i}`, `    title: Phase ${i}`, `    start: ${written(s)}`, `    end: ${written(e)}`, '    # après la phase']),
    '',
  ].join('\n');

function move(text: string, index: number, months: number, edge: 'start' | 'end' | 'both'): string | undefined {
  const analysis = createLanguageService().analyse(URI, text);
  const outcome = missionGesture(analysis, { kind: 'movePhase', phase: { index }, months, edge }, m);
  return 'refused' in outcome ? undefined : applyEdits(analysis.doc, outcome.edits);
}

test('movePhase by +n then −n gives the original text', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(bound, bound), { minLength: 1, maxLength: 4 }).map((pairs) => pairs.map(([a, b]) => ordered(a, b))),
      fc.nat(),
      fc.integer({ min: -30, max: 30 }).filter((n) => n !== 0),
      fc.constantFrom<'start' | 'end' | 'both'>('both', 'start', 'end'),
      (phases, pick, n, edge) => {
        const text = mission(phases);
        const index = pick % phases.length;
        const moved = move(text, index, n, edge);
        // A stretch past the other edge is refused; nothing else is.
        if (moved === undefined) {
          assert.notEqual(edge, 'both', 'moving both edges is never refused in a mission without a period');
          return;
        }
        const changedLines = moved.split('\n').filter((line, i) => line !== text.split('\n')[i]);
        assert.ok(changedLines.length <= (edge === 'both' ? 2 : 1), 'only the moved bounds change');
        for (const line of changedLines) assert.match(line, edge === 'both' ? /^ {4}(start|end): / : new RegExp(`^ {4}${edge}: `));
        assert.equal(moved.split('\n').length, text.split('\n').length);
        assert.equal(move(moved, index, -n, edge), text);
      },
    ),
    budget(150),
  );
});
