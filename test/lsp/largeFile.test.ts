/**
 * Files over the size limit (`deroule.maxTextLength`, 4,000,000 characters by default),
 * opened and then edited over stdio: one clear diagnostic, one message per crossing of the
 * limit (not per keystroke), every feature empty for that file, the other documents
 * unaffected, and analysis back as soon as the file is small again.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { freshDiagnostics } from './expected';
import { programme } from './fixture';
import { eventually, startServer, type Harness } from './harness';
import { isEmptyExport, requestKinds } from './requests';

const SLOT = '  - time: 08h30-09h00\n    title: Accueil des participants\n    type: welcome\n';

function bigProgramme(megabytes: number): string {
  return `title: Gros programme\ndate: 2021-10-20\nagenda:\n${SLOT.repeat(Math.ceil((megabytes * 1024 * 1024) / SLOT.length))}`;
}

async function expectEmptyFeatures(server: Harness, uri: string): Promise<void> {
  for (const kind of requestKinds.filter((k) => k.document)) {
    const answer = await server.connection.sendRequest(kind.method, kind.params(uri, 5));
    if (kind.method === 'deroule/export') assert.ok(isEmptyExport(answer), `${kind.method}: ${JSON.stringify(answer).slice(0, 200)}`);
    // The pull report of a large file is its one diagnostic; everything else is empty.
    else if (kind.method !== 'textDocument/diagnostic') assert.deepEqual(answer, kind.empty, kind.method);
  }
}

/** Types `keys` at the start of `line`, one notification per key, mirrored in `doc`; returns the new copy. */
function type(server: Harness, name: string, doc: TextDocument, line: number, keys: string): TextDocument {
  for (const [k, key] of [...keys].entries()) {
    const at = { line, character: k };
    const change = { range: { start: at, end: at }, text: key };
    doc = TextDocument.update(doc, [change], doc.version + 1);
    server.edit(name, [change], doc.version);
  }
  return doc;
}

test('10 MB programme: one clear diagnostic, one message, empty features; the rest works; analysis resumes when it shrinks', { timeout: 600_000 }, async () => {
  const server = await startServer();
  try {
    const small = server.open('petit.programme.yaml', programme.replace('09h00-10h00', '08h45-10h00'));
    const name = 'gros.programme.yaml';
    let doc = TextDocument.create(server.uri(name), 'deroule-programme', 1, bigProgramme(10));
    const uri = server.open(name, doc.getText());
    const [first] = await server.diagnostics(uri, 1).then((d) => (assert.equal(d.length, 1), d));
    assert.equal(first!.code, 'yaml-syntax');
    assert.equal(first!.severity, 1);
    assert.deepEqual(first!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const length = doc.getText().length.toLocaleString('en-US');
    assert.equal(
      first!.message,
      `This file is too large to be analysed as you type (${length} characters; the \`maxTextLength\` setting allows 4,000,000): it is not checked until it is smaller.`,
    );
    assert.deepEqual(server.messages, [
      {
        type: 2,
        message: 'Déroulé does not analyse gros.programme.yaml: the file is too large to be checked as you type (setting `deroule.maxTextLength`). Analysis resumes when it is smaller.',
      },
    ]);

    // Typing in it: a comment at the top, key by key. Still one diagnostic, still one message.
    doc = type(server, name, doc, 0, '# brouillon\n');
    await eventually('diagnostics of the last keystroke', () => server.latest(uri)?.version === doc.version);
    assert.deepEqual(server.latest(uri)!.diagnostics.map((d) => d.code), ['yaml-syntax']);
    assert.equal(server.messages.length, 1);
    await expectEmptyFeatures(server, uri);

    // The other document is checked and answers as usual.
    assert.deepEqual(server.latest(small)?.diagnostics.map((d) => d.code), ['time-overlap']);
    server.change('petit.programme.yaml', programme, 2);
    assert.deepEqual(await server.diagnostics(small, 2), []);
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: small }, position: { line: 5, character: 9 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /Claire Martin/);

    // Select from the third slot to the end and delete: the file is small again, and analysed.
    const cut = { start: { line: 10, character: 0 }, end: doc.positionAt(doc.getText().length) };
    doc = TextDocument.update(doc, [{ range: cut, text: '' }], doc.version + 1);
    server.edit(name, [{ range: cut, text: '' }], doc.version);
    await eventually('diagnostics after the cut', () => server.latest(uri)?.version === doc.version);
    const expected = freshDiagnostics(new Map([[uri, doc.getText()], [small, programme]]));
    assert.deepEqual(server.latest(uri)!.diagnostics, expected.get(uri));
    assert.ok(expected.get(uri)!.some((d) => d.code === 'time-overlap'), 'the two remaining slots overlap');
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
    assert.ok(symbols.length > 0);
    assert.equal(server.messages.length, 1);

    // Pasting it all back is a new crossing of the limit: told once more.
    doc = TextDocument.update(doc, [{ text: bigProgramme(10) }], doc.version + 1);
    server.change(name, doc.getText(), doc.version);
    await eventually('diagnostics of the big text again', () => server.latest(uri)?.version === doc.version);
    assert.equal(server.messages.length, 2);
    assert.equal(server.exitCode(), undefined);
  } finally {
    await server.stop();
  }
});

test('50 MB mission-sized paste, in French: one diagnostic and one message in French, then analysis resumes', { timeout: 600_000 }, async () => {
  const server = await startServer({ locale: 'fr' });
  try {
    const name = 'enorme.programme.yaml';
    let doc = TextDocument.create(server.uri(name), 'deroule-programme', 1, bigProgramme(50));
    const uri = server.open(name, doc.getText());
    const diagnostics = await server.diagnostics(uri, 1);
    assert.equal(diagnostics.length, 1);
    const length = doc.getText().length.toLocaleString('en-US').replace(/,/g, '\u202f');
    assert.equal(
      diagnostics[0]!.message,
      `Ce fichier est trop volumineux pour être analysé pendant la saisie (${length} caractères ; le réglage \`maxTextLength\` en permet 4\u202f000\u202f000) : il n’est pas vérifié tant qu’il n’est pas plus petit.`,
    );
    assert.equal(server.messages.length, 1);
    assert.match(server.messages[0]!.message, /^Déroulé n’analyse pas enorme\.programme\.yaml : le fichier est trop volumineux/);

    doc = type(server, name, doc, 0, '# abc\n');
    await eventually('diagnostics of the last keystroke', () => server.latest(uri)?.version === doc.version);
    assert.deepEqual(server.latest(uri)!.diagnostics.map((d) => d.code), ['yaml-syntax']);
    assert.equal(server.messages.length, 1);
    await expectEmptyFeatures(server, uri);

    const cut = { start: { line: 7, character: 0 }, end: doc.positionAt(doc.getText().length) };
    doc = TextDocument.update(doc, [{ range: cut, text: '' }], doc.version + 1);
    server.edit(name, [{ range: cut, text: '' }], doc.version);
    await eventually('diagnostics after the cut', () => server.latest(uri)?.version === doc.version);
    assert.deepEqual(server.latest(uri)!.diagnostics, freshDiagnostics(new Map([[uri, doc.getText()]]), { language: 'fr' }).get(uri));
    const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 5, character: 5 } });
    assert.notEqual(hover, null);
    assert.equal(server.exitCode(), undefined);
  } finally {
    await server.stop();
  }
});
