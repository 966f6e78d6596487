/**
 * Bad input in the mission keys of FORMAT.md 7.2: each wrong value gives one clear
 * diagnostic on the value (a wrong type, an unknown enum value with the nearest value, a
 * link that is not http(s), a malformed milestone date as `time-format`, an unknown
 * territory of a workstream), and the other findings of the document are all still there.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diagnose } from '../../helpers';
import { EVERY_KEY_MISSION_V2 } from '../model/fixtures';
import { edit, rangeIn } from '../rules/helpers';

const URI = 'file:///ws/crte.mission.yaml';
const BASE = EVERY_KEY_MISSION_V2;

interface Case {
  name: string;
  from: string;
  to: string;
  /** The line after the edit, and the snippet of it the diagnostic covers. */
  line: string;
  snippet: string;
  code: string;
  en: string;
  fr: string;
}

const cases: Case[] = [
  {
    name: '`context` as a number',
    from: "context: Mettre en œuvre les CRTE dans six territoires de l'Eure.",
    to: 'context: 42',
    line: 'context: 42',
    snippet: '42',
    code: 'schema',
    en: '`context` must be a text.',
    fr: '`context` doit être un texte.',
  },
  {
    name: '`funding` as a list',
    from: 'funding: Gratuit pour les collectivités (Nouveau Conseil aux Territoires)',
    to: 'funding: [Gratuit, ANCT]',
    line: 'funding: [Gratuit, ANCT]',
    snippet: '[Gratuit, ANCT]',
    code: 'schema',
    en: '`funding` must be a text.',
    fr: '`funding` doit être un texte.',
  },
  {
    name: '`people` as a text',
    from: 'people:\n  - id: guiot\n    name: Mélanie Guiot\n    role: Cheffe de projet\n    organisation: Cerema Normandie-Centre\n',
    to: 'people: Mélanie Guiot\n',
    line: 'people: Mélanie Guiot',
    snippet: 'Mélanie Guiot',
    code: 'schema',
    en: '`people` must be a list.',
    fr: '`people` doit être une liste.',
  },
  {
    name: 'a workstream `status` typed in French',
    from: 'status: done',
    to: 'status: terminé',
    line: '    status: terminé',
    snippet: 'terminé',
    code: 'schema',
    en: '`terminé` is not a valid `status` — did you mean `done`?',
    fr: '`terminé` n’est pas une valeur possible de `status` — vouliez-vous dire `done` ?',
  },
  {
    name: 'a phase `kind` that is no kind',
    from: 'kind: core',
    to: 'kind: principale',
    line: '    kind: principale',
    snippet: 'principale',
    code: 'schema',
    en: '`principale` is not a valid `kind`; possible values: preparation, core (core of the mission), follow-up.',
    fr: '`principale` n’est pas une valeur possible de `kind` ; valeurs possibles : preparation (préparation), core (cœur de mission), follow-up (suites).',
  },
  {
    name: 'a milestone `kind` typed in French',
    from: 'kind: signature\n',
    to: 'kind: échéance\n',
    line: '    kind: échéance',
    snippet: 'échéance',
    code: 'schema',
    en: '`échéance` is not a valid `kind` — did you mean `deadline`?',
    fr: '`échéance` n’est pas une valeur possible de `kind` — vouliez-vous dire `deadline` ?',
  },
  {
    name: 'a deliverable `status` with a typo',
    from: 'status: delivered',
    to: 'status: deliverd',
    line: '    status: deliverd',
    snippet: 'deliverd',
    code: 'schema',
    en: '`deliverd` is not a valid `status` — did you mean `delivered`?',
    fr: '`deliverd` n’est pas une valeur possible de `status` — vouliez-vous dire `delivered` ?',
  },
  {
    name: 'a `link` that is a script',
    from: 'link: https://www.example.org/carnet',
    to: 'link: "javascript:alert(1)"',
    line: '    link: "javascript:alert(1)"',
    snippet: '"javascript:alert(1)"',
    code: 'schema',
    en: '`javascript:alert(1)` is not a web address: a `link` starts with `https://` (or `http://`).',
    fr: '`javascript:alert(1)` n’est pas une adresse web : un `link` commence par `https://` (ou `http://`).',
  },
  {
    name: 'a `link` without its scheme',
    from: 'link: https://www.example.org/carnet',
    to: 'link: www.example.org/carnet',
    line: '    link: www.example.org/carnet',
    snippet: 'www.example.org/carnet',
    code: 'schema',
    en: '`www.example.org/carnet` is not a web address: a `link` starts with `https://` (or `http://`), as in `https://www.example.org/carnet`.',
    fr: '`www.example.org/carnet` n’est pas une adresse web : un `link` commence par `https://` (ou `http://`), par exemple `https://www.example.org/carnet`.',
  },
  {
    name: 'a malformed milestone date',
    from: 'date: 2021-12-15',
    to: 'date: 15/12/2021',
    line: '    date: 15/12/2021',
    snippet: '15/12/2021',
    code: 'time-format',
    en: '`15/12/2021` is not a valid month or date: write `2023-03` or `2023-03-31`.',
    fr: '`15/12/2021` n’est pas un mois ou une date valide : écrivez `2023-03` ou `2023-03-31`.',
  },
  {
    name: 'a milestone date that is no day of the calendar',
    from: 'date: 2021-12-15',
    to: 'date: 2021-12-32',
    line: '    date: 2021-12-32',
    snippet: '2021-12-32',
    code: 'time-format',
    en: '`2021-12-32` is not a day of the calendar: 2021-12 has 31 days.',
    fr: '`2021-12-32` n’existe pas dans le calendrier : 2021-12 compte 31 jours.',
  },
  {
    name: 'a workstream naming an unknown territory',
    from: 'territories: [pont-audemer]',
    to: 'territories: [pont-audemr]',
    line: '    territories: [pont-audemr]',
    snippet: 'pont-audemr',
    code: 'ref-unknown',
    en: 'No territory has the id `pont-audemr` — did you mean `pont-audemer`?',
    fr: 'Aucun territoire n’a l’identifiant `pont-audemr` — vouliez-vous dire `pont-audemer` ?',
  },
  {
    name: 'a territory `id` that is not an id',
    from: '  - id: pont-audemer\n',
    to: '  - id: Pont Audemer\n',
    line: '  - id: Pont Audemer',
    snippet: 'Pont Audemer',
    code: 'schema',
    en: '`Pont Audemer` is not a valid id: lowercase letters, digits, `-` and `_` only (for example `pont-audemer`).',
    fr: '`Pont Audemer` n’est pas un identifiant valide : minuscules, chiffres, `-` et `_` seulement (par exemple `pont-audemer`).',
  },
  {
    name: 'a workstream without its title',
    from: '    title: Pont-Audemer Val de Risle\n',
    to: '',
    line: '  - id: pa',
    snippet: 'id',
    code: 'schema',
    en: 'Missing required key `title` in this workstream.',
    fr: 'Clé obligatoire `title` manquante dans ce chantier.',
  },
];

