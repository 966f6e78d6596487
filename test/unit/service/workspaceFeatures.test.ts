/**
 * The language service's workspace features, without any LSP: the explorer tree, workspace
 * symbols and completion of programme paths read the files the workspace lists, and a file
 * the workspace reports deleted is analysed afresh when it is read again.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService, IMPORT_LIMITS, ImportRefused, type Workspace, type WorkspaceChange } from '../../../server/src/core';

const mission = `title: Atelier flash — Vallée de la Vézère
scheme: atelier-flash
period: { start: 2022-09, end: 2022-11 }
phases:
  - id: atelier
    title: Atelier sur site
    start: 2022-10
    end: 2022-10
    programmes: [atelier.programme.yaml, absent.programme.yaml]
`;
const programme = 'title: Atelier\ndate: 2022-10-04\nagenda:\n  - time: 08h30-09h00\n    title: Accueil des participants\n';
const loose = 'title: Réunion publique\ndate: 2022-11-20\n';

function memoryWorkspace(files: Record<string, string>): Workspace & { delete(uri: string): void } {
  const listeners: ((change: WorkspaceChange) => void)[] = [];
  return {
    readFile: (uri) => files[uri],
    list: () => Object.keys(files),
    onDidChange(listener) {
      listeners.push(listener);
      return { dispose: () => undefined };
    },
    delete(uri) {
      delete files[uri];
      for (const l of listeners) l({ uri, deleted: true });
    },
  };
}

const files = () => ({
  'file:///ws/flash.mission.yaml': mission,
  'file:///ws/atelier.programme.yaml': programme,
  'file:///ws/reunion.programme.yaml': loose,
});

test('explorer: missions, phases and their programmes, then the programmes no mission links', async () => {
  const service = createLanguageService({ workspace: memoryWorkspace(files()), settings: { language: 'en' } });
  const tree = await service.explorer({ problems: (uri) => (uri.endsWith('atelier.programme.yaml') ? { errors: 1, warnings: 0 } : undefined) });
  assert.deepEqual(
    tree.map((n) => [n.kind, n.label, n.description]),
    [
      ['mission', 'Atelier flash — Vallée de la Vézère', 'atelier-flash'],
      ['programme', 'Réunion publique', '2022-11-20'],
    ],
  );
  const phase = tree[0]!.children![0]!;
  assert.deepEqual([phase.kind, phase.label, phase.line], ['phase', 'Atelier sur site', 4]);
  assert.deepEqual(
    phase.children!.map((n) => [n.kind, n.label, n.description, n.problems]),
    [
      ['programme', 'Atelier', '2022-10-04', { errors: 1, warnings: 0 }],
      ['missing', 'absent.programme.yaml', 'not found', undefined],
    ],
  );
});

test('explorer: stops when the host\'s pause throws (a cancelled request)', async () => {
  const many: Record<string, string> = {};
  for (let i = 0; i < 45; i++) many[`file:///ws/p${i}.programme.yaml`] = loose;
  const service = createLanguageService({ workspace: memoryWorkspace(many) });
  let pauses = 0;
  await assert.rejects(
    service.explorer({
      pause: async () => {
        if (++pauses === 2) throw new Error('cancelled');
      },
    }),
    /cancelled/,
  );
  assert.equal(pauses, 2);
});

test('workspaceSymbols: the outline entries of every listed file whose name contains the query', async () => {
  const service = createLanguageService({ workspace: memoryWorkspace(files()), settings: { language: 'en' } });
  const symbols = await service.workspaceSymbols('accueil');
  assert.deepEqual(
    symbols.map((s) => [s.name, s.location.uri, s.location.range.start.line]),
    [['08:30–09:00 Accueil des participants', 'file:///ws/atelier.programme.yaml', 4]],
  );
});

test('complete: a mission is offered the programme files of its folder', () => {
  const service = createLanguageService({ workspace: memoryWorkspace(files()), settings: { language: 'en' } });
  const text = 'title: M\nphases:\n  - id: a\n    programmes: []\n';
  const items = service.complete({ uri: 'file:///ws/m.mission.yaml', text }, { line: 3, character: 17 });
  const labels = items.map((i) => i.label);
  assert.ok(labels.includes('atelier.programme.yaml') && labels.includes('reunion.programme.yaml'), labels.join(', '));
});

test('a file the workspace reports deleted is analysed afresh', () => {
  const workspace = memoryWorkspace(files());
  const service = createLanguageService({ workspace });
  const uri = 'file:///ws/reunion.programme.yaml';
  const first = service.analyse(uri, loose);
  assert.equal(service.analyse(uri, loose), first, 'cached while the text is the same');
  workspace.delete(uri);
  assert.notEqual(service.analyse(uri, loose), first);
});

test('import is a method of the service: a text programme becomes a checked programme; a file over the limit is refused unread', async () => {
  const service = createLanguageService({ workspace: memoryWorkspace({}) });
  const source = 'Journée technique — Sobriété foncière\nMardi 14 mars 2023, Auch\n\n9h00 - 9h30 Accueil café\n9h30 - 10h15 Ouverture par le DDT\n10h15 - 12h00 Table ronde\n';
  const result = await service.import({ bytes: new TextEncoder().encode(source), name: 'programme.txt' });
  assert.equal(result.slots, 3);
  assert.match(result.yaml, /date: 2023-03-14/);
  assert.match(result.yaml, /title: Table ronde/);
  const uri = 'file:///ws/imported.programme.yaml';
  assert.deepEqual(
    service.check(uri, result.yaml).filter((d) => d.severity === 'error').map((d) => d.code),
    [],
  );
  await assert.rejects(
    service.import({ bytes: new Uint8Array(2048), name: 'long.txt' }, { ...IMPORT_LIMITS, fileBytes: 1024 }),
    (e: unknown) => e instanceof ImportRefused && e.refusal.reason === 'fileSize' && e.refusal.bytes === 2048,
  );
});
