/** rename, setType, setVisibility, moveGroup: the exact text after, every other line kept. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { after, announce, codes, refusal } from './helpers';

const doc = `title: Atelier
date: 2021-10-20
groups:
  - id: g1
  - id: g2
  - id: g3
agenda:
  # accueil
  - time: 08h30-09h00
    title: Accueil # café
    type: welcome
  - time: 09h00-10h00
    title: 'Plénière d''ouverture'
    visibility: team # à confirmer
  - { time: 10h00-10h15, title: Pause, type: break }
  - time: 10h15-12h00
    title: Atelier
    tracks:
      - title: Salle A
        groups: [g1, g2]
      - title: Salle B
        groups:
          - g3
`;

test('rename: plain when it reads back the same, quoted when it would not, in its own quotes when it had some', () => {
  assert.equal(after(doc, { kind: 'rename', slot: { day: 0, index: 0 }, title: 'Accueil des élus' }), doc.replace('title: Accueil # café', 'title: Accueil des élus # café'));
  assert.equal(after(doc, { kind: 'rename', slot: { day: 0, index: 0 }, title: 'Accueil : café' }), doc.replace('title: Accueil # café', 'title: "Accueil : café" # café'));
  assert.equal(after(doc, { kind: 'rename', slot: { day: 0, index: 1 }, title: "L'ouverture" }), doc.replace("'Plénière d''ouverture'", "'L''ouverture'"));
  assert.equal(after(doc, { kind: 'rename', slot: { day: 0, index: 2 }, title: 'Pause, café' }), doc.replace('title: Pause,', 'title: "Pause, café",'));
  assert.equal(announce(doc, { kind: 'rename', slot: { day: 0, index: 0 }, title: 'Café' }, 'fr'), 'Séance renommée « Café »');
  assert.equal(refusal(doc, { kind: 'rename', slot: { day: 0, index: 0 }, title: '  ' }), 'A slot needs a title.');
});

test('setType: replaced in place, added under the title, only a type of the schema', () => {
  assert.equal(after(doc, { kind: 'setType', slot: { day: 0, index: 0 }, type: 'plenary' }), doc.replace('type: welcome', 'type: plenary'));
  assert.equal(after(doc, { kind: 'setType', slot: { day: 0, index: 3 }, type: 'workshop' }), doc.replace('    title: Atelier\n', '    title: Atelier\n    type: workshop\n'));
  assert.equal(after(doc, { kind: 'setType', slot: { day: 0, index: 2 }, type: 'meal' }), doc.replace('type: break }', 'type: meal }'));
  assert.equal(announce(doc, { kind: 'setType', slot: { day: 0, index: 3 }, type: 'site-visit' }, 'fr'), 'Séance « Atelier » de type visite de terrain');
  assert.match(refusal(doc, { kind: 'setType', slot: { day: 0, index: 0 }, type: 'atelier' })!, /^“atelier” is not a slot type \(welcome, plenary/);
  assert.equal(after(doc, { kind: 'setType', slot: { day: 0, index: 1 }, type: 'plenary' }), doc.replace("    visibility: team # à confirmer\n", "    type: plenary\n    visibility: team # à confirmer\n"));
});

test('setVisibility: team adds the key, public removes its line', () => {
  assert.equal(after(doc, { kind: 'setVisibility', slot: { day: 0, index: 0 }, visibility: 'team' }), doc.replace('title: Accueil # café\n', 'title: Accueil # café\n    visibility: team\n'));
  assert.equal(after(doc, { kind: 'setVisibility', slot: { day: 0, index: 1 }, visibility: 'public' }), doc.replace('    visibility: team # à confirmer\n', ''));
  assert.equal(after(doc, { kind: 'setVisibility', slot: { day: 0, index: 1 }, visibility: 'team' }), doc);
  assert.equal(refusal(doc, { kind: 'setVisibility', slot: { day: 0, index: 2 }, visibility: 'team' }), 'This slot is written on one line (`{…}`): edit it in the text.');
  assert.equal(announce(doc, { kind: 'setVisibility', slot: { day: 0, index: 0 }, visibility: 'team' }, 'en'), '“Accueil” is now for the team only');
});

test('moveGroup: out of a one-line list, into a block list, each keeping its style', () => {
  const text = after(doc, { kind: 'moveGroup', slot: { day: 0, index: 3 }, group: 'g2', fromTrack: 0, toTrack: 1 });
  assert.equal(text, doc.replace('groups: [g1, g2]', 'groups: [g1]').replace('          - g3\n', '          - g3\n          - g2\n'));
  assert.deepEqual(codes(text), codes(doc));
  // The last group of a block list cannot leave it empty: refused, nothing changed.
  assert.equal(refusal(doc, { kind: 'moveGroup', slot: { day: 0, index: 3 }, group: 'g3', fromTrack: 1, toTrack: 0 }), '“g3” is the only group of its track, which would be left empty: edit it in the text.');
  assert.equal(refusal(doc, { kind: 'moveGroup', slot: { day: 0, index: 3 }, group: 'g9', fromTrack: 0, toTrack: 1 }), 'The group “g9” is not in that track.');
  assert.equal(announce(doc, { kind: 'moveGroup', slot: { day: 0, index: 3 }, group: 'g2', fromTrack: 0, toTrack: 1 }, 'fr'), 'Groupe « g2 » déplacé dans « Salle B »');
});
