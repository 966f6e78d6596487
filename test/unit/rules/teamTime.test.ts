/**
 * A `visibility: team` slot (« Dernière mise au point de l'équipe d'animation ») is not the
 * participants' time (FORMAT.md 7.3): every count of content leaves it out — the team
 * form's day summary (which gives it apart), `duration-mismatch`, `no-break` and the
 * content time the editor shows beside `duration`.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { contentMinutes } from '../../../server/src/core/model/dayTime';
import type { ProgrammeModel } from '../../../server/src/core/model/types';
import { buildView } from '../../../server/src/core/render/buildView';
import type { ProgrammeView } from '../../../server/src/core/render/viewModel';
import { diagnose, only } from '../../helpers';
import { edit } from './helpers';

const URI = 'file:///ws/atelier.programme.yaml';

/** 30 min of team briefing, then 3 h of workshop with a break: 2 h 45 of content. */
const DAY = `title: Atelier de recollement — Poix-du-Nord
language: fr
date: 2026-03-12
duration: 2 h 45
agenda:
  - time: 08h30-09h00
    title: Dernière mise au point de l'équipe d'animation
    visibility: team
  - time: 09h00-10h30
    title: Lecture du site par groupe
    type: workshop
  - time: 10h30-10h45
    title: Pause
    type: break
  - time: 10h45-12h00
    title: Restitution par groupe
    type: report-back
`;

describe('team slots and the content time', () => {
  const service = createLanguageService();
  const model = (text: string) => service.analyse(URI, text).model as ProgrammeModel;
  const summary = (text: string, audience: 'team' | 'participants') => (buildView(service.analyse(URI, text), { for: audience }) as ProgrammeView).days[0]!.summary;

  test('the content time leaves the team slot out', () => {
    assert.equal(contentMinutes(model(DAY)), 165);
    assert.equal(contentMinutes(model(edit(DAY, '    visibility: team\n', ''))), 195);
  });
  test('a programme with no timed slot has no content time to compare', () => {
    assert.equal(contentMinutes(model('title: Atelier\nlanguage: fr\nagenda:\n  - title: Accueil\n')), undefined);
  });
  test('the team form gives the team time apart; the participants form does not show it', () => {
    const team = summary(DAY, 'team');
    assert.deepEqual([team.contentText, team.pauseText, team.teamText], ['2 h 45', '15 min', '30 min']);
    const participants = summary(DAY, 'participants');
    assert.deepEqual([participants.contentText, participants.teamText, participants.slots], ['2 h 45', undefined, 3]);
  });
  test('the team Markdown and HTML exports say it in the programme language', async () => {
    const md = String(await service.export({ uri: URI, text: DAY }, 'md', { for: 'team' }));
    assert.match(md, /2 h 45 contenu, 15 min pauses, 30 min équipe \(hors participants\), 4 séquences\./);
    const html = String(await service.export({ uri: URI, text: edit(DAY, 'language: fr', 'language: en') }, 'html', { for: 'team' }));
    assert.match(html, /2 h 45 content · 15 min breaks · 30 min team only · 4 sessions/);
  });
  test('duration-mismatch compares the declared duration with the participants’ time only', () => {
    assert.deepEqual(only('duration-mismatch', diagnose(DAY)), []);
    const d = only('duration-mismatch', diagnose(edit(DAY, 'duration: 2 h 45', 'duration: 3 h 15')));
    assert.deepEqual(d.map((x) => x.data), [{ code: 'duration-mismatch', declared: 195, agenda: 165 }]);
  });
  test('no-break: a team slot neither adds to the participants’ run nor rests them', () => {
    const long = `title: Journée
language: fr
date: 2026-03-12
agenda:
  - time: 09h00-10h45
    title: Atelier 1
  - time: 10h45-11h00
    title: Point d'équipe
    visibility: team
  - time: 11h00-12h30
    title: Atelier 2
`;
    assert.deepEqual(only('no-break', diagnose(long)).map((d) => d.data), [{ code: 'no-break', minutes: 195, max: 180, slotPath: ['agenda', 2], overBy: 15 }]);
    assert.deepEqual(only('no-break', diagnose(edit(long, '09h00-10h45', '09h30-10h45'))), []);
  });
});

describe('a visibility the checker cannot read keeps the slot from participants', () => {
  const service = createLanguageService();
  test('`visibility: privé`: a schema error, and the participant export leaves the slot out', async () => {
    const text = edit(DAY, 'visibility: team', 'visibility: privé');
    assert.deepEqual(only('schema', diagnose(text)).map((d) => d.message), ['`privé` is not a valid `visibility` — did you mean `team`?']);
    const md = String(await service.export({ uri: URI, text }, 'md', { for: 'participants' }));
    assert.ok(!md.includes("Dernière mise au point de l'équipe d'animation"), md);
    assert.ok(String(await service.export({ uri: URI, text }, 'md', { for: 'team' })).includes("Dernière mise au point de l'équipe d'animation"));
  });
});
