/**
 * A programme with `days` is validated day by day (schema/validator.ts), so that an edit in
 * one day does not validate the others again (first seen, it is validated whole and its
 * errors filed by day). That must give exactly the errors of
 * validating the whole document with the published schema: compared here on every example
 * and template, on hundreds of mutations of them, and with a wrong value at every key of a
 * day, a slot and a track.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ErrorObject } from 'ajv';
import { parseDocument } from '../../../server/src/core/parse/parseDocument';
import { validate } from '../../../server/src/core/schema/validator';
import * as generated from '../../../server/src/core/schema/validators.generated';
import { mutations, projectTexts } from '../parse/fastParseCorpus';

const whole = (generated as unknown as { programme: ((d: unknown) => boolean) & { errors?: ErrorObject[] | null } }).programme;

/** Errors as comparable text (the data they point to is compared through the path). */
const asText = (errors: ErrorObject[]) => errors.map((e) => JSON.stringify({ ...e, data: undefined })).sort();

const reference = (data: unknown) => (whole(data) ? [] : [...(whole.errors ?? [])]);

/**
 * The errors of `data` as validate() gives them — first seen (validated whole, filed by
 * day), then with one day replaced by a copy while the others are known (validated day by
 * day) — are the errors of validating the whole with the published schema.
 */
function assertSameErrors(data: unknown, what: string): boolean {
  const expected = reference(data);
  assert.deepEqual(asText(validate('programme', data)), asText(expected), `${what} (first seen)`);
  if (hasDays(data)) {
    for (const k of [0, data.days.length >> 1, data.days.length - 1].filter((k, i, all) => k >= 0 && all.indexOf(k) === i)) {
      const edited: { days: unknown[] } = { ...data, days: data.days.map((d: unknown, i: number) => (i === k ? structuredClone(d) : d)) };
      assert.deepEqual(asText(validate('programme', edited)), asText(reference(edited)), `${what} (day ${k} changed)`);
    }
  }
  return expected.length > 0;
}

function hasDays(data: unknown): data is { days: unknown[] } {
  return typeof data === 'object' && data !== null && Array.isArray((data as { days?: unknown }).days);
}

test('day by day gives the errors of the whole document, on every example and its mutations', () => {
  let compared = 0;
  let withErrors = 0;
  for (const { name, text } of projectTexts()) {
    for (const [i, t] of [text, ...mutations(text, 150, 7)].entries()) {
      const data = parseDocument('file:///ws/p.programme.yaml', t).data;
      if (!hasDays(data)) continue;
      compared++;
      if (assertSameErrors(data, `${name} #${i}`)) withErrors++;
    }
  }
  assert.ok(compared > 100 && withErrors > 20, `${compared} programmes with days compared, ${withErrors} with errors`);
});

test('day by day gives the errors of the whole document with a wrong value at every key of a day, slot and track', () => {
  const wrong: unknown[] = ['texte', 42, 3.5, true, null, [1, 'a'], { a: 1 }, '25h', '0min', 'tous'];
  const base = () => ({
    title: 'Séminaire',
    days: [
      { date: '2025-03-11', agenda: [{ time: '09:00-10:00', title: 'Accueil' }] },
      {
        date: '2025-03-12',
        start: '09:00',
        agenda: [
          { start: '09:00', duration: '1h', title: 'Ateliers', groups: ['g1'], per_group: '15min', speakers: ['claire'], produces: ['carte'], tracks: [{ title: 'Mobilité', lead: 'claire', groups: ['g1'], speakers: ['claire'] }] },
        ],
      },
    ],
  });
  const dayKeys = ['date', 'start', 'agenda', 'title', 'inconnu'];
  const slotKeys = ['time', 'start', 'end', 'duration', 'title', 'type', 'groups', 'per_group', 'speakers', 'produces', 'tracks', 'id', 'description', 'inconnu'];
  const trackKeys = ['title', 'lead', 'groups', 'speakers', 'room', 'inconnu'];
  let withErrors = 0;
  for (const value of wrong) {
    for (const key of dayKeys) {
      const data = base();
      (data.days[1] as Record<string, unknown>)[key] = value;
      if (assertSameErrors(data, `day.${key} = ${JSON.stringify(value)}`)) withErrors++;
    }
    for (const key of slotKeys) {
      const data = base();
      (data.days[1]!.agenda[0] as Record<string, unknown>)[key] = value;
      if (assertSameErrors(data, `slot.${key} = ${JSON.stringify(value)}`)) withErrors++;
    }
    for (const key of trackKeys) {
      const data = base();
      ((data.days[1]!.agenda[0] as { tracks: Record<string, unknown>[] }).tracks[0]!)[key] = value;
      if (assertSameErrors(data, `track.${key} = ${JSON.stringify(value)}`)) withErrors++;
    }
    const data = base() as { days: unknown[] };
    data.days.push(value);
    if (assertSameErrors(data, `a day that is ${JSON.stringify(value)}`)) withErrors++;
  }
  assert.ok(withErrors > 100, `${withErrors} documents with errors`);
});

test('a day validated before is not validated again while its data object is the same, unless it moved', () => {
  const day = { date: '2025-03-11', agenda: [{ time: '9h-10h', title: 3 }] };
  const first = validate('programme', { title: 'A', days: [day] });
  const again = validate('programme', { title: 'B', days: [day] });
  assert.equal(again[0], first[0], 'the same error objects are reused');
  const moved = validate('programme', { title: 'B', days: [{ date: '2025-03-10', agenda: [] }, day] });
  assert.ok(moved.some((e) => e.instancePath === '/days/1/agenda/0/title'), 'a day at another index is validated at its new place');
});
