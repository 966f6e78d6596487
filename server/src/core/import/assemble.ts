/**
 * The assembly: once every line is read, the drafts become the programme's data, in named
 * steps (slots, groups, speakers, deliverables, the programme's fields, days and dates,
 * notes), with the comments the YAML writer places and the warnings the user is shown.
 */
import { planDays, settleYears, singleDayFacts, keepUnusedDates, writeDays, type DayPlan } from './assembleDays';
import { findSpeakers, moveTrailingText, nameGroups, placeDeliverables, slotObject, typeSlots, type Groups } from './assembleSlots';
import { organisationPrefix, prerequisitesOf, TRAINING_THRESHOLD, trainingEvidence } from './fields/index';
import { settleTitle } from './programmeTitle';
import { unrecognisedComment, warn, type ReadState } from './state';
import { writeTraining } from './training';
import { collapse, preview } from './text';
import { formatFromText } from './vocabulary';
import { addKeyComment, emptyCommentPlan, KEY_ORDER, type CommentPlan } from './yamlWriter';

export interface Assembled {
  data: Record<string, unknown>;
  comments: CommentPlan;
  slots: number;
  unplaced: number;
}

export function assemble(r: ReadState, fileName: string | undefined): Assembled {
  const comments = emptyCommentPlan();
  const allSlots = r.agenda.days.flatMap((d) => d.slots);
  moveTrailingText(r, allSlots);
  settleYears(r);
  const { groupMentions, groupCount } = typeSlots(r, allSlots);
  const groups = nameGroups(r, allSlots, groupCount);
  const speakers = findSpeakers(r, allSlots, groups);
  // Slot groups: `all` where groups are mentioned, per group or by group.
  if (groups.list.length) for (const s of groupMentions) if (!s.groupNames.length) s.groupsAll = true;
  const { deliverables, produced } = placeDeliverables(r, allSlots, groups, comments);

  const plan = planDays(r);
  const data = programmeFields(r, plan, comments, fileName);
  if (plan.singleDay) singleDayFacts(r, plan, data, comments);
  placePeopleAndGroups(r, data, groups);
  if (deliverables.length) data.deliverables = deliverables;
  const context = { comments, speakers, groups, produced };
  writeDays(r, plan, data, comments, (s, i, dayKey) => slotObject(r, s, i, dayKey, context));
  keepUnusedDates(r, plan.usedDates);
  if (r.fields.titleFromSubject && r.fields.title) {
    if (!data.subtitle) data.subtitle = r.fields.titleFromSubject;
    else r.notes.push({ lines: [r.fields.titleFromSubject], line: 0, unrecognised: true });
  }
  if (!allSlots.length) warn(r, (m) => m.noTimes);

  let unplaced = placeNotes(r, data, comments);
  for (const s of allSlots) {
    const oddLines = s.entries.filter((e) => e.unrecognised);
    unplaced += oddLines.length;
    for (const e of oddLines) warn(r, (m) => m.unrecognisedWarn(e.line, preview(e.text), m.descWhere));
  }
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (data[key] !== undefined) ordered[key] = data[key];
  return { data: ordered, comments, slots: allSlots.length, unplaced };
}

