/**
 * `double-booked` across many programmes (issue 13, item 4): n programmes that book one
 * person at the same time give n warnings (one per booking), each naming at most three other
 * programmes and the count of the rest; the work grows as n log n (counted, not timed); and
 * a language service checking the same set again after an edit gives what a fresh one gives.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { createLanguageService, type DerouleDiagnostic } from '../../../server/src/core';
import { overlapsAcrossSources, overlapWork, type Interval } from '../../../server/src/core/rules/bookingOverlaps';
import { rangeOf } from '../../helpers';
import { budget } from '../properties/budget';

const uriOf = (i: number) => `file:///ws/atelier-${String(i).padStart(4, '0')}.programme.yaml`;

function atelier(i: number, time = '09h00-10h00', name = 'Claire Martin'): string {
  return `title: Atelier ${i}
date: 2021-10-20
people:
  - id: archi
    name: ${name}
    role: Architecte conseil
agenda:
  - time: ${time}
    title: Atelier ${i}
    type: workshop
    speakers: [archi]
`;
}

/** Programmes 1..n, all booking Claire Martin from 09:00 to 10:00 on the same date. */
function sameTime(n: number): { uri: string; text: string }[] {
  return Array.from({ length: n }, (_, k) => ({ uri: uriOf(k + 1), text: atelier(k + 1) }));
}

function checkSet(sources: { uri: string; text: string }[], language: 'en' | 'fr' = 'en') {
  return createLanguageService({ settings: { language } }).checkSet(sources);
}

const bookedRange = rangeOf(atelier(1), 'archi', 2);

describe('double-booked — n programmes booking one person at the same time', () => {
  test('each alone is clean', () => {
    assert.deepEqual(checkSet(sameTime(1)).get(uriOf(1)), []);
  });

  test('three programmes: one warning in each, naming the two others', () => {
    const results = checkSet(sameTime(3));
    const warnings = [...results.values()].flat();
    assert.equal(warnings.length, 3);
    const [d] = results.get(uriOf(2))!;
    assert.equal(d!.code, 'double-booked');
    assert.equal(d!.severity, 'warning');
    assert.deepEqual(d!.range, bookedRange);
    assert.equal(d!.message, 'Claire Martin is also involved during this slot (from 09:00 to 10:00 on 2021-10-20) in atelier-0001.programme.yaml and atelier-0003.programme.yaml.');
    assert.deepEqual(d!.related, [
      { uri: uriOf(1), range: bookedRange, message: 'Atelier 1' },
      { uri: uriOf(3), range: bookedRange, message: 'Atelier 3' },
    ]);
    assert.deepEqual(d!.data, { code: 'double-booked', id: 'archi', otherUri: uriOf(1), otherCount: 2 });
  });

  test('four programmes: three named, none left to count', () => {
    const [d] = checkSet(sameTime(4)).get(uriOf(4))!;
    assert.equal(
      d!.message,
      'Claire Martin is also involved during this slot (from 09:00 to 10:00 on 2021-10-20) in atelier-0001.programme.yaml, atelier-0002.programme.yaml and atelier-0003.programme.yaml.',
    );
  });

  test('five programmes: three named and 1 other programme', () => {
    const results = checkSet(sameTime(5));
    assert.equal([...results.values()].flat().length, 5);
    const [d] = results.get(uriOf(1))!;
    assert.equal(
      d!.message,
      'Claire Martin is also involved during this slot (from 09:00 to 10:00 on 2021-10-20) in atelier-0002.programme.yaml, atelier-0003.programme.yaml, atelier-0004.programme.yaml and 1 other programme.',
    );
    assert.equal(d!.related?.length, 3);
    const [fr] = checkSet(sameTime(5), 'fr').get(uriOf(1))!;
    assert.equal(
      fr!.message,
      'Claire Martin intervient aussi pendant cette séance (de 09h00 à 10h00 le 2021-10-20) dans atelier-0002.programme.yaml, atelier-0003.programme.yaml, atelier-0004.programme.yaml et 1 autre programme.',
    );
  });

  test('the other programmes are named by the start of their slot, then by path', () => {
    const sources = sameTime(6);
    sources[4]!.text = atelier(5, '08h30-09h30'); // starts first: named first
    const [d] = checkSet(sources).get(uriOf(1))!;
    assert.match(d!.message, / in atelier-0005\.programme\.yaml, atelier-0002\.programme\.yaml, atelier-0003\.programme\.yaml and 2 other programmes\.$/);
  });

  test('2,000 programmes: 2,000 warnings of bounded length, with the right count (the CLI’s checkSet)', { timeout: 300_000 }, () => {
    const results = checkSet(sameTime(2000));
    const warnings = [...results.values()].flat();
    assert.equal(warnings.length, 2000);
    assert.ok(warnings.every((d) => d.code === 'double-booked' && d.related!.length === 3));
    assert.ok(Math.max(...warnings.map((d) => d.message.length)) < 250);
    assert.equal(
      results.get(uriOf(2000))![0]!.message,
      'Claire Martin is also involved during this slot (from 09:00 to 10:00 on 2021-10-20) in atelier-0001.programme.yaml, atelier-0002.programme.yaml, atelier-0003.programme.yaml and 1,996 other programmes.',
    );
    const [fr] = checkSet(sameTime(2000), 'fr').get(uriOf(1))!;
    assert.match(fr!.message, / et 1\u202f996 autres programmes\.$/);
  });

  test('one booking overlapping two slots of one other programme: one warning naming that programme', () => {
    const two = `title: Comité
date: 2021-10-20
people:
  - id: cm
    name: Claire Martin
    role: Architecte conseil
agenda:
  - time: 09h00-09h30
    title: Ouverture
    type: plenary
    speakers: [cm]
  - time: 09h30-10h00
    title: Débat
    type: discussion
    speakers: [cm]
`;
    const results = checkSet([{ uri: uriOf(1), text: atelier(1) }, { uri: uriOf(2), text: two }]);
    const [d, ...rest] = results.get(uriOf(1))!;
    assert.equal(rest.length, 0);
    assert.equal(d!.message, 'Claire Martin is also involved during this slot (from 09:00 to 10:00 on 2021-10-20) in atelier-0002.programme.yaml.');
    // Each slot of the committee overlaps the one atelier: the detailed message.
    assert.deepEqual(
      results.get(uriOf(2))!.map((x) => x.message),
      [
        'Claire Martin is also involved in “Atelier 1” (atelier-0001.programme.yaml) from 09:00 to 10:00 the same day.',
        'Claire Martin is also involved in “Atelier 1” (atelier-0001.programme.yaml) from 09:00 to 10:00 the same day.',
      ],
    );
  });

  test('the work grows as n log n: 4n programmes take less than 6 times the steps of n', () => {
    const steps = (n: number) => {
      const before = overlapWork.steps;
      const warnings = [...checkSet(sameTime(n)).values()].flat();
      assert.equal(warnings.length, n);
      return overlapWork.steps - before;
    };
    const small = steps(250);
    const large = steps(1000);
    assert.ok(small > 0);
    // Quadratic work would be 16 times; n log n is a little over 4.
    assert.ok(large < 6 * small, `${large} steps for 1,000 programmes, ${small} for 250`);
  });
});

