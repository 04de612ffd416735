import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../schemas/settings/site';
import type { LocaleSettings } from '../schemas/settings/locales';

/** The module id components import the settings from. */
export const SETTINGS_MODULE = 'virtual:help-center/settings';
const RESOLVED = `\0${SETTINGS_MODULE}`;

/**
 * content/settings.yaml, read and validated once in astro.config.mjs, served to every component
 * and page as one module: `import settings from 'virtual:help-center/settings'`. Nothing else
 * reads or re-validates the file, and its type is the schema's (src/schemas/settings/site.ts).
 */
export function settingsModule(settings: SiteSettings, localeSettings: Record<string, LocaleSettings> = {}): AstroIntegration {
  return {
    name: 'help-center:settings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [{
              name: 'help-center:settings',
              resolveId: (id: string) => (id === SETTINGS_MODULE ? RESOLVED : undefined),
              // Each translated language's words for the settings a visitor reads (content/<locale>/settings.yaml), by code.
              load: (id: string) => (id === RESOLVED ? `export default ${JSON.stringify(settings)};\nexport const localeSettings = ${JSON.stringify(localeSettings)};` : undefined),
            }],
          },
        });
      },
    },
  };
}
