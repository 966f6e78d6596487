/**
 * `time-midnight` (FORMAT.md §5): a slot that runs past 24:00. Only a duration can carry a
 * slot past midnight (clock times stop at 24:00), so the error is on the `duration` value;
 * the slot then counts for nothing else (day length, pauses, gaps).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only, rangeOf } from '../../helpers';
import { codes, edit } from './helpers';

/** An afternoon and evening event that ends at midnight exactly. */
const RENCONTRE = `# Rencontre des acteurs de l'aménagement — édition 2023
title: Rencontres de l'aménagement durable des Hauts-de-France
format: seminar
organiser: DREAL Hauts-de-France
location: Amiens
date: 2023-06-22
agenda:
  - time: 14h00-14h30
    title: Accueil des participants
    type: welcome
  - time: 14h30-16h30
    title: Table ronde « Sobriété foncière et revitalisation »
    type: discussion
  - time: 16h30-17h00
    title: Pause
    type: break
  - time: 17h00-19h00
    title: Remise des prix de l'aménagement durable
    type: plenary
  - time: 19h00-21h00
    title: Dîner
    type: meal
  - start: "21:00"
    duration: 2h
    title: Projection du film « Habiter demain »
    type: presentation
  - duration: 1h
    title: Échanges libres
    type: discussion
`;

describe('time-midnight', () => {
  test('an evening that ends at 24:00 exactly is clean', () => {
    expectClean(RENCONTRE);
    expectClean(edit(RENCONTRE, '  - duration: 1h\n', '  - end: "24:00"\n'));
  });

  test('a `start` + `duration` past midnight is one error on the duration, and nothing else', () => {
    // 21h + 3h30 = 00h30: without the slot the day is 14h–21h; counted to 24h30 it would be 10 h 30 (too long)
    const text = edit(RENCONTRE, 'duration: 2h\n', 'duration: 3h30\n');
    const ds = diagnose(text);
    const d = expectOne(ds, 'time-midnight', 'error', rangeOf(text, '3h30'));
    assert.equal(d.message, 'This slot runs past midnight (until 00:30 the next day).');
    assert.deepEqual(d.data, { code: 'time-midnight', start: 21 * 60, end: 24 * 60 + 30 });
    // not day-too-long, and the duration-only slot after it is not blamed either
    assert.deepEqual(ds.map((x) => x.code), ['time-midnight']);
  });

  test('a duration-only slot that follows a late one past midnight: the error is on its duration', () => {
    const text = edit(RENCONTRE, '  - duration: 1h\n', '  - duration: 1h45\n');
    const d = expectOne(diagnose(text), 'time-midnight', 'error', rangeOf(text, '1h45'));
    assert.equal(d.message, 'This slot runs past midnight (until 00:45 the next day).');
    assert.deepEqual(d.data, { code: 'time-midnight', start: 23 * 60, end: 24 * 60 + 45 });
    assert.deepEqual(codes(text), ['time-midnight']);
  });

  test('a slot past midnight is not also day-too-long', () => {
    // the day would last 14h00 → 02h00 = 12 h if the slot were counted
    const text = edit(RENCONTRE, '  - duration: 1h\n', '  - duration: 3h\n');
    expectOne(diagnose(text), 'time-midnight', 'error', rangeOf(text, '3h'));
    assert.deepEqual(only('day-too-long', diagnose(text)), []);
  });

  test('in a multi-day programme, the evening of day 1 is reported on day 1', () => {
    const text = `title: Séminaire de cohésion du service aménagement
format: seminar
organiser: DDTM 62
days:
  - date: 2023-09-28
    start: "18:00"
    agenda:
      - duration: 2h
        title: Dîner
        type: meal
      - duration: 4h30
        title: Soirée d'échanges
        type: other
  - date: 2023-09-29
    start: "09:00"
    agenda:
      - duration: 2h
        title: Retour d'expérience des missions NCT
        type: discussion
`;
    const d = expectOne(diagnose(text), 'time-midnight', 'error', rangeOf(text, '4h30'));
    assert.deepEqual(d.data, { code: 'time-midnight', start: 20 * 60, end: 24 * 60 + 30 });
    assert.deepEqual(codes(text), ['time-midnight']);
  });

  test('the message is in French with a French clock time', () => {
    const text = edit(RENCONTRE, 'duration: 2h\n', 'duration: 3h30\n');
    const d = expectOne(diagnose(text, { settings: { language: 'fr' } }), 'time-midnight', 'error', rangeOf(text, '3h30'));
    assert.equal(d.message, 'Cette séance dépasse minuit (jusqu’à 00h30 le lendemain).');
  });

  test('the severity can be changed, or the rule turned off', () => {
    const text = edit(RENCONTRE, 'duration: 2h\n', 'duration: 3h30\n');
    expectOne(diagnose(text, { settings: { rules: { 'time-midnight': 'warning' } } }), 'time-midnight', 'warning', rangeOf(text, '3h30'));
    assert.deepEqual(codes(text, { settings: { rules: { 'time-midnight': 'off' } } }), []);
  });
});
