/**
 * The one hostile-text corpus of the tests: what a user might paste into any text field of
 * a programme or a mission. The core's unit tests (HTML, Markdown, Word, calendar) and the
 * browser tests (test/e2e/render.mjs: the HTML export and the real preview page in Chromium)
 * all read it from here.
 *
 * Payloads that would run set `window[PWNED]` (or open a dialog), so a browser test can tell
 * that nothing ran; payloads that would load something point at example.org, so a test that
 * routes every request sees any fetch.
 */

/** The global a payload sets if it ever runs. */
export const PWNED = '__deroulePwned';
const RUN = `window.${PWNED}=1`;

export const HOSTILE = [
  // Markup and script.
  '<script>alert(1)</script>',
  `<script>${RUN}</script>`,
  `<img src=x onerror=${RUN}>`,
  `"><svg onload=${RUN}>`,
  `<svg><script>${RUN}</script><a xlink:href="javascript:${RUN}"><text y="20">clic</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`,
  '<iframe src="https://example.org"></iframe>',
  '<object data="https://example.org/x.swf"></object><embed src="https://example.org/y">',
  '<meta http-equiv="refresh" content="0;url=https://example.org/"><base href="https://example.org/">',
  '<form action="https://example.org/"><button>Envoyer</button></form>',
  "x' onmouseover='alert(6)",
  `x" onmouseover="${RUN}" autofocus onfocus="${RUN}`,
  '<!-- commentaire --> <![CDATA[ ]]> <?xml version="1.0"?>',
  '&lt;script&gt;alert(9)&lt;/script&gt; &amp; &#60;b&#62;',
  // URLs.
  'javascript:alert(4)',
  `[clic](javascript:${RUN})`,
  '[image](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  `<a href="data:text/html,<script>${RUN}</script>">données</a>`,
  '![pixel](https://example.org/pixel.png) <https://example.org/auto> www.example.org',
  // CSS.
  '</style><style>body{display:none}</style>',
  `</style><script>${RUN}</script>`,
  '<style>@import url(https://example.org/x.css);</style>',
  '<div style="background:url(https://example.org/bg.png)">fond</div>',
  '\\3c script\\3e alert(10)\\3c /script\\3e  url(https://example.org/c) expression(alert(11))',
  // Templates of other tools.
  '{{constructor.constructor("alert(7)")()}} ${alert(8)} {% raw %}<%= 1 %>',
  // Spreadsheet formulas (text pasted from a table into a spreadsheet).
  '=HYPERLINK("http://evil.example/x","y")',
  '+cmd|" /C calc"!A0',
  '@SUM(1+1)',
  '-2+3',
  // Markdown table and calendar line structure.
  '| col | break |',
  'cellule\nsur deux lignes | et un tube',
  'ligne 1\nBEGIN:VEVENT\nSUMMARY:pwned',
  'ligne 1\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:pwned\r\nSUMMARY:pwned',
  'virgule, point-virgule; barre \\ et \\n littéral\rCR seul',
  // Characters: bidi overrides, zero-width, controls XML cannot carry, astral, a very long word.
  '\u202Egnp.exe\u202C \u2066isolé\u2069 zéro\u200B\u200C\u200D\uFEFFlargeur',
  'contrôle \u0001\u0008\u000B\u000C\u001F\u007F fin',
  '👩🏽‍🌾 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \uD800 seul',
  `Mot${'interminable'.repeat(400)}`,
];

/** A programme whose every text field carries `text` (quoted as a YAML double-quoted string). */
export function hostileProgramme(text: string): string {
  const q = JSON.stringify(text);
  return `title: ${q}
subtitle: ${q}
organiser: ${q}
audience: [${q}]
location: ${q}
objectives: [${q}]
prerequisites: [${q}]
evaluation: [${q}]
accessibility: ${q}
context: ${q}
notes: ${q}
date: 2021-10-20
people:
  - id: p1
    name: ${q}
    role: ${q}
    organisation: ${q}
groups:
  - id: g1
    name: ${q}
    lead: p1
    members: [${q}]
deliverables:
  - id: d1
    title: ${q}
    owner: g1
    format: ${q}
agenda:
  - time: 09h00-10h00
    title: ${q}
    description: ${q}
    steps: [${q}]
    speakers: [p1]
    groups: [g1]
    materials: [${q}]
    produces: [d1]
    notes: ${q}
    tracks:
      - title: ${q}
        room: ${q}
        lead: p1
        groups: [g1]
        description: ${q}
  - time: 10h00-10h30
    title: ${q}
    type: ${q}
    speakers: [${q}]
`;
}

/**
 * A mission whose every text field carries `text`, linking `programme` (a file beside it) and
 * a path made of the hostile text itself (reported as missing, shown by name).
 */
export function hostileMission(text: string, programme = 'hostile.programme.yaml'): string {
  const q = JSON.stringify(text);
  return `title: ${q}
scheme: nct
client: ${q}
partners: [${q}]
pilot: ${q}
contact: ${q}
context: ${q}
funding: ${q}
period: { start: 2021-09, end: 2022-06 }
people:
  - id: chef
    name: ${q}
    role: ${q}
    organisation: ${q}
territories:
  - id: t1
    name: ${q}
    kind: commune
    population: 4000
workstreams:
  - id: w1
    title: ${q}
    territories: [t1]
    lead: chef
    status: in-progress
    method: ${q}
    description: ${q}
themes: [${q}]
needs: [${q}]
response: ${q}
governance:
  - id: copil
    name: ${q}
    members: [${q}]
phases:
  - id: diagnostic
    title: ${q}
    start: 2021-09
    end: 2021-12
    description: ${q}
    workstream: w1
    programmes: [${JSON.stringify(programme)}, ${q}]
    deliverables: [rapport]
    governance: [copil]
milestones:
  - id: signature
    title: ${q}
    date: 2021-12
    kind: signature
    phase: diagnostic
    governance: copil
    description: ${q}
deliverables:
  - id: rapport
    title: ${q}
    due: 2022-06
    owner: ${q}
    status: planned
    link: ${q}
    description: ${q}
  - id: synthese
    title: ${q}
    due: 2022-05-31
    owner: chef
indicators:
  - label: ${q}
    value: 3
    target: 5
`;
}
