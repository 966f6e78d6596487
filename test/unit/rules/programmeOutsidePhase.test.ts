/**
 * `programme-outside-phase` (FORMAT.md §5), warning: a linked programme whose dates fall
 * outside its phase. Months follow §2: a phase ending `2023-03` ends on 2023-03-31, so a
 * programme dated 2023-03-31 lies inside it.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Range } from '../../../server/src/core';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { atelierSession as session } from './helpers';

const URI = 'file:///ws/m.mission.yaml';
const A1 = 'file:///ws/ateliers/atelier-1.programme.yaml';
const A2 = 'file:///ws/ateliers/atelier-2.programme.yaml';
const A3 = 'file:///ws/ateliers/atelier-3.programme.yaml';

/** A two-day session. */
function twoDays(title: string, first: string, second: string): string {
  return `title: ${title}
organiser: DDTM 59
days:
  - date: ${first}
    agenda:
      - time: 14h00-17h00
        title: Visite collective du site
        type: site-visit
  - date: ${second}
    agenda:
      - time: 09h00-12h00
        title: Séance collective et restitution à chaud
        type: workshop
`;
}

const FILES: Record<string, string> = {
  [A1]: session('Session 1 — diagnostic partagé', '2023-03-31'),
  [A2]: session('Session 2 — stratégie territoriale', '2023-04-01'),
  [A3]: session('Session 3 — plan d’actions', '2023-09-21'),
};

const LOCAL = `title: Atelier des territoires — la vallée de la Sambre, de la friche au projet
scheme: atelier-local
client: DDTM 59
partners: [Communauté d'agglomération Maubeuge Val de Sambre, Commune de Poix-du-Nord]
pilot: DDTM 59 — service aménagement et territoires
period: { start: 2023-01, end: 2023-10 }
phases:
  - id: diagnostic
    title: Diagnostic partagé
    start: 2023-01
    end: 2023-03
    programmes: [ateliers/atelier-1.programme.yaml]
  - id: strategie
    title: Stratégie territoriale
    start: 2023-04
    end: 2023-06
    programmes: [ateliers/atelier-2.programme.yaml]
  - id: plan-actions
    title: Plan d'actions et feuille de route
    start: 2023-07
    end: 2023-10
    programmes: [ateliers/atelier-3.programme.yaml]
`;

const files = (overrides: Record<string, string>) => ({ ...FILES, ...overrides });
const pathRange = (text: string, path: string): Range => rangeOf(text, path);

describe('programme-outside-phase — silent', () => {
  test('a complete atelier local; a programme on the last day of a phase ending `2023-03`, another on the first day of a phase starting `2023-04`', () => {
    expectClean(LOCAL, { uri: URI, files: FILES });
  });

  test('a two-day programme entirely inside its phase', () => {
    expectClean(LOCAL, { uri: URI, files: files({ [A3]: twoDays('Session 3 — plan d’actions', '2023-10-30', '2023-10-31') }) });
  });

  test('a programme without a date cannot be outside its phase', () => {
    const undated = session('Session 2 — stratégie territoriale', '2023-04-01').replace('date: 2023-04-01\n', '');
    assert.deepEqual(only('programme-outside-phase', diagnose(LOCAL, { uri: URI, files: files({ [A2]: undated }) })), []);
  });

  test('a phase without dates accepts any programme date', () => {
    const text = LOCAL.replace('    start: 2023-04\n    end: 2023-06\n', '');
    assert.deepEqual(only('programme-outside-phase', diagnose(text, { uri: URI, files: files({ [A2]: session('Session 2', '2023-08-01') }) })), []);
  });

  test('a missing programme is only programme-missing', () => {
    const rest = { ...FILES };
    delete rest[A2];
    const found = diagnose(LOCAL, { uri: URI, files: rest });
    assert.deepEqual(found.map((d) => d.code), ['programme-missing']);
  });
});

