import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diagnose, expectOne, only, rangeOf } from '../../helpers';

test('a second document is one multi-document error on its ---', () => {
  const text = `title: Atelier
date: 2021-10-20
---
title: Deuxième atelier
`;
  const d = expectOne(diagnose(text), 'multi-document', 'error', rangeOf(text, '---'));
  assert.equal(d.message, 'One YAML document per file: remove this `---` or move what follows to its own file.');
});

test('a leading --- is not a second document', () => {
  const text = `---
title: Atelier
`;
  assert.equal(only('multi-document', diagnose(text)).length, 0);
});

test('each extra document is reported, and only the first document is checked', () => {
  const text = `title: Atelier
---
typ: x
---
title: c
`;
  const all = diagnose(text);
  assert.equal(only('multi-document', all).length, 2);
  assert.equal(only('schema', all).length, 0, 'the unknown key of document 2 is not reported');
});