describe('double-booked — the set checked again after a change', () => {
  const messages = (results: Map<string, DerouleDiagnostic[]>) => [...results].map(([uri, items]) => [uri, items.map((d) => `${d.range.start.line}:${d.message}`)]);

  test('a long-lived service gives what a fresh service gives, file changed, added or removed', () => {
    const service = createLanguageService({ settings: { language: 'en' } });
    let sources = sameTime(6);
    const steps: ((s: typeof sources) => typeof sources)[] = [
      (s) => s,
      (s) => s.map((x, i) => (i === 2 ? { ...x, text: atelier(3, '10h00-11h00') } : x)), // moved out of the hour
      (s) => s.map((x, i) => (i === 2 ? { ...x, text: atelier(3, '09h45-11h00') } : x)), // back in, partly
      (s) => s.filter((_, i) => i !== 0), // a file deleted
      (s) => [...s, { uri: uriOf(9), text: atelier(9, '09h00-10h00', 'Claire  MARTIN') }], // a file added
      (s) => s.map((x, i) => (i === 1 ? { ...x, text: atelier(2, '09h00-10h00', 'Anne Roussel') } : x)), // someone else
      (s) => s.slice(0, 1), // a set of one: nothing across files
      (s) => s,
    ];
    for (const [k, step] of steps.entries()) {
      sources = step(sources);
      const fresh = createLanguageService({ settings: { language: 'en' } }).checkSet(sources);
      assert.deepEqual(messages(service.checkSet(sources)), messages(fresh), `step ${k}`);
    }
    // The service's language changes: the same overlaps, in French.
    service.updateSettings({ language: 'fr' });
    assert.deepEqual(messages(service.checkSet(sameTime(3))), messages(checkSet(sameTime(3), 'fr')));
  });
});

describe('overlapsAcrossSources against counting every pair', () => {
  interface B extends Interval<number> {
    id: number;
  }

  /** What the function promises, computed the slow way. */
  function expected(bookings: B[], cap: number) {
    const spansOf = (source: number) => {
      const own = bookings.filter((b) => b.source === source).sort((a, b) => a.start - b.start || a.end - b.end);
      const spans: { start: number; end: number; bookings: B[] }[] = [];
      for (const b of own) {
        const last = spans[spans.length - 1];
        if (last && b.start <= last.end) {
          last.end = Math.max(last.end, b.end);
          last.bookings.push(b);
        } else spans.push({ start: b.start, end: b.end, bookings: [b] });
      }
      return spans;
    };
    const out = [];
    for (const q of [...bookings].sort((a, b) => b.start - a.start)) {
      const overlapping = bookings.filter((b) => b.source !== q.source && b.start < q.end && b.end > q.start);
      const sources = [...new Set(overlapping.map((b) => b.source))];
      if (sources.length === 0) continue;
      const firstSpan = (source: number) => spansOf(source).find((s) => s.end > q.start)!;
      const named = sources
        .sort((a, b) => firstSpan(a).start - firstSpan(b).start || a - b)
        .slice(0, cap)
        .map((source) => firstSpan(source).bookings.find((b) => b.end > q.start)!.id);
      out.push({ id: q.id, count: sources.length, named, single: overlapping.length === 1 ? overlapping[0]!.id : undefined });
    }
    return out;
  }

  test('same counts, same named bookings, same single booking', () => {
    const booking = fc.record({ source: fc.integer({ min: 0, max: 5 }), start: fc.integer({ min: 0, max: 30 }), length: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(fc.array(booking, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (list, cap) => {
        const bookings: B[] = list.map((b, id) => ({ id, source: b.source, start: b.start, end: b.start + b.length }));
        const found = overlapsAcrossSources<number, B>(bookings, cap, (a, b) => a - b).map((o) => ({
          id: o.booking.id,
          count: o.count,
          named: o.named.map((b) => b.id),
          single: o.single?.id,
        }));
        const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
        assert.deepEqual(found.sort(byId), expected(bookings, cap).sort(byId));
      }),
      budget(500),
    );
  });
});
