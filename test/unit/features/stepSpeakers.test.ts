/**
 * A person who speaks in one step of a slot (FORMAT.md 7.3, seed 004: Frédéric Applincourt
 * in the third step of 09h15) is a reference like a slot's speaker: go to definition,
 * references, rename, completion, `unused` and `double-booked` all see them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompletionItemKind, type TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type Language } from '../../../server/src/core';
import { diagnose, only, rangeOf } from '../../helpers';
import { edit, idRange, rangeIn } from '../rules/helpers';

const URI = 'file:///ws/poix-du-nord/atelier.programme.yaml';

const ATELIER = `title: Identifier et mettre en œuvre les outils d’accompagnement des projets d’aménagement
subtitle: Atelier territorial — commune de Poix-du-Nord
organiser: DDTM 59
date: 2021-10-20
people:
  - id: animation
    role: Animateurs de la journée
  - id: applincourt
    name: Frédéric Applincourt
    role: Référent territorial (RT) sur ce secteur
    organisation: DDTM 59
agenda:
  - time: 08h45-09h15
    title: Accueil des participants
    type: welcome
    speakers: [animation]
  - time: 09h15-09h45
    title: Projets d’aménagement et accompagnement de la DDTM
    type: presentation
    steps:
      - Séquence d’échange avec les participants
      - text: Les outils d’accompagnement de la DDTM
        duration: 10min
      - text: Présentation du site d’étude
        speakers: [applincourt]
        duration: 10min
`;

const serviceFor = (language: Language = 'en') => createLanguageService({ settings: { language } });
const doc = { uri: URI, text: ATELIER };
/** The step speaker `applincourt`, inside `speakers: [applincourt]`. */
const stepSpeaker = rangeIn(ATELIER, '        speakers: [applincourt]', 'applincourt');

/** The text after applying `edits` (non-overlapping) to `text`. */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

test('go to definition from a step speaker: the person`s id', () => {
  assert.deepEqual(serviceFor().definition(doc, stepSpeaker.start), [{ uri: URI, range: idRange(ATELIER, 'applincourt') }]);
});

test('references of a person who only speaks in a step: the definition and the step speaker', () => {
  const expected = [idRange(ATELIER, 'applincourt'), stepSpeaker];
  assert.deepEqual(serviceFor().references(doc, idRange(ATELIER, 'applincourt').start, true).map((l) => l.range), expected);
  assert.deepEqual(serviceFor().references(doc, stepSpeaker.start, false).map((l) => l.range), [stepSpeaker]);
});

test('rename from the definition edits the step speaker; from the step speaker, the definition', () => {
  const renamed = ATELIER.replace('- id: applincourt', '- id: rt').replace('speakers: [applincourt]', 'speakers: [rt]');
  const fromDefinition = serviceFor().rename(doc, idRange(ATELIER, 'applincourt').start, 'rt')!;
  assert.deepEqual(fromDefinition.changes![URI]!.map((e) => e.range), [idRange(ATELIER, 'applincourt'), stepSpeaker]);
  assert.equal(apply(ATELIER, fromDefinition.changes![URI]!), renamed);
  const fromStep = serviceFor('fr').rename(doc, stepSpeaker.start, 'rt')!;
  assert.equal(apply(ATELIER, fromStep.changes![URI]!), renamed);
});

test('rename of a person who speaks in a slot and in a step of another slot: every use, in document order', () => {
  const text = edit(ATELIER, 'speakers: [animation]', 'speakers: [animation, applincourt]');
  const edits = serviceFor().rename({ uri: URI, text }, idRange(text, 'applincourt').start, 'frederic')!.changes![URI]!;
  assert.deepEqual(edits.map((e) => e.range), [
    idRange(text, 'applincourt'),
    rangeIn(text, 'speakers: [animation, applincourt]', 'applincourt'),
    rangeIn(text, '        speakers: [applincourt]', 'applincourt'),
  ]);
  assert.ok(edits.every((e) => e.newText === 'frederic'));
});

test('hover on a step speaker names the person, in French and in English', () => {
  const value = (language: Language) => (serviceFor(language).hover(doc, stepSpeaker.start)!.contents as { value: string }).value;
  assert.equal(value('fr'), 'Intervenant **Frédéric Applincourt** — Référent territorial (RT) sur ce secteur, DDTM 59');
  assert.equal(value('en'), 'Person **Frédéric Applincourt** — Référent territorial (RT) sur ce secteur, DDTM 59');
});

