interface ImportMetaEnv {
  /** True in `astro dev`, false in `astro build`: set by src/integrations/content-check.ts. */
  readonly HELP_CENTER_SHOW_DRAFTS: boolean;
}

/** The validated site settings (src/integrations/settings-module.ts). */
declare module 'virtual:help-center/settings' {
  const settings: import('./schemas/settings/site').SiteSettings;
  export default settings;
  /** content/<locale>/settings.yaml of each translated language, by code. */
  export const localeSettings: Readonly<Record<string, import('./schemas/settings/locales').LocaleSettings>>;
}

/** The images of content/images/, by their path there (src/integrations/content-images.ts). */
declare module 'virtual:help-center/content-images' {
  export const images: Record<string, () => Promise<import('astro').ImageMetadata>>;
}
