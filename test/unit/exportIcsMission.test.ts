/**
 * The calendar of a mission (FORMAT.md 7.5), read back with ical.js: an all-day event per
 * milestone and per deliverable due (a month: its last day), an event per day of each
 * linked programme from its first start to its last end in Paris time, stable UIDs.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { exportDocument } from '../../server/src/core/export';
import { toMissionIcs } from '../../server/src/core/export/icsMission';
import { createLanguageService } from '../../server/src/core';
import { buildView } from '../../server/src/core/render/buildView';
import type { MissionView } from '../../server/src/core/render/viewModel';
import { memoryFiles } from '../helpers';
import { HOSTILE, hostileMission, hostileProgramme } from './render/injection';
import { crteService, crteView, CRTE_MISSION, MISSION_URI } from './render/missionV2Fixture';

const loadIcal = () => import('ical.js').then((m) => m.default);
let ICAL: Awaited<ReturnType<typeof loadIcal>>;
before(async () => {
  ICAL = await loadIcal();
});

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

const ics = (text = CRTE_MISSION) => toMissionIcs(crteView('fr', text), { uidBase: 'crte' });

test('one all-day event per milestone and per deliverable due; a month is its last day', () => {
  const all = events(ics()).filter((e) => e.startDate.isDate);
  assert.deepEqual(
    all.map((e) => [e.uid, e.summary, e.startDate.toString(), e.endDate.toString()]),
    [
      ['crte-milestone-lancement@deroule', 'Lancement régional', '2021-09-14', '2021-09-15'],
      ['crte-milestone-signature-pa@deroule', 'Signature du CRTE de Pont-Audemer', '2021-12-31', '2022-01-01'],
      ['crte-milestone-copil-so@deroule', "COPIL Sources de l'Orne", '2022-02-08', '2022-02-09'],
      ['crte-deliverable-carnet@deroule', 'Échéance\u00a0: Carnet de territoire', '2022-02-28', '2022-03-01'],
      ['crte-deliverable-rapport@deroule', 'Échéance\u00a0: Rapport final', '2022-06-30', '2022-07-01'],
      ['crte-deliverable-note@deroule', 'Échéance\u00a0: Note d\'étape', '2022-03-31', '2022-04-01'],
    ],
  );
  // Transparent: a milestone or a due date does not make anyone busy all day.
  for (const e of all) assert.equal(e.component.getFirstPropertyValue('transp'), 'TRANSPARENT');
});

test('descriptions say what the event is, in words; only an http link becomes the URL', () => {
  const [, signature, , carnet, , note] = events(ics()).filter((e) => e.startDate.isDate);
  assert.equal(signature!.description, 'Signature\nDate\u00a0: décembre 2021\nGouvernance\u00a0: Comité de pilotage\nPhase\u00a0: Diagnostic Pont-Audemer\nChantier\u00a0: Pont-Audemer Val de Risle');
  assert.equal(carnet!.description, "Échéance\u00a0: février 2022\nResponsable\u00a0: CAUE de l'Eure\nÉtat\u00a0: livré\nLien\u00a0: https://www.example.org/carnet?a=1&b=2");
  assert.equal(carnet!.component.getFirstPropertyValue('url'), 'https://www.example.org/carnet?a=1&b=2');
  assert.equal(note!.component.getFirstPropertyValue('url'), null);
  assert.doesNotMatch(ics(), /javascript/);
});

test("one timed event per day of each linked programme, from its first start to its last end, in Paris time", () => {
  const timed = events(ics()).filter((e) => !e.startDate.isDate);
  assert.equal(timed.length, 1);
  const [day] = timed;
  assert.equal(day!.uid, 'crte-programme-seminaire.programme.yaml-20211118@deroule');
  assert.equal(day!.summary, 'Séminaire des élus');
  assert.equal(day!.location, 'Salle des fêtes de Pont-Audemer');
  assert.equal(day!.description, 'Phase\u00a0: Diagnostic Pont-Audemer\nChantier\u00a0: Pont-Audemer Val de Risle');
  assert.equal(day!.component.getFirstProperty('dtstart')!.getParameter('tzid'), 'Europe/Paris');
  assert.equal(day!.startDate.toString(), '2021-11-18T09:00:00');
  assert.equal(day!.endDate.toString(), '2021-11-18T16:30:00');
  // 9:00 in Paris in November is 8:00 UTC.
  assert.equal(day!.startDate.toJSDate().toISOString(), '2021-11-18T08:00:00.000Z');
});

test('UIDs are stable: the same export twice is byte-identical, and reordering items keeps each UID', () => {
  assert.equal(ics(), ics());
  const reordered = CRTE_MISSION.replace(
    /milestones:\n([\s\S]*?)deliverables:/,
    (_, block: string) => `milestones:\n${block.split(/(?=  - id: )/).reverse().join('')}deliverables:`,
  );
  assert.notEqual(reordered, CRTE_MISSION);
  const uids = (text: string) => new Map(events(ics(text)).map((e) => [e.uid, `${e.summary} ${e.startDate.toString()}`]));
  assert.deepEqual(uids(reordered), uids(CRTE_MISSION));
  // A duplicated id still gives unique UIDs (the id-duplicate rule reports it).
  const twice = CRTE_MISSION.replace('  - id: copil-so', '  - id: lancement');
  const ids = events(ics(twice)).map((e) => e.uid);
  assert.equal(new Set(ids).size, ids.length);
});

test('a mission exports to ICS through the same entry as the CLI, with only the mission title as the calendar name', async () => {
  const service = crteService();
  const out = String(await exportDocument(service.analyse(MISSION_URI, CRTE_MISSION), 'ics', { uidBase: 'crte', linked: (path) => service.linked(MISSION_URI, path) }));
  assert.match(out, /^BEGIN:VCALENDAR\r\n/);
  assert.match(out, /\r\nEND:VCALENDAR\r\n$/);
  assert.match(out, /X-WR-CALNAME:Accompagnement des CRTE en Normandie\r\n/);
  assert.equal(events(out).length, 7);
  assert.match(out, /DTSTART;VALUE=DATE:20211231\r\n/);
  assert.match(out, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Paris/);
});

test('a programme day without times is an all-day event; a mission with nothing dated is an empty calendar', () => {
  const untimed = crteView();
  untimed.phases[1]!.programmes[0]!.days = [{ date: Date.UTC(2021, 10, 18) / 86_400_000 }];
  const day = events(toMissionIcs(untimed, { uidBase: 'crte' })).find((e) => e.uid.includes('programme'))!;
  assert.deepEqual([day.startDate.isDate, day.startDate.toString(), day.component.getFirstPropertyValue('transp')], [true, '2021-11-18', null]);
  assert.deepEqual(events(ics('title: Rien de daté\n')), []);
});

test('hostile text in every field of a mission adds no event, calendar or property to its calendar', () => {
  for (const hostile of HOSTILE) {
    const uri = 'file:///ws/hostile.mission.yaml';
    const service = createLanguageService({ files: memoryFiles({ 'file:///ws/hostile.programme.yaml': hostileProgramme(hostile) }) });
    const view = buildView(service.analyse(uri, hostileMission(hostile)), { linked: (path) => service.linked(uri, path) });
    const out = toMissionIcs(view as MissionView, { uidBase: 'h' });
    const where = JSON.stringify(hostile).slice(0, 50);
    // A milestone, two dues and the programme's one day; the text never opens a line of its own.
    assert.equal(events(out).length, 4, where);
    assert.equal(out.match(/^BEGIN:VEVENT\r$/gm)?.length, 4, where);
    assert.equal(out.match(/^(?:BEGIN|END):VCALENDAR\r$/gm)?.length, 2, where);
    for (const line of out.split('\r\n')) assert.doesNotMatch(line, /^(UID|SUMMARY):pwned/, where);
    assert.doesNotMatch(out, /^URL:/m, `${where}: a link that is not http(s) is no URL`);
  }
});
