/** A project's `.deroule.yaml` (FORMAT.md §8): its name, its reader, and how it meets the host's settings. */
export { CONFIG_FILE_NAME, isConfigFile } from './configFile';
export { readConfig, type ProjectConfig } from './readConfig';
export { withProjectSettings } from './projectSettings';
