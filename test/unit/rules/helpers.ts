/**
 * Helpers of the rule tests: edit a base document, list the codes found, and the exact
 * ranges rules report on (an id, a value, a snippet inside a line).
 */
import assert from 'node:assert/strict';
import type { Range } from '../../../server/src/core';
import { diagnose, rangeOf } from '../../helpers';

/** `text` with the `occurrence`-th appearance of `from` (which must be there) replaced by `to`. */
export function edit(text: string, from: string, to: string, occurrence = 1): string {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(from, index + 1);
    assert.notEqual(index, -1, `${JSON.stringify(from)} (occurrence ${occurrence}) not in the base document`);
  }
  return text.slice(0, index) + to + text.slice(index + from.length);
}

/** The codes of a text's diagnostics, in order. */
export const codes = (text: string, options?: Parameters<typeof diagnose>[1]) => diagnose(text, options).map((d) => d.code);

/** The range of the id value in the `occurrence`-th `- id: <id>` line. */
export function idRange(text: string, id: string, occurrence = 1): Range {
  const r = rangeOf(text, `- id: ${id}`, occurrence);
  return { start: { line: r.start.line, character: r.start.character + '- id: '.length }, end: r.end };
}

/** The range of the value in the `occurrence`-th line `    <key>: <value>`. */
export function valueRange(text: string, key: string, value: string, occurrence = 1): Range {
  const r = rangeOf(text, `    ${key}: ${value}\n`, occurrence);
  const character = r.start.character + `    ${key}: `.length;
  return { start: { line: r.start.line, character }, end: { line: r.start.line, character: character + value.length } };
}

/** The range of `snippet` inside the `occurrence`-th appearance of a one-line `context`. */
export function rangeIn(text: string, context: string, snippet: string, occurrence = 1): Range {
  const r = rangeOf(text, context, occurrence);
  const at = context.indexOf(snippet);
  assert.notEqual(at, -1, `${JSON.stringify(snippet)} not in ${JSON.stringify(context)}`);
  return {
    start: { line: r.start.line, character: r.start.character + at },
    end: { line: r.start.line, character: r.start.character + at + snippet.length },
  };
}

/** A one-day session of the Atelier des territoires in the Sambre valley, linked from a mission. */
export function atelierSession(title: string, date: string): string {
  return `title: ${title}
subtitle: Atelier des territoires — vallée de la Sambre
organiser: DDTM 59
date: ${date}
agenda:
  - time: 09h30-10h00
    title: Accueil en mairie
    type: welcome
  - time: 10h00-12h30
    title: Travail en ateliers
    type: workshop
`;
}
