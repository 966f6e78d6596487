/** A mission cannot make the checker read files outside the workspace (absolute paths, URLs, `../..`). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { rangeOf } from '../../helpers';

const mission = (path: string) => `title: Atelier flash
scheme: atelier-flash
period: { start: 2022-09, end: 2022-11 }
phases:
  - id: atelier
    title: Atelier sur site
    start: 2022-10
    end: 2022-10
    programmes: ["${path}"]
`;

function check(path: string, language: 'en' | 'fr' = 'en') {
  const reads: string[] = [];
  const files = {
    readFile: (uri: string) => {
      reads.push(uri);
      return 'title: Secret\ndate: 2022-10-12\n';
    },
    allows: (uri: string) => uri.startsWith('file:///ws/'),
  };
  const service = createLanguageService({ files, settings: { language } });
  const text = mission(path);
  return { text, reads, diagnostics: service.check('file:///ws/missions/flash.mission.yaml', text) };
}

for (const path of ['../../etc/secret.programme.yaml', '/etc/secret.programme.yaml', 'https://evil.example/x.programme.yaml', 'file:///etc/x.programme.yaml', 'C:\\\\secret.programme.yaml']) {
  test(`${path}: reported on the path, never read`, () => {
    const { text, reads, diagnostics } = check(path);
    const missing = diagnostics.filter((d) => d.code === 'programme-missing');
    assert.equal(missing.length, 1, JSON.stringify(diagnostics));
    assert.equal(missing[0]!.severity, 'error');
    assert.deepEqual(missing[0]!.range, rangeOf(text, JSON.stringify(path).replace(/\\\\\\\\/g, '\\\\')));
    assert.ok(missing[0]!.message.endsWith('is not a path inside the project root (the nearest folder above with a .deroule.yaml or .git), relative to this mission: Déroulé does not read it.'), missing[0]!.message);
    assert.deepEqual(reads, []);
  });
}

test('a sibling folder inside the workspace is read as usual', () => {
  const { reads, diagnostics } = check('../ateliers/atelier.programme.yaml');
  assert.deepEqual([...new Set(reads)], ['file:///ws/ateliers/atelier.programme.yaml']);
  assert.deepEqual(diagnostics.filter((d) => d.code === 'programme-missing'), []);
});

test('in French', () => {
  const { diagnostics } = check('/etc/secret.programme.yaml', 'fr');
  assert.equal(
    diagnostics.find((d) => d.code === 'programme-missing')!.message,
    '`/etc/secret.programme.yaml` n’est pas un chemin dans la racine du projet (le plus proche dossier au-dessus qui contient un .deroule.yaml ou un .git), relatif à cette mission : Déroulé ne le lit pas.',
  );
});

test('a path with a lone surrogate (no URI can name it): reported once, never read, and no reader throws', () => {
  // YAML's "\ud800" escape gives a lone surrogate, which encodeURIComponent rejects.
  const { text, reads, diagnostics } = check('\\ud800x.programme.yaml');
  const missing = diagnostics.filter((d) => d.code === 'programme-missing');
  assert.equal(missing.length, 1, JSON.stringify(diagnostics));
  assert.deepEqual(missing[0]!.range, rangeOf(text, '"\\ud800x.programme.yaml"'));
  assert.deepEqual(reads, []);
  const service = createLanguageService();
  assert.equal(service.linked('file:///ws/missions/flash.mission.yaml', '\ud800x.programme.yaml'), undefined);
});
