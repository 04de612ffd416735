/**
 * Builds every site in SITES before the test run (`npm test` calls this first), so that
 * the build and browser tests read finished HTML and the build's own errors show up here.
 */
import { buildSite, SITES } from './sites.ts';

for (const [name, site] of Object.entries(SITES)) {
  const started = performance.now();
  const { status, output } = buildSite(site.content, site.out);
  if (status !== 0) {
    console.error(output.split('\n').filter((l) => !/MODULE_LEVEL_DIRECTIVE|^\s*[│╭╰─╯]|^\s*\d+ │/.test(l)).join('\n'));
    console.error(`\nThe ${name} site (${site.content}) failed to build.`);
    process.exit(1);
  }
  console.log(`built the ${name} site from ${site.content}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
