interface ImportMetaEnv {
  /** True in `astro dev`, false in `astro build`: set by src/integrations/content-check.ts. */
  readonly HELP_CENTER_SHOW_DRAFTS: boolean;
}
