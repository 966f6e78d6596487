/** Free text as its author meant it (FORMAT.md 7.5): lines joined, paragraphs, `- ` lists. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reflow, reflowInline } from '../../../server/src/core/render/reflow';

test('single line breaks join lines; the source width is gone', () => {
  assert.deepEqual(reflow('Une analyse des retours d’expériences de la DDTM 34 a été réalisée sur les communes de\nCelles, de Ganges et de Clermont l’Hérault.\n'), [
    { kind: 'paragraph', text: 'Une analyse des retours d’expériences de la DDTM 34 a été réalisée sur les communes de Celles, de Ganges et de Clermont l’Hérault.' },
  ]);
});

test('blank lines (even with spaces, CRLF) make paragraphs', () => {
  assert.deepEqual(reflow('Premier\nparagraphe.\r\n  \r\nSecond.\n\n\n'), [
    { kind: 'paragraph', text: 'Premier paragraphe.' },
    { kind: 'paragraph', text: 'Second.' },
  ]);
});

test('lines starting with "- " make a list; an indented line continues its item; a line at the margin ends the list', () => {
  assert.deepEqual(reflow('Le Cerema accompagne :\n- Pont-Audemer,\n- les Sources de l’Orne,\n  par des ateliers.\nPuis un bilan.'), [
    { kind: 'paragraph', text: 'Le Cerema accompagne :' },
    { kind: 'list', items: ['Pont-Audemer,', 'les Sources de l’Orne, par des ateliers.'] },
    { kind: 'paragraph', text: 'Puis un bilan.' },
  ]);
});

test('a dash without a space, a lone dash or a dash inside a line is text', () => {
  assert.deepEqual(reflow('-2 % de surface\nun tiret - au milieu\n-'), [{ kind: 'paragraph', text: '-2 % de surface un tiret - au milieu -' }]);
});

test('nothing, or only blank lines, gives no block', () => {
  assert.deepEqual(reflow(undefined), []);
  assert.deepEqual(reflow(' \n\n \n'), []);
});

test('inline form (a calendar description): one line per paragraph, list items kept as "- "', () => {
  assert.equal(reflowInline('a\nb\n\n- c\n- d'), 'a b\n- c\n- d');
});
