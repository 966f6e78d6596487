/**
 * Arbitraries for property-based tests of the core (and for whoever needs random Déroulé
 * documents, e.g. an incremental-vs-full parse test): valid programmes and missions as YAML
 * text, programmes with deliberate errors, and random edits of any text.
 */
import fc from 'fast-check';
import { applyEdit as apply, editOf as editArb } from './editArb';
import { MISSION_URI, validMission, type GeneratedMission } from './missionArb';
import { faultyProgramme, validProgramme, type Generated } from './programmeArb';

export { applyEdit, applyEdits, editedText, editOf, slotBlocks, type Edit } from './editArb';
export { faultKinds, type Fault } from './faults';
export { MISSION_URI, validMission, type GeneratedMission } from './missionArb';
export { faultyProgramme, validProgramme, type Generated, type ProgrammeSpec } from './programmeArb';

export const PROGRAMME_URI = 'file:///ws/atelier.programme.yaml';

/** A document to check: its URI, its text, and the files it links to. */
export interface AnyDocument {
  uri: string;
  text: string;
  files: Record<string, string>;
}

const asProgramme = (p: Generated): AnyDocument => ({ uri: PROGRAMME_URI, text: p.text, files: {} });
const asMission = (m: GeneratedMission): AnyDocument => ({ uri: MISSION_URI, text: m.text, files: m.files });

/** Valid programmes, faulty programmes and valid missions. */
export const anyDocument: fc.Arbitrary<AnyDocument> = fc.oneof(
  { weight: 2, arbitrary: validProgramme.map(asProgramme) },
  { weight: 2, arbitrary: faultyProgramme.map(asProgramme) },
  { weight: 1, arbitrary: validMission.map(asMission) },
);

/** A generated document after 1–3 random edits (the result may be anything, even invalid YAML). */
export const editedDocument: fc.Arbitrary<AnyDocument & { edited: string }> = anyDocument.chain((d) =>
  fc.integer({ min: 1, max: 3 }).chain((count) => {
    const step = (current: string, left: number): fc.Arbitrary<string> =>
      left === 0 ? fc.constant(current) : editOfText(current).chain((next) => step(next, left - 1));
    return step(d.text, count).map((edited) => ({ ...d, edited }));
  }),
);

const editOfText = (text: string) => editArb(text).map((e) => apply(text, e));
