import fs from 'node:fs';
import path from 'node:path';
import { formatContentErrors, type ContentError } from '../checks/errors';
import { parseYamlWithLines } from './frontmatter';
import { contentDir, projectRelative } from './paths';
import { SettingsSchema, type SiteSettings } from '../../schemas/settings/site';
import { LocaleSettingsSchema, type LocaleSettings } from '../../schemas/settings/locales';

export const SETTINGS_FILE = 'settings.yaml';

/** Validates the text of settings.yaml; errors carry file and line. */
export function parseSettings(text: string, file: string): { settings?: SiteSettings; errors: ContentError[] } {
  const yaml = parseYamlWithLines(text);
  if (yaml.errors.length) {
    return {
      errors: yaml.errors.map((e) => ({
        code: 'yaml-syntax', file, line: e.line, column: e.column, message: `YAML syntax error: ${e.message}`,
        hint: 'check indentation and the colon after each setting name',
      })),
    };
  }
  const result = SettingsSchema().safeParse(yaml.data ?? {});
  if (result.success) return { settings: result.data, errors: [] };
  return {
    errors: result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      return {
        code: 'invalid-setting', file,
        // An unknown key is reported at its own line, not at the object holding it.
        ...yaml.positionOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : (issue.path as PropertyKey[])),
        message: issue.code === 'unrecognized_keys'
          ? `unknown setting${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
          : `\`${field}\` is not valid: ${issue.message}`,
        hint: 'each setting is described, with its default, in src/schemas/settings/site.ts',
      };
    }),
  };
}

let cached: { dir: string; settings: SiteSettings } | undefined;

/** Reads and validates content/settings.yaml once per process; throws a writer-readable error. */
export function loadSettings(dir = contentDir()): SiteSettings {
  if (cached?.dir === dir) return cached.settings;
  const file = path.join(dir, SETTINGS_FILE);
  const shown = projectRelative(file);
  if (!fs.existsSync(file)) {
    throw new Error(`${shown}: the site settings file is missing\n    → create it with at least siteName, baseUrl and supportEmail (see src/schemas/settings/site.ts)`);
  }
  const { settings, errors } = parseSettings(fs.readFileSync(file, 'utf8'), shown);
  if (!settings) throw new Error(formatContentErrors(errors));
  cached = { dir, settings };
  return settings;
}

/**
 * content/<locale>/settings.yaml of each translated language: its words for the settings a
 * visitor reads (tagline, request types). A missing file is fine: the site's own words are used.
 */
export function parseLocaleSettings(text: string, file: string, site: SiteSettings): { settings?: LocaleSettings; errors: ContentError[] } {
  const yaml = parseYamlWithLines(text);
  if (yaml.errors.length) {
    return { errors: yaml.errors.map((e) => ({ code: 'yaml-syntax', file, line: e.line, column: e.column, message: `YAML syntax error: ${e.message}`, hint: 'check indentation and the colon after each setting name' })) };
  }
  const result = LocaleSettingsSchema().safeParse(yaml.data ?? {});
  if (!result.success) {
    return {
      errors: result.error.issues.map((issue) => ({
        code: 'invalid-setting', file,
        ...yaml.positionOf(issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : (issue.path as PropertyKey[])),
        message: issue.code === 'unrecognized_keys'
          ? `${issue.keys.join(', ')} cannot be set per language`
          : `\`${issue.path.map(String).join('.')}\` is not valid: ${issue.message}`,
        hint: 'a language\'s settings.yaml holds only the words a visitor reads: siteName, tagline, requestTypes (see src/schemas/settings/locales.ts); everything else is set once in content/settings.yaml',
      })),
    };
  }
  const errors: ContentError[] = [];
  const siteValues = site.requestTypes.map((t) => t.value);
  (result.data.requestTypes ?? []).forEach((type, i) => {
    if (!siteValues.includes(type.value)) {
      errors.push({
        code: 'invalid-setting', file, ...yaml.positionOf(['requestTypes', i, 'value']),
        message: `the request type "${type.value}" is not one of the site's (${siteValues.join(', ')})`,
        hint: 'translate the labels only: each value must be one of the requestTypes in content/settings.yaml, so that requests are sorted the same in every language',
      });
    }
  });
  return errors.length ? { errors } : { settings: result.data, errors };
}

/** Every translated language's settings, by code; throws a writer-readable error like loadSettings. */
export function loadLocaleSettings(site: SiteSettings, dir = contentDir()): Record<string, LocaleSettings> {
  const byLocale: Record<string, LocaleSettings> = {};
  const errors: ContentError[] = [];
  for (const { code } of site.locales.filter((l) => l.code !== site.locale)) {
    const file = path.join(dir, code, SETTINGS_FILE);
    if (!fs.existsSync(file)) continue;
    const parsed = parseLocaleSettings(fs.readFileSync(file, 'utf8'), projectRelative(file), site);
    if (parsed.settings) byLocale[code] = parsed.settings;
    errors.push(...parsed.errors);
  }
  if (errors.length) throw new Error(formatContentErrors(errors));
  return byLocale;
}
