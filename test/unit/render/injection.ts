/** Hostile text that users might paste, to put in every text field of a programme. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '"><svg onload=alert(3)>',
  'javascript:alert(4)',
  '[clic](javascript:alert(5))',
  '=HYPERLINK("http://evil.example/x","y")',
  '| col | break |',
  'ligne 1\nBEGIN:VEVENT\nSUMMARY:pwned',
  '</style><style>body{display:none}</style>',
  "x' onmouseover='alert(6)",
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
context: ${q}
notes: ${q}
date: 2021-10-20
people:
  - id: p1
    name: ${q}
    role: ${q}
groups:
  - id: g1
    name: ${q}
    lead: p1
deliverables:
  - id: d1
    title: ${q}
    owner: g1
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
`;
}
