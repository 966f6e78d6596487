/**
 * The examples of docs/format.md and docs/format.fr.md are true. Every ```yaml block is
 * valid YAML; a block whose first line is `# programme: <file>` or `# mission: <file>` is a
 * whole file, and the whole files of a page, checked together (a mission reads the
 * programmes it links from them), get no error and no warning. Every row of the time
 * notation tables is read, or refused, by the checker as the page says.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { createLanguageService } from '../../server/src/core';
import { formatClock, parseClock, parseDuration, parseRange } from '../../server/src/core/time';
import { diagnose, memoryFiles } from '../helpers';
import { FORMAT_DOCS, readText, section, tableRows, yamlBlocks } from './formatDoc';

const WHOLE_FILE = /^# (programme|mission): (\S+)\.(programme|mission)\.ya?ml\n/;

interface Notation {
  /** A document in which the value is checked (`%VALUE%` is replaced by the value, unquoted). */
  document: string;
  uri?: string;
  /** How the page may say an accepted value is read (`08:30` or `08h30`), computed from the value. */
  reading?: (value: string) => string[];
}

const styles = ['colon', 'h'] as const;

/** One per time section of the page (its anchor), with where such a value is written. */
const notations: Record<string, Notation> = {
  'time-clock': {
    document: 'title: T\ndate: 2021-10-20\nagenda:\n  - start: %VALUE%\n    duration: 1\n    title: A\n',
    reading: (v) => styles.map((style) => formatClock(parseClock(v)!, style)),
  },
  'time-range': {
    document: 'title: T\ndate: 2021-10-20\nagenda:\n  - time: %VALUE%\n    title: A\n',
    reading: (v) => styles.map((style) => `${formatClock(parseRange(v)!.start, style)}–${formatClock(parseRange(v)!.end, style)}`),
  },
  'time-duration': {
    document: 'title: T\ndate: 2021-10-20\nstart: "09:00"\nagenda:\n  - duration: %VALUE%\n    title: A\n',
    reading: (v) => [`${parseDuration(v)} min`],
  },
  'time-date': { document: 'title: T\ndate: %VALUE%\n' },
  'time-month': { document: 'title: M\nperiod:\n  start: %VALUE%\n  end: 2099-12\n', uri: 'file:///ws/m.mission.yaml' },
};

for (const path of FORMAT_DOCS) {
  describe(path, () => {
    const doc = readText(path);
    const blocks = yamlBlocks(doc);

    test('every yaml block is valid YAML', () => {
      assert.ok(blocks.length >= 5, `found ${blocks.length} yaml blocks`);
      const invalid = blocks.flatMap((b) =>
        parseAllDocuments(b.text).flatMap((d) => ('errors' in d ? d.errors : [])).map((e) => `line ${b.line}: ${e.message}`),
      );
      assert.deepEqual(invalid, []);
    });

    test('the whole programmes and missions get no error and no warning', () => {
      const files = blocks
        .map((b) => ({ b, m: WHOLE_FILE.exec(b.text) }))
        .filter(({ m }) => m)
        .map(({ b, m }) => {
          assert.equal(m![1], m![3], `line ${b.line}: a ${m![1]} marker on a .${m![3]}.yaml file`);
          return { uri: `file:///doc/${m![2]}.${m![3]}.yaml`, text: b.text };
        });
      const kinds = new Set(files.map((f) => /\.(\w+)\.yaml$/.exec(f.uri)![1]));
      assert.ok(files.length >= 3 && kinds.has('programme') && kinds.has('mission'), 'whole programmes and a mission');
      const service = createLanguageService({ files: memoryFiles(Object.fromEntries(files.map((f) => [f.uri, f.text]))), settings: { language: 'en' } });
      const found = [...service.checkSet(files)].flatMap(([uri, list]) =>
        list.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${uri}:${d.range.start.line + 1} ${d.code} ${d.message}`),
      );
      assert.deepEqual(found, []);
    });

    for (const [anchor, notation] of Object.entries(notations)) {
      test(`#${anchor}: each value is accepted or refused as the table says`, () => {
        const text = section(doc, anchor);
        assert.ok(text, `no <a id="${anchor}"></a> section`);
        const rows = tableRows(text)
          .map((cells) => ({ value: /^`([^`]+)`$/.exec(cells[0]!)?.[1], reading: cells[1]! }))
          .filter((r): r is { value: string; reading: string } => r.value !== undefined);
        const refused = rows.filter((r) => r.reading.startsWith('✗'));
        assert.ok(rows.length - refused.length >= 2 && refused.length >= 2, 'accepted and refused examples');
        const wrong: string[] = [];
        for (const { value, reading } of rows) {
          const errors = diagnose(notation.document.replace('%VALUE%', () => value), { uri: notation.uri }).filter((d) => d.severity === 'error');
          const accepted = !reading.startsWith('✗');
          if (accepted && errors.length > 0) wrong.push(`${value}: said accepted, got ${errors.map((d) => d.code).join(', ')}`);
          if (!accepted && errors.length === 0) wrong.push(`${value}: said refused, but accepted`);
          const readings = accepted && errors.length === 0 && notation.reading ? notation.reading(value) : [];
          if (readings.length > 0 && !readings.some((r) => reading.startsWith(r))) {
            wrong.push(`${value}: said read as «${reading}», the checker reads ${readings.join(' or ')}`);
          }
        }
        assert.deepEqual(wrong, []);
      });
    }
  });
}
