import { describe, expect, it } from 'vitest';
import { formatProblem, htmlProblemsOf } from '../support/html-validity';
import { outDir, SITES, type SiteName } from '../support/sites';

/**
 * Every built page of every test site is valid HTML by html-validate's recommended rules.
 * `.htmlvalidate.mjs` lists the rules turned off for all sites and why. A failure prints one
 * `page:line:col rule message` per error.
 */

/**
 * Rules off for one site only. The hostile-full site publishes, with safe mode switched off, the
 * attacks the Content-Security-Policy test must see blocked; two of them are invalid HTML on
 * purpose: an `OnMouseOver=` handler in capitals and a link to ` java\nscript:`. Every other rule
 * still applies to its pages, layout and components included.
 */
const PAYLOAD_RULES: Partial<Record<SiteName, string[]>> = {
  hostileFull: ['attr-case', 'attribute-allowed-values'],
};

describe('html-validate on every built page', () => {
  it.each(Object.keys(SITES) as SiteName[])('the %s site has no HTML errors', async (site) => {
    const problems = await htmlProblemsOf(outDir(site), PAYLOAD_RULES[site]);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
