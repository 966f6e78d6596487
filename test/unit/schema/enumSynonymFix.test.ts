/**
 * FORMAT.md 7.4: an enum value typed as its French label or a usual synonym gets the value
 * suggested with the quick fix *Replace*, which writes it in place (comments kept).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/core';
import { codeActions } from '../../../server/src/core/codeActions';
import { messagesFor } from '../../../server/src/core/messages';

const URI = 'file:///ws/atelier.programme.yaml';

function fixed(text: string): { title: string; text: string; after: string[] } {
  const service = createLanguageService({ settings: { language: 'en' } });
  const diagnostics = service.check(URI, text).filter((d) => d.code === 'schema') as unknown as Diagnostic[];
  const [action] = codeActions(diagnostics[0]!.range, diagnostics, { uri: URI, analysis: service.analyse(URI, text), m: messagesFor('en'), style: 'colon' }, ['quickfix']);
  const after = TextDocument.applyEdits(TextDocument.create(URI, 'yaml', 1, text), action!.edit!.changes![URI]!);
  return { title: action!.title, text: after, after: service.check(URI, after).map((d) => d.code) };
}

const day = (type: string) => `title: Atelier territorial
date: 2021-10-20
agenda:
  - time: 12h00-13h30
    title: Déjeuner sur place
    type: ${type} # au Café de la Mairie
`;

for (const [typed, value] of [
  ['pause déjeuner', 'meal'],
  ['Déjeuner', 'meal'],
  ['visite de terrain', 'site-visit'],
  ['travail en sous-groupes', 'group-work'],
  ['plénière', 'plenary'],
  ['trajet', 'travel'],
] as const) {
  test(`\`type: ${typed}\` is replaced with \`${value}\``, () => {
    const result = fixed(day(typed));
    assert.equal(result.title, `Replace \`${typed}\` with \`${value}\``);
    assert.equal(result.text, day(value));
    assert.deepEqual(result.after, []);
  });
}

test('`visibility: privé` is replaced with `team`', () => {
  const text = `title: Atelier
date: 2021-10-20
agenda:
  - time: 08h00-08h30
    title: Dernière mise au point de l'équipe d'animation
    visibility: privé
`;
  const result = fixed(text);
  assert.equal(result.text, text.replace('visibility: privé', 'visibility: team'));
  assert.deepEqual(result.after, []);
});

test('a word that is no synonym gets no suggestion, and no quick fix', () => {
  const text = day('moment convivial');
  const service = createLanguageService({ settings: { language: 'en' } });
  const [d] = service.check(URI, text);
  assert.equal(d!.message.startsWith('`moment convivial` is not a valid `type`; possible values: welcome, plenary'), true);
  assert.deepEqual(codeActions(d!.range, [d as unknown as Diagnostic], { uri: URI, analysis: service.analyse(URI, text), m: messagesFor('en'), style: 'colon' }, ['quickfix']), []);
});
