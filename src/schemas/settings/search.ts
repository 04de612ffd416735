import { z } from 'astro/zod';

/**
 * The `search:` block of content/settings.yaml. Every key is optional; with none given, search
 * behaves as described by each default below.
 */
export function SearchSettingsSchema() {
  return z.strictObject({
    /** Mark the searched words on the page a result leads to (the link carries ?highlight=…). Default: true. */
    highlightTerms: z.boolean().default(true),
    /** Suggestions listed under the header search box while typing. Default: 6. */
    suggestions: z.number().int().min(1).max(20).default(6),
    /** Results per page on the results page (/search/). Default: 10. */
    resultsPerPage: z.number().int().min(1).max(100).default(10),
    /** Words in each result's snippet. Default: 24. */
    snippetWords: z.number().int().min(8).max(80).default(24),
    /** Milliseconds of quiet typing before the header box searches. Default: 150. */
    debounceMs: z.number().int().min(0).max(2000).default(150),
  });
}

export type SearchSettings = z.output<ReturnType<typeof SearchSettingsSchema>>;

/** What the client scripts need, passed to them in a data attribute (JSON). */
export type SearchClientConfig = SearchSettings;
