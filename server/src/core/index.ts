/** The Déroulé core: a host-agnostic language service (no VS Code, no LSP connection). */
export { createLanguageService } from './languageService';
export type { Analysis, LanguageService, LanguageServiceOptions, SourceText } from './languageService';
export { insideFolders, linkTarget } from './workspace';
export type { FileSystem } from './workspace';
export { fileUri, normalUri, uriPath } from './uri';
export { kindFromUri, isDerouleFile, parseDocument } from './parse';
export type { ParsedDocument } from './parse';
export { defaultSeverities, ruleCodes, ruleDescription, ruleDocUrl, ruleRegistry } from './rules/registry';
export type { RuleMeta } from './rules/ruleMeta';
export * from './types';
export * as time from './time';
