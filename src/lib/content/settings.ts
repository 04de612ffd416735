import fs from 'node:fs';
import path from 'node:path';
import { formatContentErrors, type ContentError } from '../checks/errors';
import { parseYamlWithLines } from './frontmatter';
import { contentDir, projectRelative } from './paths';
import { SettingsSchema, type SiteSettings } from '../../schemas/settings/site';

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
