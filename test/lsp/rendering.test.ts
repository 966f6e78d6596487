/** The preview and export requests of the server. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExportResult, PreviewResult } from '../../common/protocol';
import { startServer } from './harness';

const text = `title: Atelier territorial
date: 2021-10-20
agenda:
  - time: 08h30-09h00
    title: Accueil des participants
    type: welcome
  - time: 08h45-09h30
    title: Présentation
    notes: Vérifier le vidéoprojecteur
`;

test('preview: the rendered body for the open version, with problem badges and source lines', async () => {
  const server = await startServer();
  try {
    const uri = server.open('a.programme.yaml', text, 3);
    await server.diagnostics(uri, 3);
    const result = (await server.connection.sendRequest('deroule/preview', { uri, withNotes: false })) as PreviewResult;
    assert.equal(result.version, 3);
    assert.equal(result.title, 'Atelier territorial');
    assert.match(result.html, /<div class="slot type-welcome pause" data-line="3" data-end-line="6"/);
    assert.match(result.html, /<ul class="problems"><li class="error" title="time-overlap">/);
    assert.doesNotMatch(result.html, /vidéoprojecteur/);
    const withNotes = (await server.connection.sendRequest('deroule/preview', { uri, withNotes: true })) as PreviewResult;
    assert.match(withNotes.html, /Vérifier le vidéoprojecteur/);
  } finally {
    await server.stop();
  }
});

test('export: the file bytes from the open text, or a clear error', async () => {
  const server = await startServer();
  try {
    const uri = server.open('a.programme.yaml', text);
    const md = (await server.connection.sendRequest('deroule/export', { uri, format: 'md', withNotes: false })) as ExportResult;
    assert.match(Buffer.from(md.data, 'base64').toString('utf8'), /^# Atelier territorial\n/);
    const broken = server.open('b.programme.yaml', '- a\n- b\n');
    const error = (await server.connection.sendRequest('deroule/export', { uri: broken, format: 'html', withNotes: false })) as ExportResult;
    assert.equal(error.data, '');
    assert.match(error.error!, /cannot be read/);
  } finally {
    await server.stop();
  }
});

test('export and preview honour the audience: participants by default, the team when asked (FORMAT.md 7.3)', async () => {
  const server = await startServer();
  const team = `title: Atelier
date: 2021-10-20
agenda:
  - time: 08h00-08h30
    title: Dernière mise au point de l'équipe d'animation
    visibility: team
  - time: 08h30-09h00
    title: Accueil
    materials: [Post-it 4 couleurs]
    notes: Clés chez le gardien
`;
  try {
    const uri = server.open('t.programme.yaml', team);
    const md = async (params: Record<string, unknown>) => Buffer.from(((await server.connection.sendRequest('deroule/export', { uri, format: 'md', ...params })) as ExportResult).data, 'base64').toString('utf8');
    for (const params of [{}, { for: 'participants' }, { withNotes: false }, { for: 'participants', withNotes: true }, { for: 'everyone' }]) {
      const out = await md(params);
      assert.match(out, /\*\*Accueil\*\*/, JSON.stringify(params));
      assert.doesNotMatch(out, /mise au point|Post-it|gardien|Matériel à prévoir/, JSON.stringify(params));
    }
    for (const params of [{ for: 'team' }, { withNotes: true }]) {
      const out = await md(params);
      assert.match(out, /\*\*Dernière mise au point de l'équipe d'animation\*\* \(autre\) \*\*\\\[équipe\\\]\*\*/, JSON.stringify(params));
      assert.match(out, /### Matériel à prévoir \*\*\\\[équipe\\\]\*\*\n\n- \*\*Post-it 4 couleurs\*\* — 08h30 Accueil/, JSON.stringify(params));
      assert.match(out, /Clés chez le gardien/);
    }
    // The preview shows everything unless the participants' form is asked for.
    const preview = async (params: Record<string, unknown>) => ((await server.connection.sendRequest('deroule/preview', { uri, ...params })) as PreviewResult).html;
    assert.match(await preview({}), /<div class="slot type-other team"/);
    assert.match(await preview({ for: 'team' }), /Matériel à prévoir/);
    assert.doesNotMatch(await preview({ for: 'participants' }), /mise au point|Post-it|gardien/);
  } finally {
    await server.stop();
  }
});
