/**
 * `per-group` (FORMAT.md §5): `per_group` × number of groups longer than the slot (warning),
 * or shorter (information); silent when equal. The groups are the slot's `groups` list, or
 * all the programme's groups for `groups: all` or no `groups`. Reported on the `per_group`
 * value.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/** The range of `value` written right after `prefix` (for values too short to be unique). */
function valueAfter(text: string, prefix: string, value: string) {
  const r = rangeOf(text, prefix + value);
  return { start: { line: r.start.line, character: r.start.character + prefix.length }, end: r.end };
}

/** The Poix-du-Nord workshop: three groups, each reports back for 15 min (16h00–16h45). */
const ATELIER = `# Atelier territorial — DDTM 59
title: Identifier et mettre en œuvre les outils d'accompagnement
subtitle: Atelier territorial — commune de Poix-du-Nord
format: workshop
organiser: DDTM 59
date: 2021-10-20
people:
  - id: archi
    name: Claire Martin
    role: Architecte conseil
  - id: paysagiste
    name: Julien Roux
    role: Paysagiste conseil
groups:
  - id: g1
    name: Groupe 1 — centre-bourg
    lead: archi
  - id: g2
    name: Groupe 2 — entrées de ville
    lead: paysagiste
  - id: g3
    name: Groupe 3 — équipements
    lead: archi
agenda:
  - time: 13h00-14h15
    title: Recollement par groupe des éléments de la visite
    type: group-work
    groups: all
  - time: 14h15-15h45
    title: "Exercice : proposition d'accompagnement de la commune"
    type: exercise
  - time: 15h45-16h00
    title: Pause
    type: break
  - time: 16h00-16h45
    title: Restitution par groupe
    type: report-back
    groups: all
    per_group: 15min   # 3 × 15 min = 45 min
  - time: 16h45-17h00
    title: Conclusion
    type: closing
`;