test('completion inside a step`s speakers: the person ids, in a flow list and as a new list item', () => {
  const flow = edit(ATELIER, 'speakers: [applincourt]', 'speakers: [');
  const inFlow = serviceFor().complete({ uri: URI, text: flow }, rangeOf(flow, '        speakers: [').end);
  assert.deepEqual(inFlow.map((i) => [i.label, i.kind, i.detail]), [
    ['animation', CompletionItemKind.Reference, 'person'],
    ['applincourt', CompletionItemKind.Reference, 'Frédéric Applincourt'],
  ]);
  const block = edit(ATELIER, 'speakers: [applincourt]', 'speakers:\n          - ');
  const asItem = serviceFor('fr').complete({ uri: URI, text: block }, rangeOf(block, '          - ').end);
  assert.deepEqual(asItem.map((i) => [i.label, i.detail]), [
    ['animation', 'intervenant'],
    ['applincourt', 'Frédéric Applincourt'],
  ]);
});

test('unused: a person who only speaks in a step is used; without the step speaker, unused', () => {
  assert.deepEqual(only('unused', diagnose(ATELIER, { uri: URI })), []);
  const without = edit(ATELIER, '        speakers: [applincourt]\n', '');
  const found = only('unused', diagnose(without, { uri: URI }));
  assert.deepEqual(found.map((d) => [d.range, d.message]), [[idRange(without, 'applincourt'), 'The person `applincourt` is never referenced (neither as a speaker, nor as a lead, nor as an owner).']]);
});

test('unused: a step speaker who is not in people is ref-unknown, not a use of someone else', () => {
  const text = edit(ATELIER, 'speakers: [applincourt]', 'speakers: [aplincourt]');
  const found = diagnose(text, { uri: URI });
  assert.deepEqual(only('ref-unknown', found).map((d) => d.range), [rangeIn(text, '        speakers: [aplincourt]', 'aplincourt')]);
  assert.deepEqual(only('unused', found).map((d) => d.range), [idRange(text, 'applincourt')]);
});

// A seminar the same morning, where Frédéric Applincourt is also on the programme.
const SEMINAIRE_URI = 'file:///ws/seminaires/referents.programme.yaml';
const SEMINAIRE = `title: Réunion des référents territoriaux
format: meeting
organiser: DDTM 59
date: 2021-10-20
people:
  - id: fa
    name: Frédéric APPLINCOURT
agenda:
  - time: 09h30-11h00
    title: Tour des secteurs
    type: discussion
    speakers: [fa]
`;

test('double-booked across files: a step speaker is booked for the whole slot', () => {
  const results = createLanguageService({ settings: { language: 'en' } }).checkSet([
    { uri: URI, text: ATELIER },
    { uri: SEMINAIRE_URI, text: SEMINAIRE },
  ]);
  const here = only('double-booked', results.get(URI) ?? []);
  assert.deepEqual(here.map((d) => [d.severity, d.range, d.message]), [
    [
      'warning',
      stepSpeaker,
      'Frédéric Applincourt is also involved in “Tour des secteurs” (../seminaires/referents.programme.yaml) from 09:30 to 11:00 the same day.',
    ],
  ]);
  assert.deepEqual(here[0]!.related, [{ uri: SEMINAIRE_URI, range: rangeIn(SEMINAIRE, 'speakers: [fa]', 'fa'), message: 'Tour des secteurs' }]);
  const there = only('double-booked', results.get(SEMINAIRE_URI) ?? []);
  assert.deepEqual(there.map((d) => d.message), [
    'Frédéric APPLINCOURT is also involved in “Projets d’aménagement et accompagnement de la DDTM” (../poix-du-nord/atelier.programme.yaml) from 09:15 to 09:45 the same day.',
  ]);
  assert.deepEqual(there[0]!.related?.map((r) => r.range), [stepSpeaker]);
});

test('double-booked across files: not when the other slot starts as the step`s slot ends', () => {
  const later = edit(SEMINAIRE, '09h30-11h00', '09h45-11h00');
  const results = createLanguageService({ settings: { language: 'fr' } }).checkSet([
    { uri: URI, text: ATELIER },
    { uri: SEMINAIRE_URI, text: later },
  ]);
  assert.deepEqual(only('double-booked', results.get(URI) ?? []), []);
  const overlapping = createLanguageService({ settings: { language: 'fr' } }).checkSet([
    { uri: URI, text: ATELIER },
    { uri: SEMINAIRE_URI, text: SEMINAIRE },
  ]);
  assert.equal(only('double-booked', overlapping.get(URI) ?? []).length, 1);
});

test('double-booked across files: a person who speaks in two steps of one slot is one booking', () => {
  const twice = edit(ATELIER, '      - text: Les outils d’accompagnement de la DDTM\n', '      - text: Les outils d’accompagnement de la DDTM\n        speakers: [applincourt]\n');
  const results = createLanguageService({ settings: { language: 'en' } }).checkSet([
    { uri: URI, text: twice },
    { uri: SEMINAIRE_URI, text: SEMINAIRE },
  ]);
  assert.deepEqual(only('double-booked', results.get(URI) ?? []).map((d) => d.range), [rangeIn(twice, '        speakers: [applincourt]', 'applincourt')]);
  assert.equal(only('double-booked', results.get(SEMINAIRE_URI) ?? []).length, 1);
});