describe('programme-outside-phase — fires', () => {
  test('a programme after the end of its phase: warning on the path (full message and data)', () => {
    const diagnostics = diagnose(LOCAL, { uri: URI, files: files({ [A1]: session('Session 1 — diagnostic partagé', '2023-04-03') }) });
    const d = expectOne(diagnostics, 'programme-outside-phase', 'warning', pathRange(LOCAL, 'ateliers/atelier-1.programme.yaml'));
    assert.equal(
      d.message,
      'The programme `ateliers/atelier-1.programme.yaml` takes place on 3 April 2023, outside its phase (from 1 January 2023 to 31 March 2023).',
    );
    assert.deepEqual(d.data, {
      code: 'programme-outside-phase',
      path: 'ateliers/atelier-1.programme.yaml',
      phase: 'diagnostic',
      first: '2023-04-03',
      last: '2023-04-03',
    });
    assert.deepEqual(diagnostics.map((x) => x.code), ['programme-outside-phase'], 'nothing else fires');
  });

  test('a programme before the start of its phase', () => {
    const d = expectOne(
      diagnose(LOCAL, { uri: URI, files: files({ [A2]: session('Session 2 — stratégie territoriale', '2023-03-31') }) }),
      'programme-outside-phase',
      'warning',
      pathRange(LOCAL, 'ateliers/atelier-2.programme.yaml'),
    );
    assert.equal(d.data?.phase, 'strategie');
  });

  test('a two-day programme whose second day falls after the phase', () => {
    const d = expectOne(
      diagnose(LOCAL, { uri: URI, files: files({ [A1]: twoDays('Session 1 — diagnostic partagé', '2023-03-31', '2023-04-01') }) }),
      'programme-outside-phase',
      'warning',
      pathRange(LOCAL, 'ateliers/atelier-1.programme.yaml'),
    );
    assert.equal(
      d.message,
      'The programme `ateliers/atelier-1.programme.yaml` takes place from 31 March 2023 to 1 April 2023, outside its phase (from 1 January 2023 to 31 March 2023).',
    );
    assert.equal(d.data?.first, '2023-03-31');
    assert.equal(d.data?.last, '2023-04-01');
  });

  test('a phase given by dates', () => {
    const text = LOCAL.replace('    start: 2023-07\n    end: 2023-10\n', '    start: 2023-07-01\n    end: 2023-09-15\n');
    const d = expectOne(diagnose(text, { uri: URI, files: FILES }), 'programme-outside-phase', 'warning', pathRange(text, 'ateliers/atelier-3.programme.yaml'));
    assert.match(d.message, /\(from 1 July 2023 to 15 September 2023\)\.$/);
  });

  test('in French', () => {
    const d = expectOne(
      diagnose(LOCAL, { uri: URI, files: files({ [A1]: session('Session 1', '2023-04-03') }), settings: { language: 'fr' } }),
      'programme-outside-phase',
      'warning',
      pathRange(LOCAL, 'ateliers/atelier-1.programme.yaml'),
    );
    assert.equal(d.message, 'Le programme `ateliers/atelier-1.programme.yaml` a lieu le 3 avril 2023, hors de sa phase (du 1er janvier 2023 au 31 mars 2023).');
  });

  test('a two-day programme, in French', () => {
    const d = expectOne(
      diagnose(LOCAL, { uri: URI, files: files({ [A1]: twoDays('Session 1', '2023-03-31', '2023-04-01') }), settings: { language: 'fr' } }),
      'programme-outside-phase',
      'warning',
      pathRange(LOCAL, 'ateliers/atelier-1.programme.yaml'),
    );
    assert.equal(
      d.message,
      'Le programme `ateliers/atelier-1.programme.yaml` a lieu du 31 mars 2023 au 1er avril 2023, hors de sa phase (du 1er janvier 2023 au 31 mars 2023).',
    );
  });

  test('severity setting and off', () => {
    const moved = files({ [A1]: session('Session 1', '2023-04-03') });
    expectOne(
      diagnose(LOCAL, { uri: URI, files: moved, settings: { rules: { 'programme-outside-phase': 'error' } } }),
      'programme-outside-phase',
      'error',
      pathRange(LOCAL, 'ateliers/atelier-1.programme.yaml'),
    );
    expectClean(LOCAL, { uri: URI, files: moved, settings: { rules: { 'programme-outside-phase': 'off' } } });
  });
});