describe('per-group', () => {
  test('per_group × groups equal to the slot is silent', () => {
    expectClean(ATELIER);
  });

  test('longer than the slot: a warning on the `per_group` value, with the figures for a fix', () => {
    const text = edit(ATELIER, 'per_group: 15min', 'per_group: 20min');
    const ds = diagnose(text);
    const d = expectOne(ds, 'per-group', 'warning', rangeOf(text, '20min'));
    assert.equal(d.message, '20 min × 3 groups = 1 h, but the slot lasts 45 min.');
    assert.deepEqual(d.data, {
      code: 'per-group',
      perGroup: 20,
      groups: 3,
      needed: 60,
      length: 45,
      start: 16 * 60,
      slotPath: ['agenda', 3],
    });
    assert.deepEqual(ds.map((x) => x.code), ['per-group']);
  });

  test('shorter than the slot: an information', () => {
    const text = edit(ATELIER, 'per_group: 15min', 'per_group: 10');
    const d = expectOne(diagnose(text), 'per-group', 'information', valueAfter(text, 'per_group: ', '10'));
    assert.equal(d.message, '10 min × 3 groups = 30 min, but the slot lasts 45 min: 15 min left free.');
    assert.deepEqual(d.data, { code: 'per-group', perGroup: 10, groups: 3, needed: 30, length: 45, start: 16 * 60, slotPath: ['agenda', 3] });
  });

  test('no `groups` on the slot means all the programme\'s groups', () => {
    const text = edit(ATELIER, '    groups: all\n    per_group: 15min', '    per_group: 15min');
    expectClean(text);
    const longer = edit(text, 'per_group: 15min', 'per_group: 1:00');
    const d = expectOne(diagnose(longer), 'per-group', 'warning', rangeOf(longer, '1:00'));
    assert.equal(d.data?.groups, 3);
    assert.equal(d.data?.needed, 180);
  });

  test('a `groups` list counts the groups it names', () => {
    // only two groups report back: 2 × 15 min = 30 min in a 45 min slot
    const text = edit(ATELIER, '    groups: all\n    per_group: 15min', '    groups: [g1, g2]\n    per_group: 15min');
    const d = expectOne(diagnose(text), 'per-group', 'information', rangeOf(text, '15min'));
    assert.equal(d.message, '15 min × 2 groups = 30 min, but the slot lasts 45 min: 15 min left free.');
    assert.equal(d.data?.groups, 2);
    // with the three of them named, 3 × 15 min fills the slot
    expectClean(edit(text, '[g1, g2]', '[g1, g2, g3]'));
  });

  test('one group: the message is still correct English', () => {
    const text = edit(ATELIER, '    groups: all\n    per_group: 15min', '    groups: [g3]\n    per_group: 15min');
    const d = expectOne(diagnose(text), 'per-group', 'information', rangeOf(text, '15min'));
    assert.equal(d.message, '15 min × 1 group = 15 min, but the slot lasts 45 min: 30 min left free.');
  });

  test('the slot length comes from any form of the slot\'s time', () => {
    const forms: [string, string][] = [
      // start + end
      ['time: 16h00-16h45\n    title: Restitution', 'start: "16:00"\n    end: "16:45"\n    title: Restitution'],
      // start + duration
      ['time: 16h00-16h45\n    title: Restitution', 'start: 16h\n    duration: 45min\n    title: Restitution'],
      // duration only, after the pause
      ['time: 16h00-16h45\n    title: Restitution', 'duration: 45\n    title: Restitution'],
      // start only: until the conclusion starts
      ['time: 16h00-16h45\n    title: Restitution', 'start: "16h00"\n    title: Restitution'],
    ];
    for (const [from, to] of forms) {
      const text = edit(ATELIER, from, to);
      expectClean(text);
      const longer = edit(text, 'per_group: 15min', 'per_group: 20min');
      const d = expectOne(diagnose(longer), 'per-group', 'warning', rangeOf(longer, '20min'));
      assert.equal(d.data?.length, 45, to);
    }
  });

  test('a restitution in the afternoon of day 2 of a multi-day programme', () => {
    const text = `title: Atelier des territoires — session 2 « stratégie »
format: workshop
organiser: DDTM 80
groups:
  - id: littoral
    name: Atelier littoral
  - id: arriere-pays
    name: Atelier arrière-pays
days:
  - date: 2023-06-13
    agenda:
      - time: 14h00-17h00
        title: Ateliers scénarios
        type: workshop
        groups: all
  - date: 2023-06-14
    start: "09:00"
    agenda:
      - duration: 1h
        title: Restitution des scénarios
        type: report-back
        per_group: 45min
`;
    const d = expectOne(diagnose(text), 'per-group', 'warning', rangeOf(text, '45min'));
    assert.equal(d.message, '45 min × 2 groups = 1 h 30, but the slot lasts 1 h.');
    assert.deepEqual(d.data?.slotPath, ['days', 1, 'agenda', 0]);
    assert.deepEqual(codes(text), ['per-group']);
  });

  test('a slot whose time is malformed gives time-format only', () => {
    const text = edit(edit(ATELIER, 'per_group: 15min', 'per_group: 20min'), 'time: 16h00-16h45', 'time: 16h00-16h4');
    assert.deepEqual(codes(text), ['time-format']);
  });

  test('the messages are in French', () => {
    const longer = edit(ATELIER, 'per_group: 15min', 'per_group: 20min');
    const d = expectOne(diagnose(longer, { settings: { language: 'fr' } }), 'per-group', 'warning', rangeOf(longer, '20min'));
    assert.equal(d.message, '20 min × 3 groupes = 1 h, mais la séance dure 45 min.');
    const shorter = edit(ATELIER, 'per_group: 15min', 'per_group: 10min');
    const s = expectOne(diagnose(shorter, { settings: { language: 'fr' } }), 'per-group', 'information', rangeOf(shorter, '10min'));
    assert.equal(s.message, '10 min × 3 groupes = 30 min, mais la séance dure 45 min : 15 min restent libres.');
  });

  test('the severity can be changed, or the rule turned off', () => {
    const longer = edit(ATELIER, 'per_group: 15min', 'per_group: 20min');
    expectOne(diagnose(longer, { settings: { rules: { 'per-group': 'error' } } }), 'per-group', 'error', rangeOf(longer, '20min'));
    assert.deepEqual(only('per-group', diagnose(longer, { settings: { rules: { 'per-group': 'off' } } })), []);
    assert.deepEqual(codes(longer, { settings: { rules: { 'per-group': 'off' } } }), []);
  });
});
