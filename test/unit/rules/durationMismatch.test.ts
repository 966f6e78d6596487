/**
 * `duration-mismatch` (FORMAT.md 7.4): a programme's declared `duration` more than 15
 * minutes away from its agenda's content time, over all days, pauses and travel excluded.
 * A warning on `duration` whose message gives both.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose, expectClean, expectOne, only } from '../../helpers';
import { edit, rangeIn } from './helpers';

/** Two days: 3 h + 2 h 30 of content (welcome, break, meal and travel aside), declared 5 h 30. */
const TWO_DAYS = `title: Reconvertir les friches en centre-bourg
organiser: Cerema Hauts-de-France
duration: 5h30
days:
  - date: 2024-05-23
    agenda:
      - time: 09h00-09h30
        title: Accueil café et émargement
        type: welcome
      - time: 09h30-11h00
        title: Cadre réglementaire et outils fonciers
        type: presentation
      - time: 11h00-11h15
        title: Pause
        type: break
      - time: 11h15-12h45
        title: Étude de cas en sous-groupes
        type: group-work
      - time: 12h45-14h00
        title: Déjeuner
        type: meal
  - date: 2024-05-24
    agenda:
      - time: 09h00-09h45
        title: Trajet vers la friche de l'ancienne filature
        type: travel
      - time: 09h45-12h15
        title: Visite de la friche et diagnostic
        type: site-visit
`;

const mismatch = (text: string, language: 'en' | 'fr' = 'en') => only('duration-mismatch', diagnose(text, { settings: { language } }));

describe('duration-mismatch', () => {
  test('the declared duration equals the content time: nothing', () => {
    expectClean(TWO_DAYS);
  });

  test('7 h declared for 5 h 30 of content: a warning on the value, giving both, in English and French', () => {
    const text = edit(TWO_DAYS, 'duration: 5h30', 'duration: 7h');
    expectOne(diagnose(text), 'duration-mismatch', 'warning', rangeIn(text, 'duration: 7h', '7h'));
    assert.deepEqual(
      mismatch(text).map((d) => d.message),
      ['The declared `duration` is 7 h, but the agenda holds 5 h 30 of content (breaks, meals, welcome, travel and team slots excluded).'],
    );
    assert.deepEqual(
      mismatch(text, 'fr').map((d) => d.message),
      ['La `duration` déclarée est de 7 h, mais le déroulé compte 5 h 30 de contenu (pauses, repas, accueil, déplacements et séances de l’équipe exclus).'],
    );
    assert.deepEqual(mismatch(text)[0]!.data, { code: 'duration-mismatch', declared: 420, agenda: 330 });
  });

  test('exactly 15 minutes apart, either way: nothing; 16 minutes: reported', () => {
    assert.deepEqual(mismatch(edit(TWO_DAYS, 'duration: 5h30', 'duration: 5h45')), []);
    assert.deepEqual(mismatch(edit(TWO_DAYS, 'duration: 5h30', 'duration: 5h15')), []);
    assert.equal(mismatch(edit(TWO_DAYS, 'duration: 5h30', 'duration: 346')).length, 1);
    assert.equal(mismatch(edit(TWO_DAYS, 'duration: 5h30', 'duration: 314')).length, 1);
  });

  test('pauses and travel are not content: counting them would be 8 h 15', () => {
    assert.deepEqual(mismatch(edit(TWO_DAYS, 'duration: 5h30', 'duration: 8h15')).map((d) => d.data), [{ code: 'duration-mismatch', declared: 495, agenda: 330 }]);
  });

  test('a travel slot typed as content counts', () => {
    const text = edit(TWO_DAYS, 'type: travel', 'type: other');
    assert.deepEqual(mismatch(text).map((d) => d.data), [{ code: 'duration-mismatch', declared: 330, agenda: 375 }]);
  });

  test('a slot without a time is the time rules’ to report, not also a mismatch', () => {
    const text = edit(TWO_DAYS, "      - time: 09h00-09h45\n        title: Trajet vers la friche de l'ancienne filature\n        type: travel\n", '');
    const untimed = edit(text, '      - time: 09h45-12h15\n', '      - title: Synthèse\n      - time: 09h45-12h15\n');
    assert.deepEqual(diagnose(untimed).map((d) => d.code), ['time-unresolved']);
  });

  test('a reversed range: only time-order, though the content time drops', () => {
    const text = edit(TWO_DAYS, 'time: 09h30-11h00', 'time: 11h00-09h30');
    assert.deepEqual(diagnose(text).map((d) => d.code), ['time-order']);
  });

  test('no declared duration, or an agenda with no timed content: nothing to compare', () => {
    assert.deepEqual(mismatch(edit(TWO_DAYS, 'duration: 5h30\n', '')), []);
    assert.deepEqual(mismatch('title: Formation\nduration: 7h\ndate: 2024-05-23\nagenda:\n  - time: 12h00-13h00\n    title: Déjeuner\n    type: meal\n'), []);
  });
});
