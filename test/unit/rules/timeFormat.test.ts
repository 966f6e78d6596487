/**
 * `time-format` (FORMAT.md §5): a time, range, duration or date that §2 does not accept.
 * Reported on the malformed value alone; the slots around it are not blamed for it, and
 * the schema does not report it a second time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/** A regional seminar that uses every way of writing a slot's time. */
const SEMINAIRE = `title: Séminaire régional — Élaborer autrement un projet de territoire
format: seminar
organiser: IREV / DREAL Hauts-de-France
location: Lille
date: 2012-12-10
start: 09:00   # unquoted: a string in YAML 1.2, not a sexagesimal number
agenda:
  - duration: 30          # starts at the day's start
    title: Accueil café
    type: welcome
  - start: 09:30
    end: "10:00"
    title: Ouverture de la rencontre
    type: plenary
  - start: 10h
    duration: 45min
    title: Les attendus de la contribution régionale
    type: presentation
  - time: 10h45 – 11h00
    title: Pause
    type: break
  - time: 11h00/12h00
    title: Table ronde — contractualisation et gouvernance
    type: discussion
  - time: 12h à 13h30
    title: Déjeuner
    type: meal
  - duration: 1 h 30
    title: Ateliers — géographie prioritaire
    type: workshop
  - duration: PT15M
    title: Pause
    type: break
  - duration: 1:00
    title: Lecture transversale des ateliers
    type: report-back
  - duration: 15mn
    title: Clôture
    type: closing
  - start: "16h30"
    title: Fin de la rencontre
`;

/** The Poix-du-Nord territorial workshop (seed 004), with a slot per line of the original. */
const ATELIER = `# Atelier territorial — DDTM 59
title: Identifier et mettre en œuvre les outils d'accompagnement des projets d'aménagement
subtitle: Atelier territorial — commune de Poix-du-Nord
organiser: DDTM 59
location: Poix-du-Nord (59)
date: 2021-10-20
people:
  - id: archi
    name: Claire Martin
    role: Architecte conseil
groups:
  - id: g1
    lead: archi
  - id: g2
    lead: archi
  - id: g3
    lead: archi
agenda:
  - time: 08h30-09h00
    title: Accueil des participants
    type: welcome
  - time: 09h00-09h15
    title: Présentation de l'organisation et des attendus de la journée
    type: presentation
    speakers: [archi]
  - time: 09h15-09h45
    title: Projets d'aménagement, quel positionnement pour la DDTM ?
    type: discussion
  - duration: 15min
    title: Préparation de la visite de terrain
    type: group-work
  - time: 10h00-12h00
    title: L'expérience du terrain
    type: site-visit
  - time: 12h00-13h00
    title: Pause déjeuner
    type: meal
  - start: "13:00"
    end: "14:15"
    title: Recollement par groupe des éléments de la visite
    type: group-work
  - start: "14:15"
    duration: 30
    title: Présentation de la « boîte à outils » de la DDTM
    type: presentation
  - time: 14h45-15h45
    title: Exercice de formulation d'une proposition d'accompagnement
    type: exercise
  - time: 15h45-16h00
    title: Pause
    type: break
  - time: 16h00-16h45
    title: Restitution par groupe
    type: report-back
    groups: all
    per_group: 15min
  - time: 16h45-17h00
    title: Conclusion
    type: closing
`;

