/**
 * Calendar export (server/src/core/export/ics.ts): a two-day DDTM atelier exported as
 * iCalendar and read back with ical.js. Events, titles, Paris local times in summer (+02:00)
 * and winter (+01:00), UIDs, per-day mode, and text that tries to break out of its line.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { toIcs } from '../../server/src/core/export/ics';
import type { Labels, PersonView, ProgrammeView, SlotView } from '../../server/src/core/render/viewModel';
import { createLanguageService } from '../../server/src/core';
import { buildView } from '../../server/src/core/render/buildView';
import { labelsFor } from '../../server/src/core/render/labels';
import { HOSTILE, hostileProgramme } from './render/injection';
import { hm } from '../helpers';

/** The French labels, as the programme renderings use them. */
const labels: Labels = labelsFor('fr');

const typeLabels: Record<string, string> = {
  welcome: 'Accueil', plenary: 'Plénière', presentation: 'Exposé', 'site-visit': 'Visite de terrain',
  'group-work': 'Travail en groupe', 'report-back': 'Restitution', break: 'Pause', meal: 'Repas',
  closing: 'Conclusion', discussion: 'Échange',
};

const archi: PersonView = { id: 'archi', name: 'Claire Martin', role: 'Architecte conseil', organisation: 'CAUE du Nord' };
const chef: PersonView = { id: 'chef', name: 'Jean Dupont', role: 'Chef du service Territoires', organisation: 'DDTM 59' };

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const text = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}h${String(minutes % 60).padStart(2, '0')}`;

let line = 10;
function slot(title: string, type: string, start: number | undefined, end: number | undefined, extra: Partial<SlotView> = {}): SlotView {
  line += 3;
  return {
    line,
    endLine: line + 2,
    ...(start !== undefined ? { start, startText: text(start) } : {}),
    ...(end !== undefined ? { end, endText: text(end) } : {}),
    title,
    type,
    typeLabel: typeLabels[type] ?? 'Autre',
    isPause: type === 'break' || type === 'meal' || type === 'welcome',
    steps: [],
    speakers: [],
    groups: ['Tous les groupes'],
    tracks: [],
    turns: [],
    materials: [],
    produces: [],
    problems: [],
    ...extra,
  };
}

const summary = { contentText: '', pauseText: '', slots: 0, perGroup: [] };

/** Session 1 in June (CEST, +02:00), session 2 in November (CET, +01:00). */
function atelier(overrides: Partial<ProgrammeView> = {}, withNotes = false): ProgrammeView {
  return {
    kind: 'programme',
    language: 'fr',
    labels,
    title: 'Atelier « cœur de bourg », Poix-du-Nord',
    subtitle: 'Atelier territorial — commune de Poix-du-Nord',
    formatLabel: 'Atelier',
    organiser: 'DDTM 59',
    location: 'Mairie de Poix-du-Nord (59)',
    audience: ['Agents de la DDTM (front office)', 'Élus de la commune'],
    participants: 24,
    objectives: ['Échanger sur le positionnement de la DDTM'],
    prerequisites: [],
    evaluation: [],
    people: [archi, chef],
    groups: [
      { id: 'g1', name: 'Groupe 1', lead: 'Claire Martin', members: [] },
      { id: 'g2', name: 'Groupe 2', lead: 'Jean Dupont', members: [] },
    ],
    deliverables: [{ id: 'synthese', title: 'Synthèse de diagnostic « à première vue »' }],
    days: [
      {
        line: 5,
        date: day(2024, 6, 20),
        title: 'Session 1 — diagnostic',
        slots: [
          slot('Accueil café', 'welcome', hm(8, 30), hm(9)),
          slot('Ouverture : enjeux de la revitalisation', 'plenary', hm(9), hm(9, 45), {
            speakers: [chef],
            steps: ['Mot d’accueil du maire', 'Présentation de la démarche'],
          }),
          slot('Visite du centre-bourg', 'site-visit', hm(9, 45), hm(12), {
            speakers: [archi],
            groups: ['Groupe 1', 'Groupe 2'],
            ...(withNotes ? { notes: 'Prévoir des gilets ; vérifier l’accès à l’église' } : {}),
          }),
          slot('Déjeuner', 'meal', hm(12), hm(13, 30)),
          slot('Diagnostic « à première vue »', 'group-work', hm(13, 30), hm(15, 45), {
            produces: ['Synthèse de diagnostic « à première vue »'],
            description: 'Carte A3 annotée, par groupe.',
          }),
          slot('Pause', 'break', hm(15, 45), hm(16)),
          slot('Restitution par groupe', 'report-back', hm(16), hm(17)),
        ],
        summary,
      },
      {
        line: 40,
        date: day(2024, 11, 14),
        title: 'Session 2 — stratégie',
        location: 'Salle des fêtes, Poix-du-Nord',
        slots: [
          slot('Retour sur le diagnostic', 'plenary', hm(9, 30), hm(10, 15), { speakers: [archi, chef] }),
          slot('Temps libre d’écriture', 'other', undefined, undefined),
          slot('Scénarios d’aménagement', 'group-work', hm(10, 15), hm(12, 15)),
          slot('Conclusion et suites', 'closing', hm(12, 15), hm(12, 45)),
        ],
        summary,
      },
      // A day without a date cannot be placed in a calendar.
      { line: 70, title: 'Session 3 — à caler', slots: [slot('Comité de pilotage', 'plenary', hm(14), hm(16))], summary },
    ],
    ...overrides,
  };
}

// ical.js 2 is an ES module for TypeScript: loaded with import() from this CommonJS test.
const loadIcal = () => import('ical.js').then((m) => m.default);
let ICAL: Awaited<ReturnType<typeof loadIcal>>;
before(async () => {
  ICAL = await loadIcal();
});

type Parsed = ReturnType<typeof parse>;
type IcalEvent = Parsed['events'][number];

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { calendar, events };
}

function property(event: IcalEvent, name: string): unknown {
  return event.component.getFirstPropertyValue(name);
}

/** X-WR-CALNAME is unknown to ical.js, which keeps its raw value: decode it as TEXT. */
function calendarName(calendar: Parsed['calendar']): string {
  return ICAL.design.icalendar.value['text']!.fromICAL(String(calendar.getFirstPropertyValue('x-wr-calname')));
}

const UID_BASE = 'poix-du-nord.programme';

describe('calendar export: one event per slot', () => {
  const ics = toIcs(atelier(), { uidBase: UID_BASE });
  let calendar: Parsed['calendar'];
  let events: IcalEvent[];
  before(() => ({ calendar, events } = parse(ics)));

  test('one VEVENT per slot with known times, in order; undated days and untimed slots left out', () => {
    assert.deepEqual(
      events.map((e) => e.summary),
      [
        'Accueil café',
        'Ouverture : enjeux de la revitalisation',
        'Visite du centre-bourg',
        'Déjeuner',
        'Diagnostic « à première vue »',
        'Pause',
        'Restitution par groupe',
        'Retour sur le diagnostic',
        'Scénarios d’aménagement',
        'Conclusion et suites',
      ],
    );
  });

  test('calendar name is the programme title (comma and guillemets kept)', () => {
    assert.equal(calendarName(calendar), 'Atelier « cœur de bourg », Poix-du-Nord');
  });

  test('a VTIMEZONE for Europe/Paris is included, and every DTSTART/DTEND names it', () => {
    const zones = calendar.getAllSubcomponents('vtimezone');
    assert.equal(zones.length, 1);
    assert.equal(zones[0]!.getFirstPropertyValue('tzid'), 'Europe/Paris');
    for (const e of events) {
      for (const name of ['dtstart', 'dtend']) {
        assert.equal(e.component.getFirstProperty(name)!.getParameter('tzid'), 'Europe/Paris');
      }
    }
    assert.doesNotMatch(ics.slice(ics.indexOf('BEGIN:VEVENT')), /^DT(?:START|END)[:;](?!TZID=Europe\/Paris:)/m);
  });

  test('summer date: local Paris times, UTC offset +02:00', () => {
    const visit = events[2]!;
    assert.equal(visit.startDate.toString(), '2024-06-20T09:45:00');
    assert.equal(visit.endDate.toString(), '2024-06-20T12:00:00');
    assert.equal(visit.startDate.zone?.tzid, 'Europe/Paris');
    assert.equal(visit.startDate.utcOffset(), 2 * 3600);
    assert.equal(visit.startDate.toJSDate().toISOString(), '2024-06-20T07:45:00.000Z');
    assert.equal(visit.endDate.toJSDate().toISOString(), '2024-06-20T10:00:00.000Z');
  });

  test('winter date: local Paris times, UTC offset +01:00', () => {
    const back = events[7]!;
    assert.equal(back.startDate.toString(), '2024-11-14T09:30:00');
    assert.equal(back.endDate.toString(), '2024-11-14T10:15:00');
    assert.equal(back.startDate.zone?.tzid, 'Europe/Paris');
    assert.equal(back.startDate.utcOffset(), 3600);
    assert.equal(back.startDate.toJSDate().toISOString(), '2024-11-14T08:30:00.000Z');
  });

  test('UIDs are uidBase-day-slot@deroule, with the slot index counting untimed slots', () => {
    assert.deepEqual(
      events.map((e) => e.uid),
      [0, 1, 2, 3, 4, 5, 6].map((i) => `${UID_BASE}-0-${i}@deroule`).concat(
        [0, 2, 3].map((i) => `${UID_BASE}-1-${i}@deroule`),
      ),
    );
  });

  test('two exports are identical (stable UIDs, fixed DTSTAMP in UTC)', () => {
    const again = toIcs(atelier(), { uidBase: UID_BASE });
    assert.equal(again, ics);
    assert.deepEqual(parse(again).events.map((e) => e.uid), events.map((e) => e.uid));
    for (const e of events) assert.match(e.component.getFirstProperty('dtstamp')!.toICALString(), /^DTSTAMP:\d{8}T\d{6}Z$/);
  });

  test('the output does not depend on the time zone of the machine', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      const newYork = toIcs(atelier(), { uidBase: UID_BASE });
      process.env.TZ = 'Asia/Tokyo';
      const tokyo = toIcs(atelier(), { uidBase: UID_BASE });
      assert.equal(newYork, ics);
      assert.equal(tokyo, ics);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  test('LOCATION is the day’s location, else the programme’s', () => {
    assert.equal(property(events[0]!, 'location'), 'Mairie de Poix-du-Nord (59)');
    assert.equal(property(events[7]!, 'location'), 'Salle des fêtes, Poix-du-Nord');
  });

  test('breaks and meals are transparent, the rest busy', () => {
    const transp = events.map((e) => property(e, 'transp') ?? 'OPAQUE');
    assert.deepEqual(
      events.filter((_, i) => transp[i] === 'TRANSPARENT').map((e) => e.summary),
      ['Déjeuner', 'Pause'],
    );
  });

  test('DESCRIPTION: type label, description, speakers, groups, steps, produces; no notes unless in the view', () => {
    assert.equal(
      events[1]!.description,
      ['Plénière', 'Intervenants\u00a0: Jean Dupont — Chef du service Territoires (DDTM 59)', 'Groupes\u00a0: Tous les groupes', '- Mot d’accueil du maire', '- Présentation de la démarche'].join('\n'),
    );
    assert.equal(
      events[4]!.description,
      ['Travail en groupe', 'Carte A3 annotée, par groupe.', 'Groupes\u00a0: Tous les groupes', 'Produit\u00a0: Synthèse de diagnostic « à première vue »'].join('\n'),
    );
    assert.ok(events.every((e) => !e.description.includes('Notes')));
    const withNotes = parse(toIcs(atelier({}, true), { uidBase: UID_BASE })).events;
    assert.ok(withNotes[2]!.description.endsWith('Notes d’animation\u00a0: Prévoir des gilets ; vérifier l’accès à l’église'));
  });

  test('every line ends with CRLF and is at most 75 octets', () => {
    assertPhysicalLines(ics);
  });
});

describe('calendar export: one event per day', () => {
  const ics = toIcs(atelier(), { uidBase: UID_BASE, perDay: true });
  let events: IcalEvent[];
  before(() => ({ events } = parse(ics)));

  test('one event per dated day with timed slots, from the first start to the last end', () => {
    assert.equal(events.length, 2);
    assert.deepEqual(events.map((e) => e.summary), [
      'Atelier « cœur de bourg », Poix-du-Nord — Session 1 — diagnostic',
      'Atelier « cœur de bourg », Poix-du-Nord — Session 2 — stratégie',
    ]);
    assert.equal(events[0]!.startDate.toString(), '2024-06-20T08:30:00');
    assert.equal(events[0]!.endDate.toString(), '2024-06-20T17:00:00');
    assert.equal(events[0]!.startDate.utcOffset(), 2 * 3600);
    assert.equal(events[1]!.startDate.toString(), '2024-11-14T09:30:00');
    assert.equal(events[1]!.endDate.toString(), '2024-11-14T12:45:00');
    assert.equal(events[1]!.startDate.utcOffset(), 3600);
    assert.equal(events[1]!.startDate.zone?.tzid, 'Europe/Paris');
  });

  test('UIDs are uidBase-day@deroule and stable', () => {
    assert.deepEqual(events.map((e) => e.uid), [`${UID_BASE}-0@deroule`, `${UID_BASE}-1@deroule`]);
    assert.equal(toIcs(atelier(), { uidBase: UID_BASE, perDay: true }), ics);
  });

  test('the description lists the slots with their times', () => {
    assert.equal(
      events[1]!.description,
      [
        '09h30–10h15 Retour sur le diagnostic (Claire Martin, Jean Dupont)',
        'Temps libre d’écriture',
        '10h15–12h15 Scénarios d’aménagement',
        '12h15–12h45 Conclusion et suites',
      ].join('\n'),
    );
    assert.equal(property(events[1]!, 'location'), 'Salle des fêtes, Poix-du-Nord');
  });
});

describe('calendar export: text cannot break out of its property', () => {
  const hostileTitle = 'Atelier\r\nBEGIN:VEVENT\r\nSUMMARY:pwned';
  const longLine = 'Éléments « clés » : ' + 'é'.repeat(90) + ', a;b\\c ' + 'x'.repeat(80);
  const hostileDescription = [
    'Points ; virgules, barres \\ obliques \\n (pas un saut de ligne)',
    longLine,
    'x'.repeat(200),
    'END:VEVENT',
  ].join('\n');
  const view = atelier({
    title: 'Titre\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR',
    days: [
      {
        line: 1,
        date: day(2024, 6, 20),
        slots: [slot(hostileTitle, 'plenary', hm(9), hm(10), { description: hostileDescription, groups: [] })],
        summary,
      },
    ],
  });
  const ics = toIcs(view, { uidBase: 'a,b;c\\d' });
  let calendar: Parsed['calendar'];
  let events: IcalEvent[];
  before(() => ({ calendar, events } = parse(ics)));

  test('exactly one event, no extra VEVENT or VCALENDAR line', () => {
    assert.equal(events.length, 1);
    assert.equal(ics.match(/^BEGIN:VEVENT\r$/gm)?.length, 1);
    assert.equal(ics.match(/^(?:BEGIN|END):VCALENDAR\r?$/gm)?.length, 2);
    assert.doesNotMatch(ics, /^SUMMARY:pwned/m);
  });

  test('the title comes back as the same text (CRLF becomes LF: iCalendar TEXT has no escape for CR)', () => {
    assert.equal(events[0]!.summary, hostileTitle.replace(/\r\n/g, '\n'));
    assert.equal(calendarName(calendar), 'Titre\nEND:VCALENDAR\nBEGIN:VCALENDAR');
  });

  test('the description comes back as exactly the same text', () => {
    assert.equal(events[0]!.description, ['Plénière', hostileDescription].join('\n'));
  });

  test('the UID comes back with its commas, semicolons and backslashes', () => {
    assert.equal(events[0]!.uid, 'a,b;c\\d-0-0@deroule');
  });

  test('every line ends with CRLF and is at most 75 octets', () => {
    assert.ok(ics.split('\r\n').some((l) => l.startsWith(' ')), 'long lines are folded');
    assertPhysicalLines(ics);
  });
});

describe('calendar export: edge times', () => {
  test('an end at 24:00 is midnight of the next day', () => {
    const view = atelier({
      days: [{ line: 1, date: day(2024, 12, 31), slots: [slot('Veillée', 'other', hm(22), hm(24))], summary }],
    });
    const [event] = parse(toIcs(view, { uidBase: 'x' })).events;
    assert.equal(event!.startDate.toString(), '2024-12-31T22:00:00');
    assert.equal(event!.endDate.toString(), '2025-01-01T00:00:00');
    assert.equal(event!.endDate.zone?.tzid, 'Europe/Paris');
  });

  test('a programme without dated days gives a calendar with no event', () => {
    const view = atelier({ days: [] });
    const { calendar, events } = parse(toIcs(view, { uidBase: 'x' }));
    assert.equal(events.length, 0);
    assert.equal(calendar.name, 'vcalendar');
  });
});

function assertPhysicalLines(ics: string): void {
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  for (const physical of ics.slice(0, -2).split('\r\n')) {
    assert.ok(!physical.includes('\n') && !physical.includes('\r'), `bare line break in ${JSON.stringify(physical)}`);
    assert.ok(Buffer.byteLength(physical, 'utf8') <= 75, `${Buffer.byteLength(physical, 'utf8')} octets: ${JSON.stringify(physical)}`);
  }
}

describe('calendar export: the hostile corpus in every field, from the real core', () => {
  const PROPERTIES = new Set(['uid', 'sequence', 'dtstamp', 'dtstart', 'dtend', 'summary', 'location', 'description', 'transp']);
  for (const hostile of HOSTILE) {
    test(JSON.stringify(hostile).slice(0, 50), () => {
      const service = createLanguageService();
      const view = buildView(service.analyse('file:///ws/h.programme.yaml', hostileProgramme(hostile)), { withNotes: true }) as ProgrammeView;
      for (const perDay of [false, true]) {
        const ics = toIcs(view, { uidBase: 'h', perDay });
        assertPhysicalLines(ics);
        const { calendar, events } = parse(ics);
        // Two slots, or one day: no event, calendar or property added by the text.
        assert.equal(events.length, perDay ? 1 : 2);
        assert.equal(ics.match(/^BEGIN:VEVENT\r$/gm)?.length, events.length);
        assert.equal(ics.match(/^(?:BEGIN|END):VCALENDAR\r$/gm)?.length, 2);
        assert.equal(calendar.getAllSubcomponents().filter((c) => c.name !== 'vtimezone').length, events.length);
        for (const event of events) {
          const names = event.component.getAllProperties().map((p) => p.name);
          assert.deepEqual(names.filter((n) => !PROPERTIES.has(n)), [], 'only the properties the export writes');
          assert.equal(new Set(names).size, names.length, 'each property once');
          assert.equal(event.uid.startsWith('h-0'), true);
        }
        // The text comes back as typed; iCalendar TEXT has no CR, so line breaks come back as LF,
        // and control characters (not allowed in TEXT) are dropped.
        const expected = hostile.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
        assert.equal(perDay ? events[0]!.summary : events[0]!.summary, expected);
        assert.equal(property(events[0]!, 'location'), expected);
        assert.ok(events[0]!.description.includes(expected), events[0]!.description);
        assert.equal(calendarName(calendar), expected);
      }
    });
  }
});

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
