/**
 * The CLI's side of FORMAT.md §8: each checked file's project (its root, its nearest
 * `.deroule.yaml`, or the one `--config` names), the settings that file sets (flags given
 * on the command line win over it), and one warning line per problem in a config file —
 * the problem's key keeps its default and checking goes on.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { readConfig, uriPath, type DeepPartial, type Language, type ProjectConfig, type Settings } from '../core';
import { cliMessages } from './cliMessages';
import { IoError, reason } from './collectFiles';
import { escapeControls } from './escape';
import { cliLocation, splitLines } from './formatters/location';
import { readRegularFile } from '../node/regularFile';
import { insidePath, ProjectFinder, type Project } from '../node/projectRoot';
import { fileUri } from '../core';

/** A `.deroule.yaml` is a few lines: a larger one is refused like any unreadable config. */
const MAX_CONFIG_BYTES = 1_000_000;

export interface ProjectOptions {
  cwd: string;
  /** The run's language: the config files' problems are said in it. */
  language: Language;
  /** `--lang` was given: the files' `language` does not apply. */
  languageFromFlag: boolean;
  /** `--config FILE`: this file governs every checked file. */
  configFile?: string;
}

export class ProjectConfigs {
  private readonly finder = new ProjectFinder();
  private readonly projects = new Map<string, Project>();
  /** Each config file read, by path: what it sets (as the service is given it). */
  private readonly configs = new Map<string, DeepPartial<Settings>>();
  /** One line per problem of a config file, for stderr. */
  readonly warnings: string[] = [];
  private readonly explicit: string | undefined;

  constructor(private readonly options: ProjectOptions) {
    this.explicit = options.configFile === undefined ? undefined : resolve(options.cwd, options.configFile);
    // Named on the command line, it must be readable: exit 2 otherwise, as for a named file.
    if (this.explicit !== undefined) {
      const path = this.explicit;
      let text: string;
      try {
        text = readRegularFile(path, MAX_CONFIG_BYTES).toString('utf8');
      } catch (e) {
        throw new IoError((m) => m.cannotRead(options.configFile!, reason(e)(m)));
      }
      this.configs.set(path, this.settingsOf(path, text));
    }
  }

  /** The project of a file (a path): its root and the config that governs it. */
  project(path: string): Project {
    let found = this.projects.get(path);
    if (!found) {
      // Without a folder holding `.deroule.yaml` or `.git` above it: the working directory
      // when the file lies inside it, else the file's own folder.
      const fallback = insidePath(path, this.options.cwd) ? this.options.cwd : dirname(path);
      found = this.finder.find(path, { fallback });
      this.projects.set(path, found);
    }
    return found;
  }

  /** The root (a file URI) of the document `uri`'s project. */
  rootOf(uri: string): string {
    return fileUri(this.project(uriPath(uri)).root);
  }

  /** What the document's config sets, for `createLanguageService({ projectSettings })`. */
  settingsFor(uri: string): DeepPartial<Settings> | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const path = this.explicit ?? this.project(uriPath(uri)).config;
    if (path === undefined) return undefined;
    let settings = this.configs.get(path);
    if (!settings) {
      let text: string | undefined;
      try {
        text = readRegularFile(path, MAX_CONFIG_BYTES).toString('utf8');
      } catch (e) {
        const m = cliMessages(this.options.language);
        this.warnings.push(`deroule: ${m.configUnreadable(escapeControls(this.display(path)), reason(e)(m))}`);
      }
      settings = text === undefined ? {} : this.settingsOf(path, text);
      this.configs.set(path, settings);
    }
    return settings;
  }

  private settingsOf(path: string, text: string): DeepPartial<Settings> {
    const config: ProjectConfig = readConfig(fileUri(path), text, this.options.language);
    const lines = splitLines(text);
    const m = cliMessages(this.options.language);
    for (const d of config.diagnostics) {
      const at = cliLocation(d, lines);
      this.warnings.push(`deroule: ${escapeControls(`${this.display(path)}:${at.line}:${at.column}: ${m.configProblem(d.message)}`)}`);
    }
    const { language, ...rest } = config.settings;
    return this.options.languageFromFlag || language === undefined ? rest : { ...rest, language };
  }

  private display(path: string): string {
    const rel = relative(this.options.cwd, path);
    return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : path;
  }
}
