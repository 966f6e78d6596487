/**
 * `double-booked` (FORMAT.md §5), warning:
 * - within one programme: a person who speaks in or leads two tracks of the same slot;
 * - across the programmes checked together (`checkSet`): the same person (same `name`) in
 *   two programmes whose slots overlap on the same date — one warning in each file, with
 *   related information pointing at the other booking.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService, type DeepPartial, type DerouleDiagnostic, type Settings } from '../../../server/src/core';
import { diagnose, expectClean, expectOne, memoryFiles, only } from '../../helpers';
import { edit, rangeIn } from './helpers';

// ---------------------------------------------------------------------------------------
// Within one programme: tracks of one slot
// ---------------------------------------------------------------------------------------

const SEANCE = `title: Atelier des territoires — séance collective
subtitle: Rivelonges, de la gare au bourg
organiser: DDT 89
location: Mairie de Rivelonges, salle du conseil
date: 2022-10-18
people:
  - id: girard
    name: Thomas Girard
    role: Urbaniste, mandataire de l’équipe pluridisciplinaire
    organisation: Collectif Prisme
  - id: morin
    name: Léa Morin
    role: Paysagiste
    organisation: Collectif Prisme
  - id: benali
    name: Nadia Benali
    role: Cheffe de projet Atelier des territoires
    organisation: DDT 89
groups:
  - id: table-gare
    name: Table « gare et mobilités »
  - id: table-bourg
    name: Table « centre-bourg et espaces publics »
agenda:
  - time: 14h00-14h15
    title: Lancement de la séance collective
    type: plenary
    speakers: [benali]
  - time: 14h15-16h15
    title: Atelier cartographique « ce qui fait lien »
    type: workshop
    tracks:
      - title: Gare et mobilités
        groups: [table-gare]
        lead: girard
        speakers: [girard]
        room: Salle du conseil
      - title: Centre-bourg et espaces publics
        groups: [table-bourg]
        lead: morin
        speakers: [benali]
        room: Salle des mariages
  - time: 16h15-16h30
    title: Pause
    type: break
  - time: 16h30-17h10
    title: Restitution des tables
    type: report-back
    groups: all
    per_group: 20min
    speakers: [girard, morin]
`;
const SEANCE_URI = 'file:///ws/test.programme.yaml';

describe('double-booked — tracks of one slot', () => {
  test('silent: a complete séance where each person is in one track (lead and speaker of the same track is fine)', () => {
    expectClean(SEANCE);
  });

  test('a person who leads one track and speaks in another (full message, data, related)', () => {
    const text = edit(SEANCE, 'speakers: [benali]\n        room', 'speakers: [girard]\n        room');
    const d = expectOne(diagnose(text), 'double-booked', 'warning', rangeIn(text, '        speakers: [girard]', 'girard', 2));
    assert.equal(d.message, 'Thomas Girard already leads or speaks in another parallel track of this slot.');
    assert.deepEqual(d.data, { code: 'double-booked', id: 'girard', slotPath: ['agenda', 1] });
    assert.deepEqual(d.related, [{ uri: SEANCE_URI, range: rangeIn(text, '        lead: girard', 'girard'), message: 'girard' }]);
  });

  test('a person who leads two tracks: on the second lead', () => {
    const text = edit(SEANCE, '        lead: morin', '        lead: girard');
    const d = expectOne(diagnose(text), 'double-booked', 'warning', rangeIn(text, '        lead: girard', 'girard', 2));
    assert.deepEqual(d.related?.[0]?.range, rangeIn(text, '        lead: girard', 'girard', 1));
  });

  test('a person who speaks in two tracks', () => {
    const text = edit(edit(SEANCE, 'speakers: [girard]', 'speakers: [benali]'), 'speakers: [benali]\n        room', 'speakers: [morin, benali]\n        room', 2);
    // benali speaks in track 1 and in track 2.
    const d = expectOne(diagnose(text), 'double-booked', 'warning', rangeIn(text, '        speakers: [morin, benali]', 'benali'));
    assert.equal(d.message, 'Nadia Benali already leads or speaks in another parallel track of this slot.');
  });

  test('a person without a name is named by id', () => {
    const text = edit(edit(SEANCE, '    name: Thomas Girard\n', ''), '        lead: morin', '        lead: girard');
    const d = expectOne(diagnose(text), 'double-booked', 'warning', rangeIn(text, '        lead: girard', 'girard', 2));
    assert.match(d.message, /girard/);
  });

  test('three tracks led by one person: two warnings, each pointing at the first track', () => {
    const text = edit(
      edit(SEANCE, '        lead: morin', '        lead: girard'),
      '  - time: 16h15-16h30',
      `      - title: Berges et friche ferroviaire
        lead: girard
        room: Préau de l’école
  - time: 16h15-16h30`,
    );
    const found = only('double-booked', diagnose(text));
    assert.deepEqual(
      found.map((d) => [d.range, d.related?.[0]?.range]),
      [
        [rangeIn(text, '        lead: girard', 'girard', 2), rangeIn(text, '        lead: girard', 'girard', 1)],
        [rangeIn(text, '        lead: girard', 'girard', 3), rangeIn(text, '        lead: girard', 'girard', 1)],
      ],
    );
  });

  test('silent: the same person leads a track in two different slots', () => {
    const text = `${SEANCE}  - time: 17h10-18h00
    title: Approfondissements par table
    type: group-work
    tracks:
      - title: Gare et mobilités
        groups: [table-gare]
        lead: girard
      - title: Centre-bourg
        groups: [table-bourg]
        lead: morin
`;
    expectClean(text);
  });

  test('silent: a slot speaker who also leads one of its tracks', () => {
    const text = edit(SEANCE, '    type: workshop\n', '    type: workshop\n    speakers: [morin]\n');
    assert.deepEqual(only('double-booked', diagnose(text)), []);
  });

  test('in French', () => {
    const text = edit(SEANCE, '        lead: morin', '        lead: girard');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'double-booked', 'warning', rangeIn(text, '        lead: girard', 'girard', 2));
    assert.equal(d.message, 'Thomas Girard anime ou intervient déjà dans un autre atelier parallèle de cette séance.');
  });

  test('severity setting and off', () => {
    const text = edit(SEANCE, '        lead: morin', '        lead: girard');
    expectOne(diagnose(text, { settings: { rules: { 'double-booked': 'error' } } }), 'double-booked', 'error', rangeIn(text, '        lead: girard', 'girard', 2));
    assert.deepEqual(only('double-booked', diagnose(text, { settings: { rules: { 'double-booked': 'off' } } })), []);
  });
});

// ---------------------------------------------------------------------------------------
// Across programmes checked together
// ---------------------------------------------------------------------------------------

const ATELIER_URI = 'file:///ws/poix-du-nord/atelier.programme.yaml';
const ATELIER = `title: Atelier territorial — outils d’accompagnement des projets d’aménagement
subtitle: Commune de Poix-du-Nord
organiser: DDTM 59
location: Poix-du-Nord (59)
date: 2021-10-20
people:
  - id: archi
    name: Claire Martin
    role: Architecte conseil
    organisation: DDTM 59
  - id: rt
    name: Frédéric Applincourt
    role: Référent territorial
    organisation: DDTM 59
agenda:
  - time: 08h30-09h00
    title: Accueil des participants
    type: welcome
  - time: 09h00-09h30
    title: Présentation du site d’étude
    type: presentation
    speakers: [rt]
  - time: 09h30-12h00
    title: Visite de terrain du centre-bourg
    type: site-visit
    speakers: [archi, rt]
`;

const SEMINAIRE_URI = 'file:///ws/seminaires/conseils.programme.yaml';
const SEMINAIRE = `title: Journée d’échanges des architectes et paysagistes conseils de l’État
format: seminar
organiser: DREAL Hauts-de-France
location: Lille (59)
date: 2021-10-20
people:
  - id: cmartin
    name: Claire MARTIN
    role: Architecte conseil de l’État
  - id: vasseur
    name: Anne Vasseur
    role: Cheffe du bureau paysage et sites
    organisation: DREAL Hauts-de-France
agenda:
  - time: 09h30-10h00
    title: Accueil café
    type: welcome
  - time: 10h00-11h00
    title: Ouverture de la journée
    type: plenary
    speakers: [vasseur]
  - time: 11h00-12h30
    title: Table ronde — le conseil aux petites communes
    type: discussion
    speakers: [vasseur, cmartin]
`;

function checkSet(sources: { uri: string; text: string }[], settings: DeepPartial<Settings> = {}): Map<string, DerouleDiagnostic[]> {
  return createLanguageService({ settings: { language: 'en', ...settings } }).checkSet(sources);
}

const pair = (seminaire = SEMINAIRE, atelier = ATELIER) => [
  { uri: ATELIER_URI, text: atelier },
  { uri: SEMINAIRE_URI, text: seminaire },
];

describe('double-booked — across programmes (checkSet)', () => {
  test('each programme alone is clean', () => {
    expectClean(ATELIER, { uri: ATELIER_URI });
    expectClean(SEMINAIRE, { uri: SEMINAIRE_URI });
  });

  test('same name, same date, overlapping slots: one warning in each file, each pointing at the other', () => {
    const results = checkSet(pair());
    const a = results.get(ATELIER_URI) ?? [];
    const s = results.get(SEMINAIRE_URI) ?? [];
    // Nothing else fires in either file.
    assert.deepEqual(a.map((d) => d.code), ['double-booked']);
    assert.deepEqual(s.map((d) => d.code), ['double-booked']);

    const inAtelier = expectOne(a, 'double-booked', 'warning', rangeIn(ATELIER, 'speakers: [archi, rt]', 'archi'));
    assert.equal(
      inAtelier.message,
      'Claire Martin is also involved in “Table ronde — le conseil aux petites communes” (../seminaires/conseils.programme.yaml) from 11:00 to 12:30 the same day.',
    );
    assert.equal(inAtelier.uri, ATELIER_URI);
    assert.deepEqual(inAtelier.related, [
      { uri: SEMINAIRE_URI, range: rangeIn(SEMINAIRE, 'speakers: [vasseur, cmartin]', 'cmartin'), message: 'Table ronde — le conseil aux petites communes' },
    ]);
    assert.deepEqual(inAtelier.data, { code: 'double-booked', id: 'archi', otherUri: SEMINAIRE_URI });

    const inSeminaire = expectOne(s, 'double-booked', 'warning', rangeIn(SEMINAIRE, 'speakers: [vasseur, cmartin]', 'cmartin'));
    assert.equal(
      inSeminaire.message,
      'Claire MARTIN is also involved in “Visite de terrain du centre-bourg” (../poix-du-nord/atelier.programme.yaml) from 09:30 to 12:00 the same day.',
    );
    assert.equal(inSeminaire.uri, SEMINAIRE_URI);
    assert.deepEqual(inSeminaire.related, [
      { uri: ATELIER_URI, range: rangeIn(ATELIER, 'speakers: [archi, rt]', 'archi'), message: 'Visite de terrain du centre-bourg' },
    ]);
    assert.deepEqual(inSeminaire.data, { code: 'double-booked', id: 'cmartin', otherUri: ATELIER_URI });
  });

  test('names are compared without case or extra spaces', () => {
    const seminaire = edit(SEMINAIRE, 'name: Claire MARTIN', 'name: "  claire   martin "');
    const results = checkSet(pair(seminaire));
    assert.equal(only('double-booked', results.get(ATELIER_URI) ?? []).length, 1);
    assert.equal(only('double-booked', results.get(SEMINAIRE_URI) ?? []).length, 1);
  });

  test('a track lead counts as a booking', () => {
    const seminaire = edit(
      SEMINAIRE,
      '    speakers: [vasseur, cmartin]\n',
      `    speakers: [vasseur]
    tracks:
      - title: Petites communes rurales
        lead: cmartin
      - title: Bourgs-centres
        lead: vasseur
`,
    );
    const results = checkSet(pair(seminaire));
    expectOne(results.get(SEMINAIRE_URI) ?? [], 'double-booked', 'warning', rangeIn(seminaire, '        lead: cmartin', 'cmartin'));
    expectOne(results.get(ATELIER_URI) ?? [], 'double-booked', 'warning', rangeIn(ATELIER, 'speakers: [archi, rt]', 'archi'));
  });

  test('silent: same name but different dates', () => {
    const results = checkSet(pair(edit(SEMINAIRE, 'date: 2021-10-20', 'date: 2021-10-21')));
    assert.deepEqual(results.get(ATELIER_URI), []);
    assert.deepEqual(results.get(SEMINAIRE_URI), []);
  });

  test('silent: same date but slots that only touch (one ends at 12:00, the other starts at 12:00)', () => {
    const seminaire = edit(
      edit(edit(SEMINAIRE, 'time: 09h30-10h00', 'time: 10h30-11h00'), 'time: 10h00-11h00', 'time: 11h00-12h00'),
      'time: 11h00-12h30',
      'time: 12h00-13h30',
    );
    expectClean(seminaire, { uri: SEMINAIRE_URI });
    const results = checkSet(pair(seminaire));
    assert.deepEqual(results.get(ATELIER_URI), []);
    assert.deepEqual(results.get(SEMINAIRE_URI), []);
  });

  test('silent: the same person id with different names is two people', () => {
    const seminaire = SEMINAIRE.replace(/cmartin/g, 'archi').replace('name: Claire MARTIN', 'name: Julien Martin');
    const results = checkSet(pair(seminaire));
    assert.deepEqual(results.get(ATELIER_URI), []);
    assert.deepEqual(results.get(SEMINAIRE_URI), []);
  });

  test('silent: people without a name are never matched across files, even with the same id', () => {
    const atelier = edit(ATELIER, '    name: Claire Martin\n', '');
    const seminaire = SEMINAIRE.replace(/cmartin/g, 'archi').replace('    name: Claire MARTIN\n', '');
    const results = checkSet(pair(seminaire, atelier));
    assert.deepEqual(results.get(ATELIER_URI), []);
    assert.deepEqual(results.get(SEMINAIRE_URI), []);
  });

  test('silent: same name and date, but the person is not in the overlapping slot', () => {
    // Claire Martin only speaks in the afternoon, after the visit of the atelier has ended.
    const seminaire = `${edit(SEMINAIRE, 'speakers: [vasseur, cmartin]', 'speakers: [vasseur]')}  - time: 12h30-14h00
    title: Déjeuner
    type: meal
  - time: 14h00-15h30
    title: Retours d’expérience d’accompagnement de communes
    type: presentation
    speakers: [cmartin]
`;
    expectClean(seminaire, { uri: SEMINAIRE_URI });
    const results = checkSet(pair(seminaire));
    assert.deepEqual(results.get(ATELIER_URI), []);
    assert.deepEqual(results.get(SEMINAIRE_URI), []);
  });

  test('a multi-day programme: only the day with the same date counts', () => {
    const formation = `title: Formation — accompagner les projets de revitalisation
format: seminar
organiser: CVRH d’Arras
people:
  - id: martin
    name: Claire Martin
    role: Architecte conseil, intervenante
days:
  - date: 2021-10-19
    agenda:
      - time: 09h30-12h00
        title: Le rôle des conseils de l’État
        type: presentation
        speakers: [martin]
  - date: 2021-10-20
    agenda:
      - time: 10h00-11h00
        title: Étude de cas — Poix-du-Nord
        type: exercise
        speakers: [martin]
`;
    const uri = 'file:///ws/formation.programme.yaml';
    const results = checkSet([
      { uri: ATELIER_URI, text: ATELIER },
      { uri, text: formation },
    ]);
    const d = expectOne(results.get(uri) ?? [], 'double-booked', 'warning', rangeIn(formation, 'speakers: [martin]', 'martin', 2));
    assert.equal(d.message, 'Claire Martin is also involved in “Visite de terrain du centre-bourg” (poix-du-nord/atelier.programme.yaml) from 09:30 to 12:00 the same day.');
    const a = expectOne(results.get(ATELIER_URI) ?? [], 'double-booked', 'warning', rangeIn(ATELIER, 'speakers: [archi, rt]', 'archi'));
    assert.equal(a.message, 'Claire Martin is also involved in “Étude de cas — Poix-du-Nord” (../formation.programme.yaml) from 10:00 to 11:00 the same day.');
  });

  test('in French, times in the French style', () => {
    const results = checkSet(pair(), { language: 'fr' });
    const d = expectOne(results.get(ATELIER_URI) ?? [], 'double-booked', 'warning', rangeIn(ATELIER, 'speakers: [archi, rt]', 'archi'));
    assert.equal(
      d.message,
      'Claire Martin intervient aussi dans « Table ronde — le conseil aux petites communes » (../seminaires/conseils.programme.yaml), de 11h00 à 12h30 le même jour.',
    );
  });

  test('severity setting applies across files; off silences them', () => {
    const raised = checkSet(pair(), { rules: { 'double-booked': 'error' } });
    assert.deepEqual((raised.get(ATELIER_URI) ?? []).map((d) => `${d.code}:${d.severity}`), ['double-booked:error']);
    assert.deepEqual((raised.get(SEMINAIRE_URI) ?? []).map((d) => `${d.code}:${d.severity}`), ['double-booked:error']);
    const off = checkSet(pair(), { rules: { 'double-booked': 'off' } });
    assert.deepEqual(off.get(ATELIER_URI), []);
    assert.deepEqual(off.get(SEMINAIRE_URI), []);
  });

  test('a mission in the set is checked on its own and takes no part in bookings', () => {
    const missionUri = 'file:///ws/m.mission.yaml';
    const mission = `title: Atelier des territoires — vallée de la Sambre
scheme: other
period: { start: 2021-09, end: 2021-12 }
phases:
  - id: session
    title: Session sur site
    start: 2021-10
    end: 2021-10
    programmes: [poix-du-nord/atelier.programme.yaml]
`;
    const results = createLanguageService({ files: memoryFiles({ [ATELIER_URI]: ATELIER }), settings: { language: 'en' } }).checkSet([
      { uri: missionUri, text: mission },
      { uri: ATELIER_URI, text: ATELIER },
      { uri: SEMINAIRE_URI, text: SEMINAIRE },
    ]);
    assert.deepEqual(results.get(missionUri), []);
    assert.equal(only('double-booked', results.get(ATELIER_URI) ?? []).length, 1);
    assert.equal(only('double-booked', results.get(SEMINAIRE_URI) ?? []).length, 1);
  });

  test('check() of one file alone never reports a cross-file booking', () => {
    assert.deepEqual(only('double-booked', diagnose(ATELIER, { uri: ATELIER_URI })), []);
  });
});
