/**
 * FORMAT.md 7.3: `type: travel` is neither content nor pause. It ends a run of content for
 * `no-break` (people are out of session), and the day summary of the preview and exports
 * shows it apart (« déplacement » / "travel") instead of counting it as content.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createLanguageService } from '../../../server/src/core';
import { buildView } from '../../../server/src/core/render/buildView';
import type { ProgrammeView } from '../../../server/src/core/render/viewModel';
import { diagnose, only } from '../../helpers';
import { edit } from './helpers';

/** 1 h 30 of interviews, 2 h 30 on the road, 1 h 30 of interviews: the issue's « 4 h sans pause ». */
const TOUR = `title: Tournée des communes — entretiens avec les maires
language: fr
date: 2023-03-14
agenda:
  - time: 08h30-10h00
    title: Entretien en mairie de Landrecies
    type: discussion
  - time: 10h00-12h30
    title: Route vers Avesnes-sur-Helpe
    type: travel
  - time: 12h30-14h00
    title: Entretien en mairie d'Avesnes-sur-Helpe
    type: discussion
`;

const noBreak = (text: string) => only('no-break', diagnose(text));

describe('travel and no-break', () => {
  test('travel ends a run of content: two runs of 1 h 30, nothing reported', () => {
    assert.deepEqual(noBreak(TOUR), []);
  });
  test('the same day with the road typed as content passes the limit', () => {
    assert.deepEqual(
      noBreak(edit(TOUR, 'type: travel', 'type: other')).map((d) => d.message),
      ['4 h of sessions without a break (limit 3 h): plan a break (`break`) before this slot.'],
    );
  });
  test('travel is not a pause in disguise: content after it starts a new run that can still pass the limit', () => {
    const long = edit(TOUR, "  - time: 12h30-14h00\n    title: Entretien en mairie d'Avesnes-sur-Helpe", "  - time: 12h30-16h00\n    title: Entretien en mairie d'Avesnes-sur-Helpe");
    assert.deepEqual(noBreak(long).map((d) => d.data), [{ code: 'no-break', minutes: 210, max: 180, slotPath: ['agenda', 2], overBy: 30 }]);
  });
});

describe('travel in the day summary', () => {
  const service = createLanguageService();
  const summary = (text: string) => (buildView(service.analyse('file:///ws/tournee.programme.yaml', text), {}) as ProgrammeView).days[0]!.summary;

  test('content and pauses leave the road out; the travel time is given apart', () => {
    const s = summary(TOUR);
    assert.deepEqual([s.contentText, s.pauseText, s.travelText], ['3 h', '0 min', '2 h 30']);
  });
  test('a day without travel has no travel time', () => {
    assert.equal(summary(edit(TOUR, 'type: travel', 'type: break')).travelText, undefined);
  });
  test('the HTML and Markdown exports say it, in the programme language', async () => {
    const html = String(await service.export({ uri: 'file:///ws/tournee.programme.yaml', text: TOUR }, 'html'));
    assert.match(html, /3 h contenu · 0 min pauses · 2 h 30 déplacement · 3 séquences/);
    const md = String(await service.export({ uri: 'file:///ws/tournee.programme.yaml', text: edit(TOUR, 'language: fr', 'language: en') }, 'md'));
    assert.match(md, /3 h content, 0 min breaks, 2 h 30 travel, 3 sessions\./);
  });
});
