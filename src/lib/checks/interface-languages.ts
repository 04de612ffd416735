/**
 * Whether each language of the site has its interface text (src/i18n/<language>/): a complete
 * language has every message (a missing one fails type checking); a partial one, or a language
 * with no messages at all, shows English where its own are missing, which the check says.
 */
import { LANGUAGES, SOURCE_LOCALE } from '../../i18n/catalogue';
import { lookup } from '../i18n/translator';
import type { Catalogue } from '../i18n/messages';
import type { ContentError } from './errors';

export function interfaceLanguageWarnings(settings: { locales: readonly { code: string }[] }, settingsFile: string): ContentError[] {
  const source = LANGUAGES[SOURCE_LOCALE]!.messages as Catalogue;
  const keys = Object.entries(source).flatMap(([area, messages]) => Object.keys(messages).map((k) => `${area}.${k}`));
  const warnings: ContentError[] = [];
  for (const { code } of settings.locales) {
    const language = LANGUAGES[code] ?? LANGUAGES[code.split('-')[0]!.toLowerCase()];
    if (!language) {
      warnings.push({
        code: 'no-interface-messages', file: settingsFile, line: 1, column: 1, severity: 'warning',
        message: `the interface has no messages in "${code}": its pages show the navigation, buttons and forms in English`,
        hint: `translate src/i18n/${SOURCE_LOCALE}/ into src/i18n/${code.split('-')[0]}/ and add it to src/i18n/catalogue.ts`,
      });
      continue;
    }
    if (language.complete) continue;
    const missing = keys.filter((k) => lookup(language.messages as Catalogue, k) === undefined);
    if (missing.length) {
      warnings.push({
        code: 'missing-interface-messages', file: settingsFile, line: 1, column: 1, severity: 'warning',
        message: `${missing.length} interface message${missing.length === 1 ? ' is' : 's are'} not translated into "${code}" and show${missing.length === 1 ? 's' : ''} in English: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
        hint: `add them to src/i18n/${code.split('-')[0]}/`,
      });
    }
  }
  return warnings;
}
