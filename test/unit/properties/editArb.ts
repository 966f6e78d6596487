/**
 * Random edits of a text, as a user makes them while typing: insert, delete or replace a
 * character or a line at a random place, duplicate a slot, change a time. An edit is a
 * replacement of the offsets [start, end) by `text`, so a test can apply it to a whole text
 * or hand it to an incremental parser as a content change.
 */
import fc from 'fast-check';

export interface Edit {
  kind: 'insert-char' | 'delete-char' | 'replace-char' | 'insert-line' | 'delete-line' | 'replace-line' | 'duplicate-slot' | 'change-time';
  /** UTF-16 offsets in the text before the edit; end ≥ start. */
  start: number;
  end: number;
  text: string;
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

export function applyEdits(text: string, edits: readonly Edit[]): string {
  return edits.reduce(applyEdit, text);
}

/** Characters that matter to YAML and to Déroulé, and some that should not. */
const CHARS = [' ', '\n', '\t', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '%', '@', '`', '0', '9', 'h', 'a', 'é', '–', '\u00a0', '\r', '😀', '\u0000'];
const LINES = ['  - time: 08h30-09h00', '    title: Accueil', 'agenda:', '  - duration: 15min', '    type: break', '# commentaire', '---', 'days:', '  - date: 2021-10-21', '    speakers: [archi]', '    per_group: 15min', '    groups: all', 'people: [{ id: archi }]', '    tracks:', '      - title: Visite', '', '  ', 'key: &a [*a]', 'title: "non fermé'];

const lineStarts = (text: string): number[] => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];

function lineRange(text: string, line: number): [number, number] {
  const starts = lineStarts(text);
  const i = line % starts.length;
  const start = starts[i]!;
  const next = starts[i + 1] ?? text.length;
  return [start, next];
}

/** One random edit of `text`. */
export function editOf(text: string): fc.Arbitrary<Edit> {
  const n = text.length;
  const offset = fc.integer({ min: 0, max: n });
  const char = fc.oneof(fc.constantFrom(...CHARS), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
  const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 30 }));
  const lineNo = fc.nat({ max: 10_000 });
  const arbs: fc.Arbitrary<Edit>[] = [
    fc.record({ at: offset, c: char }).map(({ at, c }) => ({ kind: 'insert-char' as const, start: at, end: at, text: c })),
    fc.record({ ln: lineNo, l: line }).map(({ ln, l }) => {
      const [s] = lineRange(text, ln);
      return { kind: 'insert-line' as const, start: s, end: s, text: `${l}\n` };
    }),
  ];
  if (n > 0) {
    const at = fc.integer({ min: 0, max: n - 1 });
    arbs.push(
      at.map((a) => ({ kind: 'delete-char' as const, start: a, end: a + 1, text: '' })),
      fc.record({ a: at, c: char }).map(({ a, c }) => ({ kind: 'replace-char' as const, start: a, end: a + 1, text: c })),
      lineNo.map((ln) => {
        const [s, e] = lineRange(text, ln);
        return { kind: 'delete-line' as const, start: s, end: e, text: '' };
      }),
      fc.record({ ln: lineNo, l: line }).map(({ ln, l }) => {
        const [s, e] = lineRange(text, ln);
        return { kind: 'replace-line' as const, start: s, end: e, text: e > s && text[e - 1] === '\n' ? `${l}\n` : l };
      }),
    );
  }
  const slots = slotBlocks(text);
  if (slots.length) {
    arbs.push(
      fc.nat({ max: slots.length - 1 }).map((i) => {
        const [s, e] = slots[i]!;
        return { kind: 'duplicate-slot' as const, start: e, end: e, text: text.slice(s, e) };
      }),
    );
  }
  const times = [...text.matchAll(/\b\d{1,2}(?:[:hH]\d{2}|[hH])/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  if (times.length) {
    arbs.push(
      fc.record({ i: fc.nat({ max: times.length - 1 }), h: fc.integer({ min: 0, max: 25 }), m: fc.integer({ min: 0, max: 61 }), colon: fc.boolean() }).map(({ i, h, m, colon }) => {
        const [s, e] = times[i]!;
        return { kind: 'change-time' as const, start: s, end: e, text: `${String(h).padStart(2, '0')}${colon ? ':' : 'h'}${String(m).padStart(2, '0')}` };
      }),
    );
  }
  return fc.oneof(...arbs);
}

/** The line ranges of each block list item of an `agenda` (a slot), whole lines with their line break. */
export function slotBlocks(text: string): [number, number][] {
  const out: [number, number][] = [];
  const lines = text.split('\n');
  const starts = lineStarts(text);
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)- /.exec(lines[i]!);
    if (!m) continue;
    const indent = m[1]!.length;
    // The parent is the nearest line above with less indentation (comments and blank lines aside).
    const parent = lines
      .slice(0, i)
      .reverse()
      .find((l) => /^\s*[^\s#]/.test(l) && l.search(/\S/) < indent);
    if (!parent || !/^\s*(- )?agenda:\s*(#.*)?\r?$/.test(parent)) continue;
    let j = i + 1;
    while (j < lines.length && (lines[j]!.trim() === '' || lines[j]!.search(/\S/) > m[1]!.length)) j++;
    out.push([starts[i]!, starts[j] ?? text.length]);
  }
  return out;
}

/** A text and 1–`max` successive edits of it (each edit is of the text the previous ones produced). */
export function editedText(base: fc.Arbitrary<string>, max = 3): fc.Arbitrary<{ text: string; edits: Edit[]; result: string }> {
  return base.chain((text) =>
    fc.integer({ min: 1, max }).chain((count) => {
      const step = (current: string, edits: Edit[], left: number): fc.Arbitrary<{ text: string; edits: Edit[]; result: string }> =>
        left === 0 ? fc.constant({ text, edits, result: current }) : editOf(current).chain((e) => step(applyEdit(current, e), [...edits, e], left - 1));
      return step(text, [], count);
    }),
  );
}
