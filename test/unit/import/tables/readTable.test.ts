/** Tables as Word, LibreOffice, HTML and Markdown programmes lay them out, read as agendas. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { read, roles, slots, timeText } from './helpers';

test('a Word table time | session | speakers: the header is no content, each row a slot with its people', () => {
  const r = read([
    ['Horaire', 'Séquence', 'Intervenants'],
    ['9h00 – 9h30', 'Accueil café', ''],
    ['09h45/10h00', 'Présentation du projet\nContexte et enjeux\n- le diagnostic\n- la méthode', 'Mme Claire DUBOIS (DDTM 59), M. Paul MARTIN – Cerema'],
    ['13H00/14h15', 'Ateliers', 'Animation : les conseils'],
  ]);
  assert.equal(r.agenda, true);
  assert.deepEqual(r.headerRows, [0]);
  assert.deepEqual(roles(r), ['time', 'title', 'speakers']);
  assert.deepEqual(r.columns.map((c) => [c.label, c.by]), [['Horaire', 'header'], ['Séquence', 'header'], ['Intervenants', 'header']]);
  const s = slots(r);
  assert.deepEqual(s.map(timeText), ['9h00-9h30', '09h45-10h00', '13h00-14h15']);
  assert.deepEqual(s.map((x) => x.title), ['Accueil café', 'Présentation du projet', 'Ateliers']);
  assert.deepEqual(s[1]!.details, ['Contexte et enjeux', '- le diagnostic', '- la méthode']);
  assert.deepEqual(s[1]!.speakers.map((p) => [p.name, p.civility, p.organisation]), [['Claire DUBOIS', 'Mme', 'DDTM 59'], ['Paul MARTIN', 'M.', 'Cerema']]);
  // No text of the header anywhere in the rows.
  assert.ok(!JSON.stringify(r.entries).includes('Horaire'));
});

test('the source header flag is enough, whatever its words', () => {
  const r = read([['Quand ?', 'Quoi ?'], ['9h00-9h30', 'Accueil']], 1);
  assert.deepEqual(r.headerRows, [0]);
  assert.deepEqual(slots(r).map((s) => [timeText(s), s.title]), [['9h00-9h30', 'Accueil']]);
});

test('a header in English: Time | Session | Speaker(s) | Room | Duration', () => {
  const r = read([
    ['Time', 'Session', 'Speaker(s)', 'Room', 'Duration'],
    ['9:00 am – 9:30 am', 'Registration', '', 'Hall', '30 min'],
    ['9:30', 'Keynote', 'Dr Anne SMITH, Director, Cerema', 'Room 2', '1h'],
  ]);
  assert.deepEqual(roles(r), ['time', 'title', 'speakers', 'room', 'duration']);
  const s = slots(r);
  assert.deepEqual(s.map(timeText), ['09:00-09:30', '9:30']);
  assert.deepEqual(s.map((x) => x.room), ['Hall', 'Room 2']);
  assert.deepEqual(s.map((x) => x.duration?.minutes), [30, 60]);
  assert.deepEqual(s[1]!.speakers, [{ text: 'Dr Anne SMITH, Director, Cerema', civility: 'Dr', name: 'Anne SMITH', role: 'Director', organisation: 'Cerema' }]);
});

test('a table with no header: the roles come from the cells', () => {
  const r = read([
    ['08h30/09h00', 'Accueil des participants', 'Mme Claire DUBOIS (DDTM 59)', 'Salle Vauban'],
    ['09h00/09h15', 'Présentation de l’organisation', 'Paul MARTIN, Cerema', 'Salle Vauban'],
    ['09h15/09h45', 'Projets d’aménagement', 'Frédéric Applincourt', 'Salle Jean Bart'],
  ]);
  assert.deepEqual(r.headerRows, []);
  assert.deepEqual(roles(r), ['time', 'title', 'speakers', 'room']);
  assert.ok(r.columns.every((c) => c.by === 'content' && c.label === undefined));
  assert.equal(slots(r).length, 3);
  assert.deepEqual(slots(r).map((s) => s.speakers[0]!.name), ['Claire DUBOIS', 'Paul MARTIN', 'Frédéric Applincourt']);
  assert.deepEqual(slots(r).map((s) => s.room), ['Salle Vauban', 'Salle Vauban', 'Salle Jean Bart']);
});

test('a first row of header words without the source flag is the header; a first row of content is not', () => {
  assert.deepEqual(read([['Heure', 'Contenu'], ['9h', 'Accueil']]).headerRows, [0]);
  const r = read([['9h00', 'Accueil'], ['9h30', 'Séance plénière']]);
  assert.deepEqual(r.headerRows, []);
  assert.deepEqual(slots(r).map((s) => s.title), ['Accueil', 'Séance plénière']);
});

test('a row spanning every column: a day with a date, a heading, or a slot when it has a time', () => {
  const r = read([
    ['Horaire', 'Séquence', 'Intervenants'],
    [{ text: 'Mardi 12 mars 2024', colSpan: 3 }],
    ['9h00-10h00', 'Accueil', ''],
    [{ text: '12h30 – 14h00 Pause déjeuner', colSpan: 3 }],
    [{ text: 'Après-midi', colSpan: 3 }],
    ['14h00-16h00', 'Ateliers', ''],
    [{ text: 'Pause déjeuner', colSpan: 3 }],
    [{ text: 'Jour 2 – mercredi 13 mars', colSpan: 3 }],
    ['9h00-12h00', 'Visite de terrain', ''],
  ]);
  assert.deepEqual(
    r.entries.map((e) => (e.kind === 'section' ? `${e.section}: ${e.text}` : `${timeText(e)} ${e.title}`)),
    ['day: Mardi 12 mars 2024', '9h00-10h00 Accueil', '12h30-14h00 Pause déjeuner', 'heading: Après-midi', '14h00-16h00 Ateliers', 'heading: Pause déjeuner', 'day: Jour 2 – mercredi 13 mars', '9h00-12h00 Visite de terrain'],
  );
});

test('two days in one table, the header written again for the second: read once, never as a slot', () => {
  const r = read([
    ['Horaire', 'Séquence'],
    ['Lundi 3 juin', ''],
    ['9h00-12h00', 'Cours'],
    ['Horaire', 'Séquence'],
    ['Mardi 4 juin', ''],
    ['9h00-12h00', 'Exercices'],
  ]);
  assert.deepEqual(
    r.entries.map((e) => (e.kind === 'section' ? e.section : e.title)),
    ['day', 'Cours', 'day', 'Exercices'],
  );
});

test('an empty row is skipped and nothing else is', () => {
  const r = read([['Heure', 'Séquence'], ['9h00', 'Accueil'], ['', ''], ['9h30', 'Plénière']]);
  assert.deepEqual(slots(r).map((s) => s.title), ['Accueil', 'Plénière']);
});

test('a time cell merged over two rows in the same room: one session, the second row its step', () => {
  const r = read([
    ['Horaire', 'Séquence', 'Intervenants'],
    [{ text: '9h00-10h30', rowSpan: 2 }, 'Introduction', 'Paul MARTIN'],
    ['Tour de table', 'Claire DUBOIS'],
    ['10h30-11h00', 'Pause', ''],
  ]);
  const s = slots(r);
  assert.deepEqual(s.map((x) => [timeText(x), x.title]), [['9h00-10h30', 'Introduction'], ['10h30-11h00', 'Pause']]);
  assert.deepEqual(s[0]!.details, ['- Tour de table']);
  assert.deepEqual(s[0]!.speakers.map((p) => p.name), ['Paul MARTIN', 'Claire DUBOIS']);
});

test('a time cell merged over rows in different rooms: parallel sessions at the same time', () => {
  const r = read([
    ['Horaire', 'Atelier', 'Salle'],
    [{ text: '14h00-15h30', rowSpan: 2 }, 'Atelier A : mobilités', 'Salle Vauban'],
    ['Atelier B : habitat', 'Salle Jean Bart'],
  ]);
  const s = slots(r);
  assert.deepEqual(s.map((x) => [timeText(x), x.title, x.room, x.parallelWith]), [
    ['14h00-15h30', 'Atelier A : mobilités', 'Salle Vauban', undefined],
    ['14h00-15h30', 'Atelier B : habitat', 'Salle Jean Bart', 1],
  ]);
});

test('a title cell merged over two time rows: one slot from the first start to the last end', () => {
  const r = read([
    ['Horaire', 'Séquence'],
    ['10h00-11h00', { text: 'Visite du site', rowSpan: 2 }],
    ['11h00-12h00'],
    ['12h00-13h00', 'Déjeuner'],
  ]);
  assert.deepEqual(slots(r).map((x) => [timeText(x), x.title]), [['10h00-12h00', 'Visite du site'], ['12h00-13h00', 'Déjeuner']]);
});

test('a session cell merged over the speakers column is read once, as the title', () => {
  const r = read([['Heure', 'Séquence', 'Intervenants'], ['12h00-13h30', { text: 'Déjeuner libre', colSpan: 2 }]]);
  assert.deepEqual(slots(r).map((x) => [x.title, x.speakers.length, x.extra.length]), [['Déjeuner libre', 0, 0]]);
});

test('begin and end in two columns make one range', () => {
  const r = read([['Début', 'Fin', 'Intitulé'], ['9h00', '9h30', 'Accueil'], ['9h30', '10h00', 'Ouverture']]);
  assert.deepEqual(roles(r), ['start', 'end', 'title']);
  assert.deepEqual(slots(r).map(timeText), ['9h00-9h30', '9h30-10h00']);
});

test('a durations column with no time: an agenda of durations', () => {
  const r = read([['Durée', 'Séquence', 'Méthode'], ['30 min', 'Accueil', 'Tour de table'], ['1h30', 'Cas pratique', 'Travail en sous-groupes']]);
  assert.equal(r.agenda, true);
  assert.deepEqual(roles(r), ['duration', 'title', 'details']);
  assert.deepEqual(slots(r).map((s) => [s.duration?.text, s.duration?.minutes, s.time]), [['30 min', 30, undefined], ['1h30', 90, undefined]]);
  // « Méthode » is a labelled field of the row, not a step.
  assert.deepEqual(slots(r)[0]!.extra, [{ label: 'Méthode', lines: ['Tour de table'] }]);
});

test('a durations column found by its content when there is no header', () => {
  const r = read([['Accueil', '30 min'], ['Plénière', '1h30'], ['Ateliers', '45 min']]);
  assert.deepEqual(roles(r), ['title', 'duration']);
  assert.equal(r.agenda, true);
});

test('a column the table does not explain is kept as a labelled detail of its row', () => {
  const r = read([['Horaire', 'Séquence', 'Supports fournis', 'Code'], ['9h00', 'Accueil', 'Dossier cartographique', 'A1']]);
  const s = slots(r)[0]!;
  assert.deepEqual(roles(r), ['time', 'title', 'details', 'unknown']);
  assert.deepEqual(s.extra, [{ label: 'Supports fournis', lines: ['Dossier cartographique'] }, { label: 'Code', lines: ['A1'] }]);
});

test('a « Contenu » column and no title column: its first line is the title, the rest details', () => {
  const r = read([['Horaire', 'Contenu'], ['9h00-10h00', 'Les outils de la DDTM\n- boîte à outils\n- exemples']]);
  assert.deepEqual(roles(r), ['time', 'title']);
  assert.deepEqual(slots(r).map((s) => [s.title, s.details]), [['Les outils de la DDTM', ['- boîte à outils', '- exemples']]]);
});

test('a time and a title written in one cell are both read', () => {
  const r = read([['9h00 – 9h30 Accueil', 'Salle A'], ['9h30 - 10h00 Ouverture', 'Salle A'], ['10h00', 'Salle B']]);
  assert.deepEqual(roles(r), ['time', 'room']);
  assert.deepEqual(slots(r).map((s) => [timeText(s), s.title]), [['9h00-9h30', 'Accueil'], ['9h30-10h00', 'Ouverture'], ['10h00', '']]);
});

test('a table that is not an agenda (a list of contacts) says so', () => {
  const r = read([
    ['Nom', 'Service', 'Téléphone'],
    ['Claire DUBOIS', 'DDTM 59', '03 20 40 50 60'],
    ['Paul MARTIN', 'Cerema', '03.20.40.50.61'],
  ]);
  assert.equal(r.agenda, false);
  assert.ok(slots(r).every((s) => !s.time && !s.duration));
});

test('a price list and a table of numbers are not agendas', () => {
  assert.equal(read([['Formule', 'Tarif'], ['Journée', '250 €'], ['Deux jours', '450 €']]).agenda, false);
  assert.equal(read([['2021', '2022'], ['12', '15']]).agenda, false);
});

test('an end with no start is kept as written, not lost', () => {
  const r = read([['Début', 'Fin', 'Intitulé'], ['9h00', '9h30', 'Accueil'], ['', '12h00', 'Visite']]);
  assert.deepEqual(slots(r)[1]!.extra, [{ label: 'Fin', lines: ['12h00'] }]);
});
