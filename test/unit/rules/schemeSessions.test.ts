/**
 * `scheme-sessions` (FORMAT.md §5), warning: an `atelier-flash` with other than 1 on-site
 * session, an `atelier-local` with other than 3 (a session = a programme linked from a
 * phase); the expected counts come from the `schemes` settings.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';

const URI = 'file:///ws/m.mission.yaml';

function session(title: string, date: string): string {
  return `title: ${title}
organiser: DDT 89
date: ${date}
agenda:
  - time: 09h00-09h30
    title: Accueil en mairie
    type: welcome
  - time: 09h30-12h00
    title: Séance collective
    type: workshop
`;
}

const FILES: Record<string, string> = {
  'file:///ws/sessions/session-1.programme.yaml': session('Session 1 — diagnostic partagé', '2023-02-07'),
  'file:///ws/sessions/session-2.programme.yaml': session('Session 2 — stratégie', '2023-04-11'),
  'file:///ws/sessions/session-3.programme.yaml': session('Session 3 — plan d’actions', '2023-06-20'),
  'file:///ws/sessions/session-4.programme.yaml': session('Session 4 — restitution publique', '2023-08-29'),
};

/** A mission of `scheme` whose phases link the given session numbers (one list per phase). */
function mission(scheme: string, phases: number[][], period = '{ start: 2023-01, end: 2023-09 }'): string {
  const phaseText = phases
    .map(
      (sessions, i) => `  - id: phase-${i + 1}
    title: Phase ${i + 1}
${sessions.length ? `    programmes:\n${sessions.map((n) => `      - sessions/session-${n}.programme.yaml\n`).join('')}` : ''}`,
    )
    .join('');
  return `title: Atelier des territoires — vallée de l'Yonne
scheme: ${scheme}
client: DDT de l'Yonne (DDT 89)
partners: [Communauté de communes du Jovinien, CAUE de l'Yonne]
period: ${period}
phases:
${phaseText}`;
}

const FLASH_PERIOD = '{ start: 2023-01, end: 2023-03 }';
const flash = (phases: number[][]) => mission('atelier-flash', phases, FLASH_PERIOD);
const local = (phases: number[][]) => mission('atelier-local', phases);
const schemeRange = (text: string, scheme: string) => rangeOf(text, scheme);

describe('scheme-sessions — atelier flash', () => {
  test('silent: one session', () => {
    expectClean(flash([[], [1], []]), { uri: URI, files: FILES });
  });

  test('two sessions: warning on the scheme value (full message and data)', () => {
    const text = flash([[1], [2]]);
    const diagnostics = diagnose(text, { uri: URI, files: FILES });
    const d = expectOne(diagnostics, 'scheme-sessions', 'warning', schemeRange(text, 'atelier-flash'));
    assert.equal(d.message, 'An atelier flash has 1 on-site session; this mission links 2.');
    assert.deepEqual(d.data, { code: 'scheme-sessions', count: 2, expected: 1, scheme: 'atelier-flash' });
    assert.deepEqual(diagnostics.map((x) => x.code), ['scheme-sessions'], 'nothing else fires');
  });

  test('no session linked at all', () => {
    const text = flash([[]]);
    const d = expectOne(diagnose(text, { uri: URI, files: FILES }), 'scheme-sessions', 'warning', schemeRange(text, 'atelier-flash'));
    assert.equal(d.data?.count, 0);
    assert.match(d.message, /has 1 on-site session; this mission links 0\.$/);
  });

  test('no phases at all', () => {
    const text = `title: Atelier flash — Rivelonges
scheme: atelier-flash
period: ${FLASH_PERIOD}
`;
    const d = expectOne(diagnose(text, { uri: URI }), 'scheme-sessions', 'warning', schemeRange(text, 'atelier-flash'));
    assert.equal(d.data?.count, 0);
  });

  test('in French', () => {
    const text = flash([[1, 2]]);
    const d = expectOne(diagnose(text, { uri: URI, files: FILES, settings: { language: 'fr' } }), 'scheme-sessions', 'warning', schemeRange(text, 'atelier-flash'));
    assert.equal(d.message, 'Un atelier flash comporte 1 session sur site ; cette mission en relie 2.');
  });

  test('the expected count comes from settings', () => {
    const settings = { schemes: { atelierFlashSessions: 2 } };
    expectClean(flash([[1], [2]]), { uri: URI, files: FILES, settings });
    const text = flash([[1]]);
    const d = expectOne(diagnose(text, { uri: URI, files: FILES, settings }), 'scheme-sessions', 'warning', schemeRange(text, 'atelier-flash'));
    assert.match(d.message, /has 2 on-site sessions; this mission links 1\.$/);
    assert.deepEqual(d.data, { code: 'scheme-sessions', count: 1, expected: 2, scheme: 'atelier-flash' });
  });
});

describe('scheme-sessions — atelier local', () => {
  test('silent: three sessions over three phases', () => {
    expectClean(local([[1], [2], [3]]), { uri: URI, files: FILES });
  });

  test('silent: three sessions, two of them in the same phase', () => {
    expectClean(local([[1], [2, 3]]), { uri: URI, files: FILES });
  });

  test('two sessions', () => {
    const text = local([[1], [2]]);
    const d = expectOne(diagnose(text, { uri: URI, files: FILES }), 'scheme-sessions', 'warning', schemeRange(text, 'atelier-local'));
    assert.equal(d.message, 'An atelier local has 3 on-site sessions; this mission links 2.');
    assert.deepEqual(d.data, { code: 'scheme-sessions', count: 2, expected: 3, scheme: 'atelier-local' });
  });

  test('four sessions', () => {
    const text = local([[1], [2, 3], [4]]);
    const d = expectOne(diagnose(text, { uri: URI, files: FILES }), 'scheme-sessions', 'warning', schemeRange(text, 'atelier-local'));
    assert.equal(d.data?.count, 4);
  });

  test('in French', () => {
    const text = local([[1], [2]]);
    const d = expectOne(diagnose(text, { uri: URI, files: FILES, settings: { language: 'fr' } }), 'scheme-sessions', 'warning', schemeRange(text, 'atelier-local'));
    assert.equal(d.message, 'Un atelier local comporte 3 sessions sur site ; cette mission en relie 2.');
  });

  test('the expected count comes from settings', () => {
    const settings = { schemes: { atelierLocalSessions: 4 } };
    expectClean(local([[1], [2, 3], [4]]), { uri: URI, files: FILES, settings });
    assert.equal(only('scheme-sessions', diagnose(local([[1], [2], [3]]), { uri: URI, files: FILES, settings })).length, 1);
  });
});

describe('scheme-sessions — other schemes and settings', () => {
  test('silent: a CRTE may link any number of programmes', () => {
    const text = mission('crte', [[1, 2], [3, 4]], '{ start: 2023-01, end: 2023-12 }');
    expectClean(text, { uri: URI, files: FILES });
  });

  test('severity setting and off', () => {
    const text = local([[1], [2]]);
    expectOne(
      diagnose(text, { uri: URI, files: FILES, settings: { rules: { 'scheme-sessions': 'information' } } }),
      'scheme-sessions',
      'information',
      schemeRange(text, 'atelier-local'),
    );
    expectClean(text, { uri: URI, files: FILES, settings: { rules: { 'scheme-sessions': 'off' } } });
  });
});