/** The programme's own fields: title (or the file's name), format, audience, place, objectives… */
function programmeFields(r: ReadState, plan: DayPlan, comments: CommentPlan, fileName: string | undefined): Record<string, unknown> {
  const m = r.m;
  const { daysWithSlots } = plan;
  const data: Record<string, unknown> = {};
  const written = r.fields.title ?? r.fields.titleFromSubject;
  const title = (written ? settleTitle(r, written) : undefined) ?? (daysWithSlots.length === 1 ? daysWithSlots[0]!.title : undefined) ?? fileTitle(fileName);
  data.title = title ?? m.untitled;
  if (!title) {
    addKeyComment(comments, 'title', m.noTitle);
    warn(r, (m) => m.noTitleWarn);
  }
  if (r.fields.subtitle) data.subtitle = r.fields.subtitle;
  // A text that speaks of stagiaires, a training organisation… is a training, whatever its title's word.
  const evidence = r.fields.format ? undefined : trainingEvidence(r.lines.map((l) => l.text).join('\n'));
  // The training sheet's own fields (durée, tarif, méthodes…) are evidence too: one weak word and two of them make a training.
  const sheet = Object.keys(r.fields.training).length;
  const trained = evidence !== undefined && (evidence.score >= TRAINING_THRESHOLD || (evidence.score >= 1 && sheet >= 2));
  let format = r.fields.format ?? (trained ? 'training' : formatFromText(`${r.fields.title ?? ''} ${r.fields.subtitle ?? ''} ${r.fields.titleFromSubject ?? ''}`));
  if (trained) warn(r, (m) => m.trainingFormat(evidence.words));
  // A title's word alone without objectives: the training check would fail, keep the default format.
  else if (format === 'training' && !r.fields.format && !r.fields.objectives.length) format = undefined;
  if (format) data.format = format;
  if (r.lang === 'en') data.language = 'en';
  // « DDTM 62 – vendredi 2 octobre 2026 – Arras »: the organiser may head the subtitle rather than the title (kept as written there).
  const organiser = r.fields.organiser ?? (r.fields.subtitle ? organisationPrefix(r.fields.subtitle)?.organiser : undefined);
  if (organiser) data.organiser = organiser;
  if (r.fields.audience.length) data.audience = r.fields.audience.length === 1 ? r.fields.audience[0] : r.fields.audience;
  if (r.fields.participants) data.participants = r.fields.participants;
  if (r.fields.location && r.fields.address) data.location = { name: r.fields.location, address: r.fields.address };
  else if (r.fields.location ?? r.fields.address) data.location = r.fields.location ?? r.fields.address;
  if (r.fields.objectives.length) {
    data.objectives = r.fields.objectives;
    for (const c of r.fields.objectivesComment) addKeyComment(comments, 'objectives', c);
  } else if (r.fields.objectivesComment.length) r.notes.push({ lines: r.fields.objectivesComment.map((c) => c.slice(m.leadIn.length + 1)), line: 0, unrecognised: true });
  if (r.fields.prerequisites.length) data.prerequisites = r.fields.prerequisites.length === 1 ? prerequisitesOf(r.fields.prerequisites) : r.fields.prerequisites;
  if (r.fields.evaluation.length) data.evaluation = r.fields.evaluation.length === 1 ? r.fields.evaluation[0] : r.fields.evaluation;
  if (r.fields.accessibility.length) data.accessibility = r.fields.accessibility.join('\n');
  writeTraining(r, data, comments);
  if (r.fields.audience.length) data.audience = r.fields.audience.length === 1 ? r.fields.audience[0] : r.fields.audience;
  if (r.fields.participants) data.participants = r.fields.participants;
  if (r.fields.context.length) data.context = r.fields.context.join('\n\n');
  return data;
}

/**
 * Notes are the team's: only what was understood as notes (a `Notes :` section, an e-mail's
 * envelope) goes there. What was not understood is public matter participants must not
 * lose: it goes to `context`, each piece announced in a comment. The count of lines kept so.
 */
function placeNotes(r: ReadState, data: Record<string, unknown>, comments: CommentPlan): number {
  const understood = r.notes.filter((c) => !c.unrecognised);
  if (r.agenda.pendingSlotComments.length) r.notes.push({ lines: r.agenda.pendingSlotComments, line: 0, unrecognised: true });
  const odd = r.notes.filter((c) => c.unrecognised && c.lines.some((x) => x.trim())).sort((a, b) => a.line - b.line);
  const unplaced = odd.reduce((n, c) => n + c.lines.filter((x) => x.trim()).length, 0);
  if (understood.length) data.notes = understood.map((c) => c.lines.join('\n')).join('\n\n');
  if (odd.length) {
    const kept = odd.map((c) => c.lines.join('\n')).join('\n\n');
    data.context = data.context ? `${String(data.context)}\n\n${kept}` : kept;
    for (const c of odd) {
      const first = c.lines.find((x) => x.trim())!;
      const more = c.lines.filter((x) => x.trim()).length - 1;
      addKeyComment(comments, 'context', `${unrecognisedComment(r, first)}${more ? ` (+${more})` : ''}`);
      warn(r, (m) => m.unrecognisedWarn(c.line, preview(first), m.contextWhere));
    }
  }
  return unplaced;
}

function placePeopleAndGroups(r: ReadState, data: Record<string, unknown>, groups: Groups): void {
  if (r.people.list.length)
    data.people = r.people.list.map((p) => {
      const o: Record<string, unknown> = { id: p.id, name: p.name };
      if (p.role) o.role = p.role;
      if (p.organisation) o.organisation = p.organisation;
      return o;
    });
  if (groups.list.length) data.groups = groups.list.map((g) => ({ id: g.id, name: g.name }));
}

/** `atelier_mobilites.txt` → `atelier mobilites`: the title when the text has none. */
function fileTitle(fileName: string | undefined): string | undefined {
  if (!fileName) return undefined;
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const t = collapse(base.replace(/[_]+/g, ' '));
  return t || undefined;
}
