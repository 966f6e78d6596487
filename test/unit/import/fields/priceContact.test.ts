/** The two structured training fields: a price as an amount or a text, a contact as details or a text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contactOf } from '../../../../server/src/core/import/fields/contact';
import { priceOf } from '../../../../server/src/core/import/fields/price';

test('a price with nothing but its amount, currency, what it is per and a tax mention is an amount; the tax mention is a note', () => {
  assert.deepEqual(priceOf('450 € net de taxe par stagiaire'), { value: { amount: 450, currency: 'EUR', per: 'participant' }, note: 'net de taxe' });
  assert.deepEqual(priceOf('1 200 € HT / jour'), { value: { amount: 1200, currency: 'EUR', per: 'day' }, note: 'HT' });
  assert.deepEqual(priceOf('1 200 € HT / jour'), { value: { amount: 1200, currency: 'EUR', per: 'day' }, note: 'HT' });
  assert.deepEqual(priceOf('350 euros'), { value: { amount: 350, currency: 'EUR' } });
  assert.deepEqual(priceOf('€450 per participant'), { value: { amount: 450, currency: 'EUR', per: 'participant' } });
  assert.deepEqual(priceOf('2 400,50 € pour le groupe'), { value: { amount: 2400.5, currency: 'EUR', per: 'group' } });
  assert.deepEqual(priceOf('£300 per day'), { value: { amount: 300, currency: 'GBP', per: 'day' } });
});

test('a price that says more, or free of charge, stays the text as written', () => {
  assert.deepEqual(priceOf("Gratuit pour les agents de l'État"), { value: "Gratuit pour les agents de l'État" });
  assert.deepEqual(priceOf('Gratuit'), { value: 'Gratuit' });
  assert.deepEqual(priceOf('Free of charge for State staff'), { value: 'Free of charge for State staff' });
  assert.deepEqual(priceOf('450 € pour les agents, 900 € pour les autres'), { value: '450 € pour les agents, 900 € pour les autres' });
  assert.deepEqual(priceOf('450 € par stagiaire, repas compris'), { value: '450 € par stagiaire, repas compris' });
  assert.deepEqual(priceOf('450 € par stagiaire et par jour'), { value: '450 € par stagiaire et par jour' });
  assert.deepEqual(priceOf('Pris en charge par le CVRH'), { value: 'Pris en charge par le CVRH' });
  assert.equal(priceOf('  '), undefined);
});

test('a contact of a name, a phone and an e-mail is split into them, in any order', () => {
  assert.deepEqual(contactOf('Julie Martin, 03 21 00 00 00, julie.martin@developpement-durable.gouv.fr'), {
    name: 'Julie Martin',
    phone: '03 21 00 00 00',
    email: 'julie.martin@developpement-durable.gouv.fr',
  });
  assert.deepEqual(contactOf('Mme Claire DUBOIS – tél. 03.21.00.00.00 – mail : claire.dubois@example.org'), { name: 'Claire DUBOIS', phone: '03.21.00.00.00', email: 'claire.dubois@example.org' });
  assert.deepEqual(contactOf('formation@cerema.fr'), { email: 'formation@cerema.fr' });
  assert.deepEqual(contactOf('John Smith, +44 20 7946 0958'), { name: 'John Smith', phone: '+44 20 7946 0958' });
});

test('a contact with more than a name stays the text: a service, a role', () => {
  assert.equal(contactOf('Service formation du CVRH Arras, cvrh-arras@example.org'), 'Service formation du CVRH Arras, cvrh-arras@example.org');
  assert.equal(contactOf('Julie Martin, chargée de formation, 03 21 00 00 00'), 'Julie Martin, chargée de formation, 03 21 00 00 00');
  assert.equal(contactOf('Julie Martin'), 'Julie Martin');
});

test('long or hostile values are kept as written or not read, never thrown on', () => {
  const long = `Julie Martin ${'a'.repeat(20000)}@example.org`;
  assert.equal(contactOf(long), long);
  const price = `${'1 '.repeat(5000)}€`;
  assert.deepEqual(priceOf(price), { value: price.trim() });
  assert.equal(contactOf('@@@ ... +++ ()'), '@@@ ... +++ ()');
  assert.deepEqual(priceOf('€'), { value: '€' });
});
