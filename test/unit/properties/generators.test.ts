/**
 * The generators make what they claim: a generated valid programme or mission has no
 * error-severity diagnostic (a failure here is a bug in the checker or in the generator,
 * and says which text), and parses as YAML to the data its spec describes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parse } from 'yaml';
import { diagnose } from '../../helpers';
import { MISSION_URI, PROGRAMME_URI, validMission, validProgramme } from './arbitraries';
import { budget } from './budget';

const errors = (uri: string, text: string, files: Record<string, string> = {}) =>
  diagnose(text, { uri, files })
    .filter((d) => d.severity === 'error')
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`);

test('a generated valid programme has no error', () => {
  fc.assert(
    fc.property(validProgramme, ({ text, spec }) => {
      assert.deepEqual(errors(PROGRAMME_URI, text), [], text);
      const data = parse(text) as Record<string, unknown>;
      assert.equal(data.title, spec.title);
    }),
    budget(300),
  );
});

test('a generated valid mission has no error, nor have the programmes it links', () => {
  fc.assert(
    fc.property(validMission, ({ text, files }) => {
      assert.deepEqual(errors(MISSION_URI, text, files), [], text);
      for (const [uri, programme] of Object.entries(files)) assert.deepEqual(errors(uri, programme), [], programme);
    }),
    budget(150),
  );
});
