import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, expectOne, only, rangeOf } from '../../helpers';

test('a French colon inside a value: one yaml-syntax error on the whole value, with the quoted fix', () => {
  const text = `title: Atelier territorial : Poix-du-Nord
date: 2021-10-20
`;
  const d = expectOne(diagnose(text), 'yaml-syntax', 'error', rangeOf(text, 'Atelier territorial : Poix-du-Nord'));
  assert.equal(d.message, 'A value containing `: ` must be in quotes: write `title: "Atelier territorial : Poix-du-Nord"`.');
  assert.equal(diagnose(text).length, 1, 'the broken title gives no schema error as well');
});

test('the same mistake inside a slot, in French', () => {
  const text = `title: Atelier
date: 2021-10-20
agenda:
  - time: 16h00-16h45
    title: Restitution : synthèse des groupes
    type: report-back
`;
  const all = diagnose(text, { settings: { language: 'fr' } });
  const d = expectOne(all, 'yaml-syntax', 'error', rangeOf(text, 'Restitution : synthèse des groupes'));
  assert.equal(d.message, 'Une valeur contenant `: ` doit être entre guillemets : écrivez `title: "Restitution : synthèse des groupes"`.');
  assert.deepEqual(all.map((x) => x.code), ['yaml-syntax']);
});

test('an unclosed [ is reported on the bracket, and its value is not also a schema error', () => {
  const text = `title: Atelier
objectives: [Échanger sur le positionnement de la DDTM
date: 2021-10-20
`;
  const all = diagnose(text);
  const d = expectOne(all, 'yaml-syntax', 'error', rangeOf(text, '['));
  assert.equal(d.message, 'This list or set opened with `[` is not closed: add `]`.');
  assert.equal(only('schema', all).length, 0);
});

test('an unclosed quote', () => {
  const text = `title: "Atelier territorial
date: 2021-10-20
`;
  const all = only('yaml-syntax', diagnose(text));
  assert.equal(all.length, 1);
  assert.equal(all[0]!.message, 'A quoted text is not closed: add the closing quote.');
});

test('a duplicate key underlines the whole second key', () => {
  const text = `title: Atelier
date: 2021-10-20
title: Autre titre
`;
  const d = expectOne(diagnose(text), 'yaml-syntax', 'error', rangeOf(text, 'title', 2));
  assert.equal(d.message, 'The key `title` appears twice in the same block: keep one.');
});

test('tabs used for indentation', () => {
  const text = 'title: Atelier\ndate: 2021-10-20\nagenda:\n\t- time: 8h-9h\n\t  title: Accueil\n';
  const all = only('yaml-syntax', diagnose(text));
  assert.ok(all.length >= 1);
  assert.equal(all[0]!.message, 'Tabs cannot indent YAML: use spaces.');
  assert.equal(all[0]!.range.start.line, 3);
});

test('the part that parsed is still checked after a syntax error', () => {
  const text = `title: Atelier
date: 2021-10-20
objectives: [a, b
people:
  - id: archi
agenda:
  - time: 08h30-09h00
    title: Accueil
    type: welcome
    speakers: [archi]
  - time: 08h45-09h30
    title: Présentation
    speakers: [archi]
`;
  const all = diagnose(text);
  assert.ok(only('yaml-syntax', all).length >= 1);
  const overlap = only('time-overlap', all);
  assert.equal(overlap.length, 1, JSON.stringify(all.map((d) => d.code)));
});

test('a rule setting of off silences yaml-syntax', () => {
  const text = 'title: Atelier : x\n';
  assert.equal(only('yaml-syntax', diagnose(text, { settings: { rules: { 'yaml-syntax': 'off' } } })).length, 0);
});
