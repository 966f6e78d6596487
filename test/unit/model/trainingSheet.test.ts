/** The programme keys of FORMAT.md 7.3 in the model: the training sheet, visibility, pinned, steps. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { slotVisibility, type ProgrammeModel } from '../../../server/src/core/model/types';

const service = createLanguageService({ settings: { language: 'fr' } });
const programme = (text: string) => service.analyse('file:///ws/formation.programme.yaml', text).model as ProgrammeModel;

const TRAINING = `title: Sobriété foncière et ZAN
format: training
duration: 14h
price: { amount: 450, currency: EUR, per: participant }
access: Inscription sur la plateforme régionale jusqu'au 1er mars
contact: { name: Claire Dufresne, email: claire.dufresne@example.org, phone: "03 21 00 00 00" }
methods: [Apports en plénière, Étude de cas sur site]
prerequisites: Aucun
people:
  - id: rt
    name: Romain Tessier
date: 2024-03-12
agenda:
  - time: 08h00-08h30
    title: Dernière mise au point de l'équipe d'animation
    visibility: team
    pinned: true
  - time: 09h15-09h45
    title: Projets d'aménagement
    steps:
      - Séquence d'échange avec les participants
      - text: Présentation du site d'étude
        speakers: [rt]
        duration: 10min
`;

test('the training sheet, a team slot, a pinned slot and detailed steps are in the model', () => {
  const m = programme(TRAINING);
  assert.equal(m.duration?.value, 14 * 60);
  assert.deepEqual(m.price && 'amount' in m.price ? [m.price.amount?.value, m.price.currency?.value, m.price.per?.value] : undefined, [450, 'EUR', 'participant']);
  assert.equal(m.access?.value, "Inscription sur la plateforme régionale jusqu'au 1er mars");
  assert.deepEqual(m.contact && 'name' in m.contact ? [m.contact.name?.value, m.contact.phone?.value] : undefined, ['Claire Dufresne', '03 21 00 00 00']);
  assert.deepEqual(m.methods?.map((t) => t.value), ['Apports en plénière', 'Étude de cas sur site']);
  assert.deepEqual(m.prerequisites?.map((t) => [t.value, t.path]), [['Aucun', ['prerequisites']]]);
  const [team, talk] = m.slots;
  assert.deepEqual([slotVisibility(team), team.pinned?.value, slotVisibility(talk)], ['team', true, 'public']);
  assert.deepEqual(talk.steps?.map((t) => [t.value, t.path]), [
    ["Séquence d'échange avec les participants", ['agenda', 1, 'steps', 0]],
    ["Présentation du site d'étude", ['agenda', 1, 'steps', 1, 'text']],
  ]);
  const step = talk.stepDetails?.[1];
  assert.deepEqual([step?.speakers.map((r) => r.id), step?.duration?.value], [['rt'], 10]);
  assert.ok(m.refs.some((r) => r.id === 'rt' && r.path.join('.') === 'agenda.1.steps.1.speakers.0'), 'a step speaker is a reference');
});

test('a price as text, a contact as text; a negative amount is left out; an unknown visibility keeps the slot for the team', () => {
  const m = programme(TRAINING.replace('price: { amount: 450, currency: EUR, per: participant }', 'price: { amount: -3 }').replace('visibility: team', 'visibility: private').replace(/contact: .*/, 'contact: Claire Dufresne, 03 21 00 00 00'));
  assert.ok(m.price && !('text' in m.price) && m.price.amount === undefined, 'the price object is kept without its negative amount');
  // `visibility: private` is the schema's error; the slot stays out of participant exports meanwhile.
  assert.equal(m.slots[0].visibility?.value, 'team');
  assert.deepEqual(m.contact && 'text' in m.contact ? m.contact.text.value : undefined, 'Claire Dufresne, 03 21 00 00 00');
  const free = programme(TRAINING.replace(/price: .*/, 'price: Gratuit pour les agents du ministère'));
  assert.deepEqual(free.price && 'text' in free.price ? free.price.text.value : undefined, 'Gratuit pour les agents du ministère');
});
