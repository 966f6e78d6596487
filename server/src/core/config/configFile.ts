/**
 * The name of a project's configuration file (FORMAT.md §8). A leaf module: the schema
 * lookups and the language service ask it whether a text is one.
 */
export const CONFIG_FILE_NAME = '.deroule.yaml';

/** Whether a URI or path names a `.deroule.yaml` (the file itself, not a folder of that name). */
export function isConfigFile(uriOrPath: string): boolean {
  return /(?:^|[\\/])\.deroule\.yaml$/.test(uriOrPath);
}
