/**
 * A document the fast parser took is checked from its tape (parse/fast/tape.ts): `yaml`'s tree
 * is built on first use only. The ranges read from the tape must be exactly those read
 * from the tree, at every path of the data and at paths that are not there.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../../server/src/core/languageService';
import { headRangeAt, keyRangeAt, valueRangeAt, type PathSegment } from '../../../server/src/core/parse/nodes';
import { unbuiltTape } from '../../../server/src/core/parse/fast';
import { parseDocument, type ParsedDocument } from '../../../server/src/core/parse/parseDocument';
import { mutations, projectTexts } from './fastParseCorpus';

/** Every path of the data, and next to each collection a key or index it does not have. */
function pathsOf(data: unknown, path: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(path);
  if (Array.isArray(data)) {
    data.forEach((v, i) => pathsOf(v, [...path, i], out));
    out.push([...path, data.length], [...path, -1], [...path, 'x']);
  } else if (typeof data === 'object' && data !== null) {
    for (const [k, v] of Object.entries(data)) pathsOf(v, [...path, k], out);
    out.push([...path, 'absent'], [...path, 0]);
  } else {
    out.push([...path, 'below']);
  }
  return out;
}

/** What the three range helpers answer at every path. */
function answers(doc: ParsedDocument, paths: PathSegment[][]): string[] {
  return paths.map((p) => {
    const key = p.length > 0 ? keyRangeAt(doc, p.slice(0, -1), String(p[p.length - 1])) : undefined;
    return JSON.stringify([p, key, valueRangeAt(doc, p), headRangeAt(doc, p)]);
  });
}

function compareViews(texts: { name: string; text: string }[]): number {
  let compared = 0;
  for (const { name, text } of texts) {
    const fromTape = parseDocument('file:///t.programme.yaml', text);
    if (!unbuiltTape(fromTape)) continue; // the full parser took it: there is only the tree
    const fromTree = parseDocument('file:///t.programme.yaml', text);
    fromTree.tree();
    assert.equal(unbuiltTape(fromTree), undefined, 'reading the tree builds it');
    const paths = pathsOf(fromTape.data);
    const a = answers(fromTape, paths);
    assert.ok(unbuiltTape(fromTape), `${name}: the range helpers built the tree`);
    const b = answers(fromTree, paths);
    for (let i = 0; i < a.length; i++) assert.equal(a[i], b[i], `${name}`);
    compared++;
  }
  return compared;
}

test('ranges read from the tape are the tree’s, at every path of every example', () => {
  const texts = projectTexts();
  assert.ok(compareViews(texts) >= texts.length - 1);
});

test('ranges read from the tape are the tree’s on mutations and comment-heavy variants', () => {
  const texts = projectTexts().flatMap(({ name, text }, k) => [
    ...mutations(text, 40, k + 7).map((t, i) => ({ name: `${name} #${i}`, text: t })),
    { name: `${name} comments`, text: text.replace(/\n/g, (_m, i: number) => (i % 3 === 0 ? '\n    # c\n' : '\n')) },
    { name: `${name} crlf`, text: text.replace(/\n/g, '\r\n') },
  ]);
  assert.ok(compareViews(texts) > texts.length / 3);
});

test('checking a programme leaves its tree unbuilt; a feature that needs it builds it', () => {
  const service = createLanguageService({ settings: { language: 'en' } });
  const uri = 'file:///atelier.programme.yaml';
  const text = [
    'title: Atelier logement vacant',
    'date: 2026-03-12',
    'people:',
    '  - id: garnier',
    '    name: Hélène Garnier',
    'agenda:',
    '  - time: 09:00-10:00',
    '    title: Accueil',
    '    type: welcome',
    '  - time: 09:30-11:00',
    '    title: Diagnostic partagé',
    '    speakers: [garnier, oudin]',
    '    descripton: typo',
    '',
  ].join('\n');
  const codes = service.check(uri, text).map((d) => d.code).sort();
  assert.deepEqual(codes, ['ref-unknown', 'schema', 'time-overlap']);
  const { doc } = service.analyse(uri, text);
  assert.ok(unbuiltTape(doc), 'the check built the tree');
  assert.equal(doc.tree()?.contents?.range?.[0], 0);
  assert.equal(unbuiltTape(doc), undefined);
});
