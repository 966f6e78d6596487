/**
 * One way from a path to a URI and back (`core/uri.ts`), and one form URIs are compared in:
 * for every character a French user puts in a folder name, the URI of a file round-trips,
 * Node's spelling and VS Code's compare equal, and a folder contains its files whichever
 * spelling each side uses.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { fileUri, insideFolders, linkTarget, normalUri, uriPath } from '../../server/src/core';

const CHARACTERS = [' ', 'é', 'è', 'à', 'ç', 'ô', 'œ', 'É', "'", '’', '&', '(', ')', '+', '@', ',', ';', '=', '#', '%', '[', ']', '!', '$', '~', '«', '»', '\u00a0'];

for (const c of [...CHARACTERS, CHARACTERS.join('')]) {
  test(`a folder named with ${JSON.stringify(c)}`, { skip: process.platform === 'win32' ? 'POSIX paths' : false }, () => {
    const folder = `/home/claire/dossier${c}2024`;
    const file = `${folder}/sous${c}dossier/atelier.programme.yaml`;
    assert.equal(uriPath(fileUri(file)), file);
    assert.equal(uriPath(pathToFileURL(file).href), file);
    assert.equal(normalUri(pathToFileURL(file).href), fileUri(file));
    assert.equal(normalUri(fileUri(file)), fileUri(file));
    for (const root of [fileUri(folder), pathToFileURL(folder).href]) {
      for (const uri of [fileUri(file), pathToFileURL(file).href]) assert.ok(insideFolders(uri, [root]), `${uri} in ${root}`);
      assert.ok(!insideFolders(fileUri(`${folder}-autre/a.programme.yaml`), [root]));
    }
    // The programme a mission links, beside it or in a subfolder written with the character.
    const files = { readFile: () => undefined, allows: (uri: string) => insideFolders(uri, [pathToFileURL(folder).href]) };
    const from = pathToFileURL(`${folder}/m.mission.yaml`).href;
    assert.equal(linkTarget(files, from, 'p.programme.yaml'), fileUri(`${folder}/p.programme.yaml`));
    assert.equal(linkTarget(files, from, `sous${c}dossier/atelier.programme.yaml`), fileUri(file));
  });
}

test('URIs the clients spell differently name the same file', () => {
  assert.equal(normalUri("file:///tmp/l'atelier%20(2024)/a.programme.yaml"), normalUri('file:///tmp/l%27atelier%20%282024%29/a.programme.yaml'));
  assert.equal(normalUri('file:///tmp/a%7Eb'), 'file:///tmp/a~b');
  assert.equal(normalUri('file:///C:/ws/a.programme.yaml'), normalUri('file:///c%3A/ws/a.programme.yaml'));
  assert.ok(!insideFolders('file:///tmp/l%27atelier2/a.programme.yaml', ["file:///tmp/l'atelier"]));
});
