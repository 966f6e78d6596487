/**
 * What the browser tests need from the real code, bundled by esbuild when test/e2e/render.mjs
 * starts: the shared hostile corpus, the CSP checker, the preview page builder and the
 * preview's render messages as the server makes them (core analysis, diagnostics, linked
 * programmes, `renderBody(view, { preview: true })`).
 */
import { createLanguageService } from '../../server/src/core';
import { renderBody } from '../../server/src/core/export/html';
import { buildView } from '../../server/src/core/render/buildView';
import type { ToPreview } from '../../common/previewMessages';
import { memoryFiles } from '../helpers';

export { EXPORT_CSP } from '../../server/src/core/export/html';
export { previewPage } from '../../client/src/previewPage';
export { cspProblems } from '../unit/render/csp';
export { HOSTILE, PWNED, hostileMission, hostileProgramme } from '../unit/render/injection';
import { hostileMission, hostileProgramme } from '../unit/render/injection';

export const PROGRAMME_URI = 'file:///ws/hostile.programme.yaml';
export const MISSION_URI = 'file:///ws/hostile.mission.yaml';

/** The preview's `update` messages for the hostile programme and the mission that links it. */
export function previewUpdates(text: string, version = 1): ToPreview[] {
  const files = { [PROGRAMME_URI]: hostileProgramme(text), [MISSION_URI]: hostileMission(text) };
  const service = createLanguageService({ files: memoryFiles(files) });
  return [PROGRAMME_URI, MISSION_URI].map((uri) => {
    const source = files[uri]!;
    const view = buildView(service.analyse(uri, source), { withNotes: true, diagnostics: service.check(uri, source), linked: (path) => service.linked(uri, path) });
    if (!view) throw new Error(`no view for ${uri}`);
    return { type: 'update', uri, version, html: renderBody(view, { preview: true }) };
  });
}
