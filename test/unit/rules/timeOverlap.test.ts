/**
 * `time-overlap` (FORMAT.md §5): a slot that starts before the previous slot of the same
 * day ends. Reported on the value that gives the slot's start, with the previous slot as
 * related information; days are independent.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/** Two days of an « Atelier des territoires » session: a site visit, then a workshop day. */
const SESSION = `# Atelier des territoires « Vallée de la Sambre » — session 1 (diagnostic)
title: Atelier des territoires — Vallée de la Sambre
subtitle: Session 1 — arpentage et diagnostic partagé
format: workshop
organiser: DDTM 59
location: Maubeuge (59)
people:
  - id: pilote
    name: Marc Lefebvre
    role: Chef de projet DDTM
  - id: mandataire
    name: Agence Ville Ouverte
    role: Équipe de maîtrise d'œuvre urbaine
days:
  - date: 2023-03-14
    title: Arpentage
    agenda:
      - time: 13h30-14h00
        title: Accueil des élus et des partenaires en mairie
        type: welcome
      - time: 14h00-16h30
        title: Arpentage du territoire en car
        type: site-visit
        speakers: [mandataire]
      - time: 16h30-17h00
        title: Premières impressions à chaud
        type: discussion
  - date: 2023-03-15
    title: Atelier
    start: "09:00"
    agenda:
      - duration: 30
        title: Café d'accueil
        type: welcome
      - duration: 1h
        title: Retour sur l'arpentage
        type: presentation
        speakers: [mandataire]
      - start: "10:30"
        duration: 15min
        title: Pause
        type: break
      - time: 10h45-12h15
        title: Ateliers thématiques — mobilités, habitat, économie
        type: workshop
      - start: "12:15"
        end: "12:30"
        title: Conclusion par le pilote
        type: closing
        speakers: [pilote]
`;

describe('time-overlap', () => {
  test('the two-day session is clean', () => {
    expectClean(SESSION);
  });

  test('a `time` range that starts before the previous slot ends: error on the range, with the previous slot related', () => {
    const text = edit(SESSION, 'time: 16h30-17h00', 'time: 16h15-17h00');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-overlap', 'error', rangeOf(text, '16h15-17h00'));
    assert.equal(d.message, 'This slot starts 15 min before the previous one (“Arpentage du territoire en car”) ends at 16:30.');
    assert.deepEqual(d.data, {
      code: 'time-overlap',
      overlap: 15,
      previousEnd: 16 * 60 + 30,
      start: 16 * 60 + 15,
      end: 17 * 60,
      slotPath: ['days', 0, 'agenda', 2],
    });
    assert.deepEqual(d.related, [{ uri: 'file:///ws/test.programme.yaml', range: rangeOf(text, '14h00-16h30'), message: 'Arpentage du territoire en car' }]);
    assert.deepEqual(ds.map((x) => x.code), ['time-overlap']);
  });

  test('`start` + `duration` overlapping: the error is on the `start` value', () => {
    // the retour sur l'arpentage ends at 10:30; the pause is moved to 10:20
    const text = edit(SESSION, 'start: "10:30"', 'start: "10:20"');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-overlap', 'error', rangeOf(text, '"10:20"'));
    assert.equal(d.message, 'This slot starts 10 min before the previous one (“Retour sur l\'arpentage”) ends at 10:30.');
    assert.equal(d.data?.overlap, 10);
    // the pause now ends at 10:35, leaving a gap before 10:45: that one is a real, separate fact
    assert.deepEqual(ds.map((x) => x.code), ['time-overlap', 'time-gap']);
  });

  test('`start` + `end` overlapping: the error is on the `start` value', () => {
    const text = edit(SESSION, 'start: "12:15"\n        end: "12:30"', 'start: "12:00"\n        end: "12:30"');
    const d = expectOne(diagnose(text), 'time-overlap', 'error', rangeOf(text, '"12:00"'));
    assert.equal(d.data?.overlap, 15);
    assert.deepEqual(d.related?.[0]?.range, rangeOf(text, '10h45-12h15'));
  });

  test('one overlap is one diagnostic: the slots after it are not blamed', () => {
    // the visit is lengthened to 16h45; the next slot still starts at 16h30 and ends at 17h
    const text = edit(SESSION, 'time: 14h00-16h30', 'time: 14h00-16h45');
    const d = expectOne(diagnose(text), 'time-overlap', 'error', rangeOf(text, '16h30-17h00'));
    assert.equal(d.data?.overlap, 15);
    assert.deepEqual(codes(text), ['time-overlap']);
  });

  test('a slot that starts exactly when the previous one ends does not overlap', () => {
    expectClean(edit(SESSION, 'time: 14h00-16h30', 'time: 14h00 – 16h30'));
  });

  test('start-only slots (imported lines) end when the next one starts: no overlap between them', () => {
    const text = `title: Comité technique du CRTE de la Haute-Somme
format: committee
organiser: Sous-préfecture de Péronne
date: 2022-06-09
agenda:
  - start: "09h30"
    title: Accueil
    type: welcome
  - start: "09h45"
    title: Avancement des fiches actions
    type: discussion
  - start: "11h00"
    title: Calendrier du prochain comité de pilotage
    type: discussion
  - start: "11h30"
    title: Fin de la réunion
`;
    expectClean(text);
    // a line out of order: « 11h00 » typed « 09h00 » — the previous start-only slot (09h45) is a moment
    const wrong = edit(text, 'start: "11h00"', 'start: "09h00"');
    const d = expectOne(diagnose(wrong), 'time-overlap', 'error', rangeOf(wrong, '"09h00"'));
    assert.equal(d.data?.overlap, 45);
  });

  test('the last slot of one day and the first slot of the next never overlap', () => {
    // day 1 now ends at 19h00 with a dinner; day 2 starts at 09h00, « before » it on the clock
    expectClean(
      edit(
        SESSION,
        '        title: Premières impressions à chaud\n        type: discussion\n',
        '        title: Premières impressions à chaud\n        type: discussion\n      - time: 17h00-19h00\n        title: Dîner avec les élus\n        type: meal\n',
      ),
    );
  });

  test('the message is in French with French clock times', () => {
    const text = edit(SESSION, 'time: 16h30-17h00', 'time: 16h15-17h00');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'time-overlap', 'error', rangeOf(text, '16h15-17h00'));
    assert.equal(d.message, 'Cette séance commence 15 min avant la fin de la précédente (« Arpentage du territoire en car », jusqu’à 16h30).');
  });

  test('the severity can be changed, or the rule turned off', () => {
    const text = edit(SESSION, 'time: 16h30-17h00', 'time: 16h15-17h00');
    expectOne(diagnose(text, { settings: { rules: { 'time-overlap': 'warning' } } }), 'time-overlap', 'warning', rangeOf(text, '16h15-17h00'));
    assert.deepEqual(only('time-overlap', diagnose(text, { settings: { rules: { 'time-overlap': 'off' } } })), []);
  });
});
