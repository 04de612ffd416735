import type { SiteSettings } from '../../schemas/settings/site';
import { themeVariables } from './colour';
import type { PageHead } from './page-head';
import { absoluteUrl } from './urls';

/** Longest <title> search engines show whole; past it, the site name is left off the title. */
export const TITLE_LENGTH = 70;

/** The window's title: "Page · Site", or the page's title alone when both would not fit TITLE_LENGTH. */
export function fullTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const both = `${title} · ${siteName}`;
  return both.length <= TITLE_LENGTH ? both : title;
}

/** What the one layout computes for every page (in the language `locale`): addresses, the full title and the brand theme. */
export function layoutData(settings: SiteSettings, path: string, head: PageHead, locale: string) {
  const theme = themeVariables(settings.brandColor);
  const declarations = (vars: Record<string, string>) => Object.entries(vars).map(([k, v]) => `${k}:${v}`).join(';');
  return {
    canonical: absoluteUrl(path, settings.baseUrl),
    fullTitle: fullTitle(head.title, settings.siteName),
    ogImage: absoluteUrl(head.image ?? settings.logo, settings.baseUrl),
    ogLocale: locale.replace('-', '_'),
    themeCss: `:root{--brand:${settings.brandColor};${declarations(theme.light)}}@media (prefers-color-scheme: dark){:root{${declarations(theme.dark)}}}`,
  };
}
