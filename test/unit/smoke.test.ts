import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, expectOne, rangeOf } from '../helpers';

test('a typo in a slot key is one schema error on the key, with a suggestion', () => {
  const text = `title: Atelier
date: 2021-10-20
agenda:
  - time: 08h30-09h00
    title: Accueil
    typ: welcome
`;
  const d = expectOne(diagnose(text), 'schema', 'error', rangeOf(text, 'typ:'.slice(0, 3)));
  assert.equal(d.message, '`typ` is not a slot key — did you mean `type`?');
});