describe('bad input in the v2 mission keys: one clear diagnostic each', () => {
  for (const c of cases) {
    test(c.name, () => {
      const text = edit(BASE, c.from, c.to);
      for (const language of ['en', 'fr'] as const) {
        const found = diagnose(text, { uri: URI, settings: { language } });
        assert.deepEqual(
          found.map((d) => [d.code, d.message]),
          [[c.code, c[language]]],
        );
        assert.deepEqual(found[0]!.range, rangeIn(text, c.line, c.snippet));
      }
    });
  }
});

test('every bad value at once: each is reported, and the rule findings of the other values stay', () => {
  const apart = new Set(['`people` as a text', 'a territory `id` that is not an id', 'a workstream without its title']);
  let text = BASE;
  for (const c of cases) if (!apart.has(c.name) && text.includes(c.from)) text = edit(text, c.from, c.to);
  // A deliverable due after its phase, which the rules judge.
  text = edit(text, 'due: 2021-12', 'due: 2022-03');
  assert.deepEqual(
    diagnose(text, { uri: URI }).map((d) => `${d.code}: ${d.message}`),
    [
      'schema: `context` must be a text.',
      'schema: `funding` must be a text.',
      'ref-unknown: No territory has the id `pont-audemr` — did you mean `pont-audemer`?',
      'schema: `terminé` is not a valid `status` — did you mean `done`?',
      'schema: `principale` is not a valid `kind`; possible values: preparation, core (core of the mission), follow-up.',
      'time-format: `15/12/2021` is not a valid month or date: write `2023-03` or `2023-03-31`.',
      'schema: `échéance` is not a valid `kind` — did you mean `deadline`?',
      'date-outside-phase: This deliverable is due after its phase “Diagnostic” ends (31 December 2021).',
      'schema: `deliverd` is not a valid `status` — did you mean `delivered`?',
      'schema: `javascript:alert(1)` is not a web address: a `link` starts with `https://` (or `http://`).',
    ],
  );
});
