/**
 * `programme-missing` (FORMAT.md §5), error: a phase's `programmes` path that does not
 * exist. Paths are relative to the mission file's folder.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Range } from '../../../server/src/core';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { atelierSession as session, edit } from './helpers';

const URI = 'file:///ws/m.mission.yaml';

const FILES: Record<string, string> = {
  'file:///ws/ateliers/atelier-1.programme.yaml': session('Session 1 — diagnostic partagé', '2023-03-31'),
  'file:///ws/ateliers/atelier-2.programme.yaml': session('Session 2 — stratégie territoriale', '2023-05-16'),
  'file:///ws/ateliers/atelier-3.programme.yaml': session('Session 3 — plan d’actions', '2023-09-21'),
};

const LOCAL = `title: Atelier des territoires — la vallée de la Sambre, de la friche au projet
scheme: atelier-local
client: DDTM 59
partners: [Communauté d'agglomération Maubeuge Val de Sambre, Commune de Poix-du-Nord]
pilot: DDTM 59 — service aménagement et territoires
contact: atelier-territoires.ddtm59@example.org
period: { start: 2023-01, end: 2023-10 }
governance:
  - id: copil
    name: Comité de pilotage
phases:
  - id: diagnostic
    title: Diagnostic partagé
    start: 2023-01
    end: 2023-03
    programmes: [ateliers/atelier-1.programme.yaml]
    governance: [copil]
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
    deliverables: [feuille-route]
    governance: [copil]
deliverables:
  - id: feuille-route
    title: Feuille de route partagée
    due: 2023-10
`;

/** The range of a path inside a `programmes: [...]` list. */
function pathRange(text: string, path: string, occurrence = 1): Range {
  return rangeOf(text, path, occurrence);
}

describe('programme-missing — silent', () => {
  test('a complete atelier local whose three programmes exist is clean', () => {
    expectClean(LOCAL, { uri: URI, files: FILES });
  });

  test('`./` and `../` paths resolve against the mission folder', () => {
    const text = edit(
      edit(LOCAL, 'ateliers/atelier-1.programme.yaml', './ateliers/atelier-1.programme.yaml'),
      'ateliers/atelier-2.programme.yaml',
      '../ws/ateliers/atelier-2.programme.yaml',
    );
    assert.deepEqual(only('programme-missing', diagnose(text, { uri: URI, files: FILES })), []);
  });

  test('a mission in a sub-folder reaches a sibling folder with `../`', () => {
    const text = LOCAL.replace(/\[ateliers\//g, '[../ateliers/');
    expectClean(text, { uri: 'file:///ws/missions/m.mission.yaml', files: FILES });
  });

  test('a linked programme that exists but is broken is not missing (it is checked on its own)', () => {
    const files = { ...FILES, 'file:///ws/ateliers/atelier-2.programme.yaml': 'title: [Session 2\n' };
    assert.deepEqual(only('programme-missing', diagnose(LOCAL, { uri: URI, files })), []);
  });
});

describe('programme-missing — one cause, one diagnostic', () => {
  test('a path that does not name a programme file is a schema error only', () => {
    const text = edit(LOCAL, 'ateliers/atelier-2.programme.yaml', 'ateliers/atelier-2.yaml');
    const diagnostics = diagnose(text, { uri: URI, files: FILES });
    assert.deepEqual(only('programme-missing', diagnostics), []);
    const d = expectOne(diagnostics, 'schema', 'error', pathRange(text, 'ateliers/atelier-2.yaml'));
    assert.match(d.message, /is not a programme file/);
  });

  test('`.programme.yml` is a programme file too', () => {
    const text = edit(LOCAL, 'ateliers/atelier-2.programme.yaml', 'ateliers/atelier-2.programme.yml');
    const files: Record<string, string> = { ...FILES, 'file:///ws/ateliers/atelier-2.programme.yml': FILES['file:///ws/ateliers/atelier-2.programme.yaml']! };
    delete files['file:///ws/ateliers/atelier-2.programme.yaml'];
    expectClean(text, { uri: URI, files });
  });
});

describe('programme-missing — fires', () => {
  test('a path to no file: error on the path (full message and data)', () => {
    const files = { ...FILES };
    delete files['file:///ws/ateliers/atelier-3.programme.yaml'];
    const diagnostics = diagnose(LOCAL, { uri: URI, files });
    const d = expectOne(diagnostics, 'programme-missing', 'error', pathRange(LOCAL, 'ateliers/atelier-3.programme.yaml'));
    assert.equal(d.message, 'No programme file at `ateliers/atelier-3.programme.yaml` (relative to this mission).');
    assert.deepEqual(d.data, { code: 'programme-missing', path: 'ateliers/atelier-3.programme.yaml', phase: 'plan-actions' });
    assert.deepEqual(diagnostics.map((x) => x.code), ['programme-missing'], 'nothing else fires');
  });

  test('a typo in the file name', () => {
    const text = edit(LOCAL, 'ateliers/atelier-2.programme.yaml', 'ateliers/atelier-02.programme.yaml');
    expectOne(diagnose(text, { uri: URI, files: FILES }), 'programme-missing', 'error', pathRange(text, 'ateliers/atelier-02.programme.yaml'));
  });

  test('paths are relative to the mission, not to the workspace root', () => {
    const text = LOCAL;
    const found = only('programme-missing', diagnose(text, { uri: 'file:///ws/missions/m.mission.yaml', files: FILES }));
    assert.deepEqual(
      found.map((d) => d.range),
      [
        pathRange(text, 'ateliers/atelier-1.programme.yaml'),
        pathRange(text, 'ateliers/atelier-2.programme.yaml'),
        pathRange(text, 'ateliers/atelier-3.programme.yaml'),
      ],
    );
  });

  test('several programmes in one phase: only the missing one', () => {
    const text = edit(
      LOCAL,
      'programmes: [ateliers/atelier-2.programme.yaml]',
      'programmes:\n      - ateliers/atelier-2.programme.yaml\n      - ateliers/visite-terrain.programme.yaml',
    ).replace('scheme: atelier-local', 'scheme: other');
    const d = expectOne(diagnose(text, { uri: URI, files: FILES }), 'programme-missing', 'error', pathRange(text, 'ateliers/visite-terrain.programme.yaml'));
    assert.equal(d.data?.phase, 'strategie');
  });

  test('in French', () => {
    const text = edit(LOCAL, 'ateliers/atelier-2.programme.yaml', 'ateliers/atelier-02.programme.yaml');
    const d = expectOne(
      diagnose(text, { uri: URI, files: FILES, settings: { language: 'fr' } }),
      'programme-missing',
      'error',
      pathRange(text, 'ateliers/atelier-02.programme.yaml'),
    );
    assert.equal(d.message, 'Aucun fichier de programme à `ateliers/atelier-02.programme.yaml` (chemin relatif à cette mission).');
  });

  test('severity setting and off', () => {
    const text = edit(LOCAL, 'ateliers/atelier-2.programme.yaml', 'ateliers/atelier-02.programme.yaml');
    expectOne(
      diagnose(text, { uri: URI, files: FILES, settings: { rules: { 'programme-missing': 'warning' } } }),
      'programme-missing',
      'warning',
      pathRange(text, 'ateliers/atelier-02.programme.yaml'),
    );
    expectClean(text, { uri: URI, files: FILES, settings: { rules: { 'programme-missing': 'off' } } });
  });
});
