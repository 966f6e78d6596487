/**
 * A YAML merge key (`<<: *base`): Déroulé reads YAML 1.2, where it is a key named `<<`. It is
 * said once, at `<<`, as a schema error, without the missing title, time or training fields
 * that follow from it (server/src/core/schema/schemaDiagnostics.ts, languageService.ts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectOne, rangeOf } from '../../helpers';

const EN = 'YAML merge keys (`<<`) are not supported: write the keys here in full (an anchor `&` and an alias `*` may still repeat a whole value).';
const FR = 'Les clés de fusion YAML (`<<`) ne sont pas prises en charge : écrivez ici les clés en entier (une ancre `&` et un alias `*` peuvent toujours répéter une valeur entière).';

describe('merge keys', () => {
  test('in a slot: one schema error at `<<`, no missing title, no unresolved time', () => {
    const text = `title: Atelier territorial
date: 2021-10-20
agenda:
  - time: 08h30-09h00
    title: Accueil
    type: welcome
    notes: &pause { title: Pause, type: break }
  - <<: *pause
    duration: 15min
  - <<: *pause
`;
    const ds = diagnose(text);
    assert.deepEqual(
      ds.map((d) => [d.code, d.severity, d.range, d.message]),
      [
        ['schema', 'error', rangeOf(text, '{ title: Pause, type: break }'), ds[0]!.message], // a map where notes are text: the author's own error
        ['schema', 'error', rangeOf(text, '<<', 1), EN],
        ['schema', 'error', rangeOf(text, '<<', 2), EN],
      ],
    );
    assert.equal(ds[1]!.data?.kind, 'merge-key');
    assert.equal(expectOne(diagnose(text, { settings: { language: 'fr' } }).filter((d) => d.range.start.line === 7), 'schema', 'error', rangeOf(text, '<<', 1)).message, FR);
  });

  test('at the top of a training: no missing title, no missing training fields', () => {
    const text = `base: &base
  title: Formation — concertation
  format: training
<<: *base
date: 2021-10-20
agenda:
  - time: 09h00-12h00
    title: Séquence 1
    type: plenary
`;
    const ds = diagnose(text);
    assert.deepEqual(
      ds.map((d) => [d.code, d.range, d.message]),
      [
        ['schema', rangeOf(text, 'base'), '`base` is not a programme key.'],
        ['schema', rangeOf(text, '<<'), EN],
      ],
    );
  });

  test('other errors of the mapping are still reported', () => {
    const text = `title: Atelier territorial
date: 2021-10-20
agenda:
  - <<: { title: Accueil }
    time: 08h30-09h00
    type: accueil
`;
    const ds = diagnose(text);
    assert.deepEqual(ds.map((d) => [d.code, d.range]), [
      ['schema', rangeOf(text, '<<')],
      ['schema', rangeOf(text, 'accueil')],
    ]);
  });
});
