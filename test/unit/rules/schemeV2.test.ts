/**
 * `scheme-duration` and `scheme-sessions` extended in v2 (FORMAT.md 7.4): the duration is
 * measured on the `core` phases (first start to last end) when the mission has dated core
 * phases, the `period` otherwise; the sessions are the programmes linked from `core`
 * phases. Seed 003: an Atelier flash whose mission includes the instruction of the request.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne } from '../../helpers';
import { atelierSession, edit, valueRange } from './helpers';

const URI = 'file:///ws/rivelonges.mission.yaml';
const FILES = {
  'file:///ws/instruction.programme.yaml': atelierSession('Réunion d’instruction de la demande', '2022-11-08'),
  'file:///ws/session-sur-site.programme.yaml': atelierSession('Atelier flash — session sur site', '2023-02-14'),
  'file:///ws/comite-suivi.programme.yaml': atelierSession('Comité de suivi', '2023-09-12'),
};

const FLASH = `title: Rivelonges — de la gare au bourg
scheme: atelier-flash
client: DDT de l'Yonne
period: { start: 2022-10, end: 2023-09 }
phases:
  - id: instruction
    title: Instruction de la demande
    kind: preparation
    start: 2022-10
    end: 2022-12
    programmes: [instruction.programme.yaml]
  - id: atelier
    title: L'atelier flash
    start: 2023-01
    end: 2023-03
    programmes: [session-sur-site.programme.yaml]
  - id: suites
    title: Suites de l'atelier
    kind: follow-up
    start: 2023-04
    end: 2023-09
    programmes: [comite-suivi.programme.yaml]
`;

const check = (text: string, language: 'en' | 'fr' = 'en') => diagnose(text, { uri: URI, files: FILES, settings: { language } });

describe('scheme-duration on the core phases', () => {
  test('silent: a 12-month period whose core phase lasts 3 months (preparation and follow-up not counted)', () => {
    expectClean(FLASH, { uri: URI, files: FILES });
  });

  test('silent: a preparation phase longer than the scheme allows is not measured', () => {
    const text = edit(FLASH, 'start: 2022-10\n    end: 2022-12', 'start: 2022-01\n    end: 2022-12');
    expectClean(edit(text, 'start: 2022-10, end', 'start: 2022-01, end'), { uri: URI, files: FILES });
  });

  test('a core phase of 4 months: on the end of the last core phase, saying the core phases were measured', () => {
    const text = edit(FLASH, 'end: 2023-03', 'end: 2023-04');
    const shifted = edit(text, 'start: 2023-04\n    end: 2023-09', 'start: 2023-05\n    end: 2023-09');
    const diagnostics = check(shifted);
    const d = expectOne(diagnostics, 'scheme-duration', 'warning', valueRange(shifted, 'end', '2023-04'));
    assert.equal(d.message, 'An atelier flash lasts at most 3 months; its core phases last 4 months.');
    assert.deepEqual(d.data, { code: 'scheme-duration', months: 4, scheme: 'atelier-flash', measured: 'core' });
    assert.deepEqual(diagnostics.map((x) => x.code), ['scheme-duration']);
    const fr = expectOne(check(shifted, 'fr'), 'scheme-duration', 'warning', valueRange(shifted, 'end', '2023-04'));
    assert.equal(fr.message, 'Un atelier flash dure au plus 3 mois ; ses phases de cœur de mission durent 4 mois.');
  });

  test('several core phases are measured from the first start to the last end', () => {
    const text = edit(FLASH, '    kind: follow-up\n', '');
    const d = expectOne(check(text), 'scheme-duration', 'warning', valueRange(text, 'end', '2023-09'));
    assert.equal(d.message, 'An atelier flash lasts at most 3 months; its core phases last 9 months.');
  });

  test('core phases without dates: the period is measured, as in v1', () => {
    const text = edit(edit(FLASH, '    start: 2023-01\n', ''), '    end: 2023-03\n', '');
    const d = expectOne(check(text), 'scheme-duration', 'warning', periodEnd(text));
    assert.equal(d.message, 'An atelier flash lasts at most 3 months; this period lasts 12 months.');
    assert.equal(d.data?.measured, 'period');
  });
});

describe('a phase that cannot be read', () => {
  test('a malformed start of the first core phase: time-format only, the other phases are not measured nor counted alone', () => {
    const local = edit(edit(FLASH, 'scheme: atelier-flash', 'scheme: atelier-local'), '    kind: follow-up\n', '');
    const text = edit(local, 'start: 2023-01', 'start: 2023-13');
    assert.deepEqual(check(text).map((d) => d.code), ['time-format']);
  });

  test('a phase whose id is not an id (it leaves the model): schema only', () => {
    const text = edit(FLASH, '  - id: atelier', '  - id: 42');
    assert.deepEqual(check(text).map((d) => d.code), ['schema']);
  });
});

/** The range of `2023-09` in the `period` line. */
function periodEnd(text: string) {
  const line = text.split('\n').findIndex((l) => l.startsWith('period:'));
  const character = text.split('\n')[line]!.indexOf('2023-09');
  return { start: { line, character }, end: { line, character: character + '2023-09'.length } };
}

describe('scheme-sessions on the core phases', () => {
  test('silent: one session in the core phase, the instruction meeting and the follow-up committee not counted', () => {
    assert.deepEqual(check(FLASH).filter((d) => d.code === 'scheme-sessions'), []);
  });

  test('two programmes in core phases: reported, saying the other phases are not counted', () => {
    const text = edit(FLASH, 'programmes: [session-sur-site.programme.yaml]', 'programmes: [session-sur-site.programme.yaml, comite-suivi.programme.yaml]');
    const d = expectOne(check(text), 'scheme-sessions', 'warning', schemeRange(text));
    assert.equal(
      d.message,
      'An atelier flash has 1 on-site session; the core phases of this mission link 2 (programmes of preparation and follow-up phases are not sessions).',
    );
    assert.deepEqual(d.data, { code: 'scheme-sessions', count: 2, expected: 1, scheme: 'atelier-flash' });
    const fr = expectOne(check(text, 'fr'), 'scheme-sessions', 'warning', schemeRange(text));
    assert.equal(
      fr.message,
      'Un atelier flash comporte 1 session sur site ; les phases de cœur de mission en relient 2 (les programmes des phases de préparation et de suites ne sont pas des sessions).',
    );
  });

  test('without preparation or follow-up phases, the v1 message', () => {
    const text = edit(edit(FLASH, '    kind: preparation\n', ''), '    kind: follow-up\n', '');
    const d = expectOne(check(text), 'scheme-sessions', 'warning', schemeRange(text));
    assert.equal(d.message, 'An atelier flash has 1 on-site session; this mission links 3.');
  });
});

/** The range of the `scheme` value on the second line. */
function schemeRange(text: string) {
  const line = text.split('\n').findIndex((l) => l.startsWith('scheme: '));
  return { start: { line, character: 8 }, end: { line, character: 8 + 'atelier-flash'.length } };
}
