// The GitHub Action's last step (action.yml): exits 1 when the report holds a finding at or
// above the fail level (error, warning, information or none), after the report was uploaded.
// Usage: node failLevel.mjs REPORT sarif|json|text LEVEL
import { readFileSync } from 'node:fs';

const [report, format, level] = process.argv.slice(2);
const RANK = { error: 3, warning: 2, information: 1, hint: 0 };
const SARIF_RANK = { error: 3, warning: 2, note: 1, none: 0 };
if (level === 'none') process.exit(0);
if (!(level in RANK) || level === 'hint') {
  console.error(`fail-level must be error, warning, information or none, not '${level}'`);
  process.exit(2);
}
const text = readFileSync(report, 'utf8');
let ranks;
if (format === 'sarif') {
  ranks = JSON.parse(text).runs.flatMap((run) => run.results.map((r) => SARIF_RANK[r.level ?? 'warning']));
} else if (format === 'json') {
  ranks = JSON.parse(text).map((d) => RANK[d.severity]);
} else {
  ranks = [...text.matchAll(/^\S.*:\d+:\d+\s{2}(error|warning|information|hint)\s{2}/gm)].map((m) => RANK[m[1]]);
}
const failing = ranks.filter((r) => r >= RANK[level]).length;
if (failing > 0) {
  console.error(`Déroulé: ${failing} finding(s) at or above '${level}' (see ${report})`);
  process.exit(1);
}
