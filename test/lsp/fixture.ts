/** The programme every feature test of the server works on, and a server with it open. */
import { after, before } from 'node:test';
import { startServer, type Harness } from './harness';

export const programme = `title: Atelier territorial
date: 2021-10-20
start: "08:30"
format: workshop
people:
  - id: archi
    name: Claire Martin
    role: Architecte conseil
    organisation: DDTM 59
groups:
  - id: g1
    lead: archi
  - id: g2
    lead: archi
deliverables:
  - id: synthese
    title: Synthèse « à première vue »
    owner: each-group
agenda:
  - duration: 30min
    title: Accueil des participants
    type: welcome
  - time: 09h00-10h00
    title: Visite de terrain
    type: site-visit
    speakers: [archi]
    groups: all
  - id: restitution
    time: 10h00-10h30
    title: Restitution par groupe
    type: report-back
    per_group: 15min
    produces: [synthese]
`;

export const ctx = { server: undefined as unknown as Harness, uri: '' };
export const at = (line: number, character: number) => ({ textDocument: { uri: ctx.uri }, position: { line, character } });
export const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

/** One server per test file, with the programme open and checked. */
export function useServer(): void {
  before(async () => {
    ctx.server = await startServer();
    ctx.uri = ctx.server.open('atelier.programme.yaml', programme);
    await ctx.server.diagnostics(ctx.uri, 1);
  });
  after(() => ctx.server.stop());
}

