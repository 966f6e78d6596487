/**
 * `date-outside-phase` (FORMAT.md 7.4), warning: a deliverable listed in a phase's
 * `deliverables`, or a milestone that names a `phase`, dated outside that phase; and its
 * quick fix, which moves a deliverable's `due` to the phase's end.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/core';
import { codeActions } from '../../../server/src/core/codeActions';
import { messagesFor } from '../../../server/src/core/messages';
import { diagnose, expectClean, expectOne, only } from '../../helpers';
import { edit, rangeIn, valueRange } from './helpers';

const URI = 'file:///ws/nct-herault.mission.yaml';

const NCT = `title: Le Nouveau Conseil aux Territoires — retour d'expérience de la DDTM 34
scheme: nct
client: DDTM 34
period: { start: 2016-01, end: 2017-12 }
phases:
  - id: rex
    title: Retour d'expérience sur Celles, Ganges et Clermont-l'Hérault
    start: 2016-02
    end: 2016-06
    deliverables: [analyse]
  - id: occitanie
    title: État des lieux dans les DDT(M) d'Occitanie
    start: 2016-07
    end: 2017-12
    deliverables: [rapport]
milestones:
  - id: restitution-rex
    title: Restitution du retour d'expérience à la DDTM 34
    date: 2016-06
    kind: restitution
    phase: rex
deliverables:
  - id: analyse
    title: Analyse comparée des trois expérimentations # relue par la DDTM
    due: 2016-06 # fin de la phase
  - id: rapport
    title: Rapport final
    due: 2017-12
`;

const check = (text: string, language: 'en' | 'fr' = 'en') => diagnose(text, { uri: URI, settings: { language } });

describe('date-outside-phase — silent', () => {
  test('dues and a milestone in the last month of their phase', () => {
    expectClean(NCT, { uri: URI });
  });

  test('a due written as a month whose days overlap a phase ending mid-month', () => {
    expectClean(edit(edit(NCT, 'end: 2016-06\n', 'end: 2016-06-15\n'), 'start: 2016-07', 'start: 2016-06-16'), { uri: URI });
  });

  test('a deliverable listed by two phases is fine inside either', () => {
    const text = edit(NCT, 'deliverables: [analyse]', 'deliverables: [analyse, rapport]');
    expectClean(text, { uri: URI });
  });

  test('a deliverable no phase lists, a milestone without `phase`: not judged against a phase', () => {
    const text = edit(edit(NCT, '    deliverables: [analyse]\n', ''), '    phase: rex\n', '');
    expectClean(edit(edit(text, 'due: 2016-06 #', 'due: 2016-09 #'), 'date: 2016-06', 'date: 2016-01-20'), { uri: URI });
  });

  test('a phase without dates judges nothing', () => {
    const undated = edit(edit(NCT, '    start: 2016-02\n', ''), '    end: 2016-06\n', '');
    assert.deepEqual(only('date-outside-phase', check(edit(undated, 'due: 2016-06 #', 'due: 2016-09 #'))), []);
  });
});

describe('date-outside-phase — fires', () => {
  test('a deliverable due after the end of the phase that lists it: on its due (message, data, related)', () => {
    const text = edit(NCT, 'due: 2016-06 #', 'due: 2016-09 #');
    const diagnostics = check(text);
    const d = expectOne(diagnostics, 'date-outside-phase', 'warning', rangeIn(text, 'due: 2016-09 #', '2016-09'));
    assert.equal(d.message, 'This deliverable is due after its phase “Retour d\'expérience sur Celles, Ganges et Clermont-l\'Hérault” ends (30 June 2016).');
    assert.deepEqual(d.data, {
      code: 'date-outside-phase',
      kind: 'deliverable',
      id: 'analyse',
      side: 'after',
      phaseId: 'rex',
      path: ['deliverables', 0, 'due'],
      phaseStart: '2016-02-01',
      phaseEnd: '2016-06',
    });
    assert.deepEqual(d.related, [{ uri: URI, range: valueRange(text, 'end', '2016-06'), message: "Retour d'expérience sur Celles, Ganges et Clermont-l'Hérault" }]);
    assert.deepEqual(diagnostics.map((x) => x.code), ['date-outside-phase']);
    const fr = expectOne(check(text, 'fr'), 'date-outside-phase', 'warning', rangeIn(text, 'due: 2016-09 #', '2016-09'));
    assert.equal(fr.message, 'L’échéance de ce livrable tombe après la fin de sa phase « Retour d\'expérience sur Celles, Ganges et Clermont-l\'Hérault » (30 juin 2016).');
  });

  test('a milestone before the start of the phase it names', () => {
    const text = edit(NCT, 'date: 2016-06', 'date: 2016-01-20');
    const d = expectOne(check(text), 'date-outside-phase', 'warning', valueRange(text, 'date', '2016-01-20'));
    assert.equal(d.message, 'This milestone falls before its phase “Retour d\'expérience sur Celles, Ganges et Clermont-l\'Hérault” starts (1 February 2016).');
    assert.equal(d.data?.phaseId, 'rex');
    const fr = expectOne(check(text, 'fr'), 'date-outside-phase', 'warning', valueRange(text, 'date', '2016-01-20'));
    assert.equal(fr.message, 'Ce jalon tombe avant le début de sa phase « Retour d\'expérience sur Celles, Ganges et Clermont-l\'Hérault » (1er février 2016).');
  });

  test('a due outside its phase and the period is reported once, by the phase rule', () => {
    const text = edit(edit(NCT, 'end: 2017-12\n    deliverables', 'end: 2017-10\n    deliverables'), 'due: 2017-12', 'due: 2018-02');
    assert.deepEqual(
      check(text).map((d) => d.code),
      ['date-outside-phase'],
    );
    const periodOnly = diagnose(text, { uri: URI, settings: { rules: { 'date-outside-phase': 'off' } } });
    expectOne(periodOnly, 'date-outside-period', 'warning', valueRange(text, 'due', '2018-02'));
  });

  test('severity setting and off', () => {
    const text = edit(NCT, 'due: 2016-06 #', 'due: 2016-09 #');
    expectOne(diagnose(text, { uri: URI, settings: { rules: { 'date-outside-phase': 'error' } } }), 'date-outside-phase', 'error', rangeIn(text, 'due: 2016-09 #', '2016-09'));
    expectClean(text, { uri: URI, settings: { rules: { 'date-outside-phase': 'off' } } });
  });
});

function fixes(text: string) {
  const service = createLanguageService({ settings: { language: 'en' } });
  const diagnostics = only('date-outside-phase', service.check(URI, text)) as unknown as Diagnostic[];
  const analysis = service.analyse(URI, text);
  return codeActions(diagnostics[0]!.range, diagnostics, { uri: URI, analysis, m: messagesFor('en'), style: 'colon' }, ['quickfix']);
}

const apply = (text: string, action: { edit?: { changes?: Record<string, { range: Diagnostic['range']; newText: string }[]> } }) =>
  TextDocument.applyEdits(TextDocument.create(URI, 'yaml', 1, text), action.edit!.changes![URI]!);

describe('date-outside-phase — quick fix', () => {
  test('moves the due to the phase’s end, written as a month like the end, keeping the comments', () => {
    const text = edit(NCT, 'due: 2016-06 #', 'due: 2016-09-30 #');
    const [fix, ...others] = fixes(text);
    assert.equal(others.length, 0);
    assert.equal(fix!.title, 'Set `due` to `2016-06`, the end of its phase');
    const after = apply(text, fix!);
    assert.equal(after, NCT);
    expectClean(after, { uri: URI });
  });

  test('a phase ending on a date gives that date, and a quoted due stays quoted', () => {
    const text = edit(edit(NCT, 'end: 2016-06\n', 'end: 2016-06-17\n'), 'due: 2016-06 #', 'due: "2016-09" #');
    const after = apply(text, fixes(text)[0]!);
    assert.equal(after, edit(text, 'due: "2016-09" #', 'due: "2016-06-17" #'));
  });

  test('no fix for a milestone', () => {
    const text = edit(NCT, 'date: 2016-06', 'date: 2016-01-20');
    assert.deepEqual(fixes(text), []);
  });
});
