/**
 * The browser server's closed files (server/src/browser/pushedFiles.ts): decided on URIs
 * alone, in any scheme the editor uses (code-server's `vscode-remote:`, github.dev's
 * `vscode-vfs:`), as the disk source decides on paths (FORMAT.md §8).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PushedFiles } from '../../server/src/browser/pushedFiles';

const FOLDER = 'vscode-remote://127.0.0.1:8080/home/claire/depot';
const at = (path: string) => `${FOLDER}/${path}`;

function pushed(maxTextLength = 1000): PushedFiles {
  const files = new PushedFiles(() => maxTextLength);
  files.setFolders([FOLDER]);
  files.set(at('.deroule.yaml'), 'rules: {}\n');
  files.set(at('proj/.deroule.yaml'), 'maxDayMinutes: 420\n');
  files.set(at('proj/missions/nct.mission.yaml'), 'title: NCT\n');
  files.set(at('proj/missions/ateliers/celles.programme.yaml'), 'title: Celles\n');
  files.set(at('hors-projet.programme.yaml'), 'title: Hors projet\n');
  files.set(`vscode-remote://127.0.0.1:8080/home/claire/autre.programme.yaml`, 'title: Ailleurs\n');
  return files;
}

test("a document's .deroule.yaml is the nearest one above it, inside its workspace folder", () => {
  const files = pushed();
  assert.equal(files.configOf(at('proj/missions/ateliers/celles.programme.yaml')), at('proj/.deroule.yaml'));
  assert.equal(files.configOf(at('hors-projet.programme.yaml')), at('.deroule.yaml'));
  files.set(at('proj/.deroule.yaml'), null);
  assert.equal(files.configOf(at('proj/missions/nct.mission.yaml')), at('.deroule.yaml'));
});

test("a linked file is read inside the linking document's project root, never past it or outside the folder", () => {
  const files = pushed();
  const mission = at('proj/missions/nct.mission.yaml');
  assert.equal(files.allows(at('proj/missions/ateliers/celles.programme.yaml'), mission), true);
  assert.equal(files.read(at('proj/missions/ateliers/celles.programme.yaml')), 'title: Celles\n');
  // Above proj/ (whose .deroule.yaml makes it the root): refused for the mission's link.
  assert.equal(files.allows(at('hors-projet.programme.yaml'), mission), false);
  assert.equal(files.allows(at('hors-projet.programme.yaml')), true);
  // Outside the workspace folder: never read, even when it was sent.
  assert.equal(files.read('vscode-remote://127.0.0.1:8080/home/claire/autre.programme.yaml'), undefined);
  assert.deepEqual(
    files.scan([FOLDER]).map((f) => f.uri).sort(),
    [at('hors-projet.programme.yaml'), at('proj/missions/ateliers/celles.programme.yaml'), at('proj/missions/nct.mission.yaml')],
  );
});

test('a file longer than maxTextLength is not kept; a deleted file is forgotten', () => {
  const files = pushed(20);
  files.set(at('long.programme.yaml'), `title: ${'x'.repeat(30)}\n`);
  assert.equal(files.read(at('long.programme.yaml')), undefined);
  files.changed(at('proj/missions/nct.mission.yaml'), true);
  assert.equal(files.read(at('proj/missions/nct.mission.yaml')), undefined);
});
