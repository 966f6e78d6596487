/**
 * Rooms in running text (issue 17): `placeRooms` on slot drafts, and short documents
 * through `importProgramme`, asserting the YAML the user gets.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { placeRooms } from '../../../server/src/core/import/slotRooms';
import type { SlotDraft } from '../../../server/src/core/import/state';
import { importProgramme } from '../../../server/src/core/import/textImport';

function draft(title: string, lines: string[] = []): SlotDraft {
  return {
    line: 1, indent: 0, title, awaitingTitle: false, who: [], groupsAll: false, groupNames: [], materials: [], produces: [], notes: [], comments: [], fromTable: false,
    entries: lines.map((text, k) => ({ kind: 'step' as const, text, indent: 2, afterBlank: false, line: k + 2 })),
  };
}

test('sessions in one title, each with its room, become tracks; the rooms leave the title', () => {
  const s = draft('Atelier A (salle Vauban) / Atelier B (salle Turenne)');
  placeRooms(s);
  assert.equal(s.title, 'Atelier A / Atelier B');
  assert.deepEqual(s.tracks, [
    { title: 'Atelier A', room: 'Salle Vauban', people: [], description: [] },
    { title: 'Atelier B', room: 'Salle Turenne', people: [], description: [] },
  ]);
});

test('lines under a session naming a group and its room become the group tracks; other lines stay', () => {
  const s = draft('Travail en sous-groupes', ['Groupe 1 : salle Vauban', 'Groupe 2 : salle Turenne', 'Consigne : repérer les dents creuses']);
  placeRooms(s);
  assert.deepEqual(s.tracks?.map((t) => [t.title, t.room, t.groupNames]), [['Groupe 1', 'Salle Vauban', ['Groupe 1']], ['Groupe 2', 'Salle Turenne', ['Groupe 2']]]);
  assert.deepEqual(s.entries.map((e) => e.text), ['Consigne : repérer les dents creuses']);
});

test('one room for the session: at the start of the description, out of the title', () => {
  const s = draft('Plénière (salle Vauban)', ['Présentation du dispositif']);
  placeRooms(s);
  assert.equal(s.title, 'Plénière');
  assert.equal(s.tracks, undefined);
  assert.deepEqual(s.entries.map((e) => [e.kind, e.text]), [['desc', 'Salle Vauban.'], ['step', 'Présentation du dispositif']]);
  const alone = draft('Restitution', ['salle 204']);
  placeRooms(alone);
  assert.deepEqual(alone.entries.map((e) => [e.kind, e.text]), [['desc', 'Salle 204.']]);
});

test('« salle » in a sentence, a place the words lead to, a table slot: no room taken', () => {
  for (const title of ['Visite, en salle et sur le terrain', 'Retour en car à la salle des fêtes', 'Présentation de la salle de sport']) {
    const s = draft(title);
    placeRooms(s);
    assert.equal(s.title, title);
    assert.deepEqual(s.entries, []);
    assert.equal(s.tracks, undefined);
  }
  // One line of the two is a sentence, not a name and its room: no tracks.
  const sentence = draft('Atelier', ['Groupe 1 : salle Vauban', 'Les participants rejoignent ensuite en fin de matinée la salle Turenne du bâtiment B']);
  placeRooms(sentence);
  assert.equal(sentence.tracks, undefined);
  const table = { ...draft('Plénière (salle Vauban)'), fromTable: true };
  placeRooms(table);
  assert.equal(table.title, 'Plénière (salle Vauban)');
});

test('a training e-mail: parallel workshops get tracks with rooms, the « Lieu : » hall stays the location', () => {
  const { yaml } = importProgramme(
    [
      'Objet : [CVRH Arras] Formation « Sobriété foncière »',
      '',
      'Lieu : salle des fêtes de Bapaume',
      'Date : 12 mars 2024',
      '',
      '09h00 Accueil des stagiaires',
      '10h15–11h30 Atelier A (salle Vauban) / Atelier B (salle Turenne)',
      '11h30–12h30 Plénière (salle Vauban)',
    ].join('\n'),
  );
  assert.match(yaml, /^location: salle des fêtes de Bapaume$/m);
  assert.ok(
    yaml.includes(
      [
        '  - time: 10h15-11h30',
        '    title: Atelier A / Atelier B',
        '    type: workshop',
        '    tracks:',
        '      - title: Atelier A',
        '        room: Salle Vauban',
        '      - title: Atelier B',
        '        room: Salle Turenne',
      ].join('\n'),
    ),
    yaml,
  );
  assert.ok(yaml.includes(['  - time: 11h30-12h30', '    title: Plénière', '    type: plenary', '    description: Salle Vauban.'].join('\n')), yaml);
});

test('a text programme: groups under a session become tracks of those groups, with their rooms', () => {
  const { yaml } = importProgramme(
    [
      'Atelier PLUi – diagnostic partagé',
      'Mardi 12 mars 2024',
      '',
      '14h00–15h30 Travail en sous-groupes',
      '– Groupe 1 : salle Vauban',
      '– Groupe 2 : salle Turenne',
      '15h30–16h00 Restitution en salle et sur le terrain',
    ].join('\n'),
  );
  assert.ok(yaml.includes(['groups:', '  - id: g1', '    name: Groupe 1', '  - id: g2', '    name: Groupe 2'].join('\n')), yaml);
  assert.ok(
    yaml.includes(['    tracks:', '      - title: Groupe 1', '        groups:', '          - g1', '        room: Salle Vauban', '      - title: Groupe 2', '        groups:', '          - g2', '        room: Salle Turenne'].join('\n')),
    yaml,
  );
  assert.doesNotMatch(yaml, /steps:/);
  assert.match(yaml, /title: Restitution en salle et sur le terrain$/m);
});

test('an English programme: « Room 3B » of a single session goes to the description', () => {
  const { yaml } = importProgramme(['Land take workshop', '6 March 2025', '', '09:30-10:30 Opening plenary, Room 3B', '10:30-11:00 Coffee break'].join('\n'));
  assert.ok(yaml.includes(['    title: Opening plenary', '    type: plenary', '    description: Room 3B.'].join('\n')), yaml);
});

test('the boxes of parallel sessions an export prints (name, groups, « Animation : », « Salle : ») become tracks with their rooms', () => {
  const { yaml } = importProgramme(
    ['Atelier', '', '14 mars 2024', '', '13h45 – 15h15', 'Cas pratique', "À partir d'un dossier, chaque sous-groupe travaille.", 'Sous-groupe A', 'Sous-groupe A', 'Animation : Julien Marchand', 'Salle : Salle Vauban', 'Sous-groupe B', 'Sous-groupe B', 'Animation : Sophie Lemaire', 'Salle : Salle Colbert', '', '15h15 – 15h30', 'Pause'].join('\n'),
  );
  assert.ok(
    yaml.includes(['    tracks:', '      - title: Sous-groupe A', '        groups:', '          - sous-groupe-a', '        room: Salle Vauban', '      - title: Sous-groupe B', '        groups:', '          - sous-groupe-b', '        room: Salle Colbert'].join('\n')),
    yaml,
  );
  assert.match(yaml, /^    description: À partir d'un dossier, chaque sous-groupe travaille\.$/m);
  assert.doesNotMatch(yaml, /Salle : /);
  // The leads are kept: as the session's speakers.
  assert.match(yaml, /^    speakers: \[julien-marchand, sophie-lemaire\]$/m);
});
