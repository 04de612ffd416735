/**
 * Where a build's time went, from the durations `astro build` prints in its log. Astro's figures
 * are cumulative in places ("Collecting build info… ✓ Completed in" counts from the start of the
 * build; "Building static entrypoints… ✓ Completed in" includes rendering the pages), so the
 * phases below are differences of them.
 */

export interface Phase {
  name: string;
  seconds: number;
  /** Set on a part of a phase (an integration's own timing inside "build:done hooks"). */
  partOf?: string;
}

/** Lines of Astro's log this reads, by what they time (Astro 7's wording). */
const MARKERS = {
  /**
   * Printed twice: first from the start of the build to the pages collected (content sync,
   * types), then for the entrypoints: bundling with Vite (every MDX file and component
   * compiled) plus rendering the pages.
   */
  buildStep: /\[build\] ✓ Completed in (.+?)\.?$/,
  /** Rendering the pages: the line without a label. */
  pages: /^\d\d:\d\d:\d\d ✓ Completed in (.+?)\.?$/,
  /** The whole build, from its start to the last build:done hook. */
  total: /\[build\] \d+ page\(s\) built in (.+)$/,
  /** Integrations (named "owner:step") that report their own time, e.g. "[help-center:search-index] indexed … in 812 ms". */
  integration: /^\d\d:\d\d:\d\d \[([\w@.-]+:[\w@/.:-]+)\] .* in (\d+(?:\.\d+)?) ?ms$/,
};

/** "935ms", "1.92s" or "1m 5s" (Astro's getTimeStat), or "812 ms", as seconds. */
export function parseDuration(text: string): number | undefined {
  const minutes = /^(\d+)m (\d+)s$/.exec(text.trim());
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  const match = /^(\d+(?:\.\d+)?) ?(ms|s)$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) / (match[2] === 'ms' ? 1000 : 1);
}

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The phases of one build: startup and content sync, Vite bundling, page rendering, the
 * build:done hooks (sitemap, search index, link check…) and, when the wall time is given, what
 * lies outside Astro's timers (starting Node, loading the config, exiting).
 */
export function phaseTimings(log: string, wallSeconds?: number): Phase[] {
  const lines = log.replace(ANSI, '').split('\n').map((l) => l.trimEnd());
  const steps = lines.map((l) => MARKERS.buildStep.exec(l)?.[1]).filter((d): d is string => d !== undefined).map(parseDuration);
  const first = (pattern: RegExp) => {
    for (const line of lines) {
      const found = pattern.exec(line)?.[1];
      if (found !== undefined) return parseDuration(found);
    }
    return undefined;
  };
  const [startup, entrypoints] = steps;
  const pages = first(MARKERS.pages);
  const total = first(MARKERS.total);
  if (startup === undefined || entrypoints === undefined || pages === undefined || total === undefined) return [];

  const phases: Phase[] = [
    { name: 'startup, content sync, types', seconds: startup },
    { name: 'Vite bundling (MDX, components)', seconds: entrypoints - pages },
    { name: 'rendering pages', seconds: pages },
    { name: 'build:done hooks', seconds: total - startup - entrypoints },
  ];
  for (const line of lines) {
    const m = MARKERS.integration.exec(line);
    if (m) phases.push({ name: m[1]!, seconds: Number(m[2]) / 1000, partOf: 'build:done hooks' });
  }
  phases.push({ name: 'total (Astro\'s timer)', seconds: total });
  if (wallSeconds !== undefined) phases.push({ name: 'outside Astro\'s timer (Node start, config and its hooks, exit)', seconds: wallSeconds - total });
  return phases;
}
