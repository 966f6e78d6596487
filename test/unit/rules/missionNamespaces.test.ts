/**
 * `ref-unknown`, `id-duplicate` and `unused` over the mission namespaces of FORMAT.md 7.4:
 * people, territories, workstreams, milestones. `pilot` and `owner` are references only when
 * they equal a person id; a free-text organisation is never an unknown id. `unused` judges
 * only a territory id that no workstream names (a hint); the team, the workstreams and the
 * milestones are never "unused".
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only } from '../../helpers';
import { EVERY_KEY_MISSION_V2 } from '../model/fixtures';
import { edit, idRange, rangeIn } from './helpers';

const URI = 'file:///ws/crte.mission.yaml';
const BASE = EVERY_KEY_MISSION_V2;
const check = (text: string, language: 'en' | 'fr' = 'en') => diagnose(text, { uri: URI, settings: { language } });

describe('free text where an id may be written', () => {
  test('a pilot and an owner that are organisations, not ids, give nothing', () => {
    const text = edit(edit(BASE, 'pilot: guiot', 'pilot: Cerema Normandie-Centre'), 'owner: guiot', "owner: CAUE de l'Eure");
    expectClean(text, { uri: URI });
  });

  test('an owner that looks like an id but names nobody of the team is free text too', () => {
    expectClean(edit(BASE, 'owner: guiot', 'owner: caue27'), { uri: URI });
  });
});

describe('ref-unknown in a mission', () => {
  test('a workstream lead who is not in the team, with the nearest id (English and French)', () => {
    const text = edit(BASE, 'lead: guiot', 'lead: guio');
    const d = expectOne(check(text), 'ref-unknown', 'error', rangeIn(text, '    lead: guio\n', 'guio'));
    assert.equal(d.message, 'No person has the id `guio` — did you mean `guiot`?');
    assert.deepEqual(d.data, { code: 'ref-unknown', id: 'guio', refKind: 'person', suggestion: 'guiot', candidates: ['guiot'] });
    const fr = expectOne(check(text, 'fr'), 'ref-unknown', 'error', rangeIn(text, '    lead: guio\n', 'guio'));
    assert.equal(fr.message, 'Aucun intervenant n’a l’identifiant `guio` — vouliez-vous dire `guiot` ?');
  });

  test('a phase and a milestone naming an unknown workstream; a milestone naming an unknown phase', () => {
    const text = edit(edit(BASE, 'workstream: pa\n    kind: core', 'workstream: pb\n    kind: core'), 'phase: diagnostic', 'phase: diag');
    assert.deepEqual(
      only('ref-unknown', check(text)).map((d) => d.message),
      ['No workstream has the id `pb` — did you mean `pa`?', 'No phase has the id `diag` — did you mean `diagnostic`?'],
    );
  });

  test('a milestone naming an unknown governance body lists the existing ones', () => {
    const text = edit(BASE, 'governance: copil\n    workstream', 'governance: cotech\n    workstream');
    const d = expectOne(check(text), 'ref-unknown', 'error', rangeIn(text, '    governance: cotech', 'cotech'));
    assert.equal(d.message, 'No governance body has the id `cotech` (existing ids: `copil`).');
  });
});

describe('id-duplicate in a mission', () => {
  test('two workstreams with one id: on the second, pointing to the first', () => {
    const text = edit(BASE, 'phases:\n', "  - id: pa\n    title: Lieuvin Pays d'Auge\nphases:\n");
    const line = idRange(text, 'pa').start.line + 1;
    const d = expectOne(check(text), 'id-duplicate', 'error', idRange(text, 'pa', 2));
    assert.equal(d.message, `The workstream id \`pa\` is already used (line ${line}).`);
    const fr = expectOne(check(text, 'fr'), 'id-duplicate', 'error', idRange(text, 'pa', 2));
    assert.equal(fr.message, `L’identifiant de chantier \`pa\` est déjà utilisé (ligne ${line}).`);
  });

  test('a milestone and a phase may share an id: different namespaces', () => {
    expectClean(edit(BASE, '  - id: signature', '  - id: diagnostic'), { uri: URI });
  });
});

describe('unused in a mission', () => {
  const extra = edit(BASE, '    population: 30000\n', "    population: 30000\n  - id: lieuvin\n    name: Intercom Lieuvin Pays d'Auge\n");

  test('a territory id that no workstream names: a hint on the id (English and French)', () => {
    const d = expectOne(check(extra), 'unused', 'hint', idRange(extra, 'lieuvin'));
    assert.equal(d.message, 'The territory id `lieuvin` is never referenced by a workstream.');
    assert.deepEqual(d.data, { code: 'unused', id: 'lieuvin', entity: 'territory' });
    assert.equal(d.unnecessary, true);
    const fr = expectOne(check(extra, 'fr'), 'unused', 'hint', idRange(extra, 'lieuvin'));
    assert.equal(fr.message, 'L’identifiant de territoire `lieuvin` n’est repris par aucun chantier.');
  });

  test('a typo\'d `territoires:` in a workstream: the unknown key only, its territory is not called unused', () => {
    const text = edit(BASE, 'territories: [pont-audemer]', 'territoires: [pont-audemer]');
    assert.deepEqual(
      check(text).map((d) => `${d.code}: ${d.message}`),
      ['schema: `territoires` is not a workstream key — did you mean `territories`?'],
    );
  });

  test('no workstreams at all: territory ids are not judged', () => {
    const text = extra.slice(0, extra.indexOf('workstreams:')) + extra.slice(extra.indexOf('phases:'));
    const cleaned = text.replace('    workstream: pa\n', '').replace('    workstream: pa\n', '');
    assert.deepEqual(only('unused', check(cleaned)), []);
  });

  test('a person of the team nothing names, a workstream no phase names, a milestone: never unused', () => {
    const text = edit(
      edit(BASE, '    organisation: Cerema Normandie-Centre\n', '    organisation: Cerema Normandie-Centre\n  - id: leroy\n    name: Paul Leroy\n'),
      'phases:\n',
      "  - id: lpa\n    title: Lieuvin Pays d'Auge\nphases:\n",
    );
    expectClean(text, { uri: URI });
  });
});
