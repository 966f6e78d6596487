/**
 * A document's settings: the host's (CLI flags, VS Code's `deroule.*`) with its project's
 * `.deroule.yaml` over them, key by key (a rule the file names wins; the others keep the
 * host's). The host decides which of the file's keys it lets win (FORMAT.md §8).
 */
import { resolveSettings, type DeepPartial, type Settings } from '../types';

export function withProjectSettings(host: DeepPartial<Settings>, project: DeepPartial<Settings>): Settings {
  return resolveSettings({
    ...host,
    ...project,
    rules: { ...host.rules, ...project.rules },
    schemes: { ...host.schemes, ...project.schemes },
  } as DeepPartial<Settings>);
}