describe('time-format', () => {
  test('every notation of FORMAT.md §2 is accepted: the seminar is clean', () => {
    expectClean(SEMINAIRE);
    expectClean(ATELIER);
  });

  test('a malformed range is one error on the `time` value, and nothing else', () => {
    // the neighbours would otherwise be blamed: a duration-only slot after it, a gap before the visit
    const text = edit(ATELIER, 'time: 09h15-09h45', 'time: 09h15-09h75');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-format', 'error', rangeOf(text, '09h15-09h75'));
    assert.equal(d.message, '`09h15-09h75` is not a valid time range: write `08h30-09h00` or `9h à 10h30`.');
    assert.deepEqual(d.data, { code: 'time-format', key: 'time', value: '09h15-09h75' });
    assert.deepEqual(ds.map((x) => x.code), ['time-format']);
  });

  test('a range with a separator that §2 does not list (em dash) is malformed', () => {
    const text = edit(ATELIER, 'time: 14h45-15h45', 'time: 14h45—15h45');
    expectOne(diagnose(text), 'time-format', 'error', rangeOf(text, '14h45—15h45'));
    assert.deepEqual(codes(text), ['time-format']);
  });

  test('`25:00` in a `start` is time-format, not schema', () => {
    const text = edit(ATELIER, 'start: "13:00"', 'start: 25:00');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-format', 'error', rangeOf(text, '25:00'));
    assert.equal(d.message, '`25:00` is not a valid time: write `08:30`, `8h30` or `14h` (hours 0–23, minutes 0–59).');
    assert.deepEqual(d.data, { code: 'time-format', key: 'start', value: '25:00' });
    assert.deepEqual(ds.map((x) => x.code), ['time-format']);
  });

  test('minutes past 59 in an `end` are time-format, and the next slot is not blamed', () => {
    const text = edit(ATELIER, 'end: "14:15"', 'end: 14h75');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-format', 'error', rangeOf(text, '14h75'));
    assert.deepEqual(d.data, { code: 'time-format', key: 'end', value: '14h75' });
    assert.deepEqual(ds.map((x) => x.code), ['time-format']);
  });

  test('`24:00` can end a slot but not start it', () => {
    const soiree = `title: Soirée-débat — Habiter les bourgs
format: other
organiser: CAUE du Nord
date: 2022-01-21
agenda:
  - time: 19h00-20h00
    title: Accueil et buffet
    type: welcome
  - time: 20h00-21h45
    title: Projection-débat « Habiter les bourgs »
    type: discussion
  - time: 21h45-22h00
    title: Pause
    type: break
  - start: "22:00"
    end: "24:00"
    title: Échanges libres avec les élus
    type: discussion
`;
    expectClean(soiree);
    const text = edit(soiree, 'start: "22:00"\n    end: "24:00"', 'start: "24:00"\n    duration: 30');
    const d = expectOne(diagnose(text), 'time-format', 'error', rangeOf(text, '"24:00"'));
    assert.equal(d.message, '`24:00`: `24:00` can only end a slot, not start it.');
    assert.deepEqual(d.data, { code: 'time-format', key: 'start', value: '24:00' });
    assert.deepEqual(codes(text), ['time-format']);
  });

  test('a malformed duration is time-format, and the duration-only slots after it are silent', () => {
    const text = edit(SEMINAIRE, 'duration: 1 h 30', 'duration: 1h75');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-format', 'error', rangeOf(text, '1h75'));
    assert.equal(d.message, '`1h75` is not a valid duration: write `45min`, `1h30`, `1:30` or a number of minutes.');
    assert.deepEqual(d.data, { code: 'time-format', key: 'duration', value: '1h75' });
    assert.deepEqual(ds.map((x) => x.code), ['time-format']);
  });

  test('a duration of zero minutes written as text is reported once, on the value', () => {
    // `duration: 0` is refused by the schema (minimum 1); `0min` must not be silently ignored,
    // for a slot's `duration` as for a `per_group`
    const cases: [string, string, string, string][] = [
      [SEMINAIRE, 'duration: PT15M', 'duration: 0min', '0min'],
      [ATELIER, 'per_group: 15min', 'per_group: 0 min', '0 min'],
    ];
    for (const [programme, from, to, value] of cases) {
      const text = edit(programme, from, to);
      const ds = diagnose(text);
      assert.equal(ds.length, 1, `${to}: ${JSON.stringify(ds.map((d) => `${d.code} ${d.message}`))}`);
      assert.ok(['time-format', 'schema'].includes(ds[0]!.code), ds[0]!.code);
      assert.equal(ds[0]!.severity, 'error');
      assert.deepEqual(ds[0]!.range, rangeOf(text, value));
    }
  });

  test('an impossible date is time-format on the `date` value, with the value for a fix', () => {
    const text = edit(ATELIER, 'date: 2021-10-20', 'date: 2021-13-20');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-format', 'error', rangeOf(text, '2021-13-20'));
    assert.equal(d.message, '`2021-13-20` is not a day of the calendar: months go from 01 to 12.');
    assert.deepEqual(ds.map((x) => x.code), ['time-format']);
  });

  test('a date that the calendar does not have (31 November) is time-format', () => {
    const text = `title: Formation-action CRTE — pratiques participatives
format: meeting
days:
  - date: 2021-11-30
    agenda:
      - time: 09h30-12h00
        title: Comité de suivi du CRTE
        type: plenary
  - date: 2021-11-31
    agenda:
      - time: 09h30-12h00
        title: Atelier de co-construction
        type: workshop
`;
    expectOne(diagnose(text), 'time-format', 'error', rangeOf(text, '2021-11-31'));
    assert.deepEqual(codes(text), ['time-format']);
    expectClean(edit(text, '2021-11-31', '2021-12-01'));
  });

  test("a malformed day `start` is one error: the first duration-only slot is not also 'unresolved'", () => {
    const text = edit(SEMINAIRE, 'start: 09:00   #', 'start: 9h60   #');
    const ds = diagnose(text);
    expectOne(ds, 'time-format', 'error', rangeOf(text, '9h60'));
    assert.deepEqual(ds.map((x) => x.code), ['time-format']);
  });

  test('a malformed `per_group` is time-format on its value, and no per-group', () => {
    const text = edit(ATELIER, 'per_group: 15min', 'per_group: quinze minutes');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-format', 'error', rangeOf(text, 'quinze minutes'));
    assert.equal(d.message, '`quinze minutes` is not a valid duration: write `45min`, `1h30`, `1:30` or a number of minutes.');
    assert.deepEqual(ds.map((x) => x.code), ['time-format']);
  });

  test('every time-format carries the key and the malformed value, for a quick fix', () => {
    // slot keys already do (see above); the day's `date` and `start` and a slot's `per_group` too
    const cases: [string, string, string, string][] = [
      ['date: 2021-10-20', 'date: 2021-10-32', 'date', '2021-10-32'],
      ['agenda:\n', 'start: 8h3O\nagenda:\n', 'start', '8h3O'],
      ['per_group: 15min', 'per_group: 15 minutes par groupe', 'per_group', '15 minutes par groupe'],
    ];
    for (const [from, to, key, value] of cases) {
      const text = edit(ATELIER, from, to);
      const d = expectOne(diagnose(text), 'time-format', 'error', rangeOf(text, value));
      assert.equal(d.data?.key, key, `data.key for ${key}`);
      assert.equal(d.data?.value, value, `data.value for ${key}`);
    }
  });

  test('in a multi-day programme the error is on the value of the right day', () => {
    const text = `title: Atelier des territoires — session 1
format: workshop
organiser: DDT de la Somme
days:
  - date: 2023-03-14
    title: Arpentage
    agenda:
      - time: 09h00-12h00
        title: Arpentage du territoire en car
        type: site-visit
  - date: 2023-03-15
    title: Atelier
    agenda:
      - time: 09h00-10h30
        title: Retour sur l'arpentage
        type: discussion
      - time: 10h30-10h45
        title: Pause
        type: break
      - time: 10h45-12h3
        title: Ateliers thématiques
        type: workshop
`;
    const d = expectOne(diagnose(text), 'time-format', 'error', rangeOf(text, '10h45-12h3'));
    assert.deepEqual(d.data, { code: 'time-format', key: 'time', value: '10h45-12h3' });
    assert.deepEqual(codes(text), ['time-format']);
  });

  test('the message is in French when the UI is', () => {
    const text = edit(ATELIER, 'start: "13:00"', 'start: "13h65"');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'time-format', 'error', rangeOf(text, '"13h65"'));
    assert.equal(d.message, '`13h65` n’est pas une heure valide : écrivez `08:30`, `8h30` ou `14h` (heures 0 à 23, minutes 0 à 59).');
  });

  test('the severity can be changed, or the rule turned off', () => {
    const text = edit(ATELIER, 'time: 09h15-09h45', 'time: 09h15-09h75');
    expectOne(diagnose(text, { settings: { rules: { 'time-format': 'warning' } } }), 'time-format', 'warning', rangeOf(text, '09h15-09h75'));
    // off: nothing, and still nothing blamed on the neighbours
    assert.deepEqual(codes(text, { settings: { rules: { 'time-format': 'off' } } }), []);
    assert.equal(only('time-format', diagnose(text)).length, 1);
  });
});
