/** Where dropped or pasted slots go in a programme's text, and which dropped file is imported (client/src/slotInsertion.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstImportableUri, isDroppedImportable, slotInsertion } from '../../../client/src/slotInsertion';

const PROGRAMME = ['title: Atelier', 'date: 2025-06-05', 'agenda:', '  - time: 9h00-9h30', '    title: Accueil', '', 'notes: x'];
const lineAt = (n: number) => PROGRAMME[n] ?? '';
const ITEMS = '- time: 9h30-10h00\n  title: Atelier\n- time: 10h00-10h15\n  title: Pause\n';

/** The programme's text once `text` is inserted at (line, character). */
function inserted(line: number, character: number, text: string): string {
  const lines = [...PROGRAMME];
  const l = lines[line]!;
  lines[line] = l.slice(0, character) + text + l.slice(character);
  return lines.join('\n');
}

test('dropped on the empty line after the agenda: the slots become items of that agenda', () => {
  const text = slotInsertion(lineAt, 5, 0, ITEMS);
  assert.equal(
    inserted(5, 0, text),
    'title: Atelier\ndate: 2025-06-05\nagenda:\n  - time: 9h00-9h30\n    title: Accueil\n  - time: 9h30-10h00\n    title: Atelier\n  - time: 10h00-10h15\n    title: Pause\nnotes: x',
  );
});

test('dropped inside a written line: the slots start on a new line, lined up with the list', () => {
  assert.equal(slotInsertion(lineAt, 4, 5, ITEMS), '\n  - time: 9h30-10h00\n    title: Atelier\n  - time: 10h00-10h15\n    title: Pause');
});

test('the files a drop imports: by extension, from a uri-list or a file name', () => {
  for (const name of ['a.docx', 'A.PDF', 'b.odt', 'c.html', 'c.htm', 'd.md', 'e.markdown', 'f.txt']) assert.equal(isDroppedImportable(name), true, name);
  for (const name of ['a.rtf', 'photo.png', 'dossier', 'a.programme.yaml']) assert.equal(isDroppedImportable(name), false, name);
  assert.equal(firstImportableUri('# comment\r\nfile:///w/photo.png\r\nfile:///w/Programme%20DDTM.pdf\r\nfile:///w/b.docx'), 'file:///w/Programme%20DDTM.pdf');
  assert.equal(firstImportableUri('file:///w/a.programme.yaml\nfile:///w/dossier'), undefined);
});
