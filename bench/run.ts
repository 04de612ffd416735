/**
 * `npm run bench`: every benchmark, printing ratios and sizes. Figures go into README.md.
 * Pass sizes to change the corpora, e.g. `npm run bench -- 1000 10000` (10,000 takes minutes).
 */
import { benchBuild, printBuildResults } from './build.ts';
import { benchSearch, printSearchResults } from './search.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
printBuildResults((sizes.length ? sizes : [1000, 3000]).map(benchBuild));

// The search benchmark reuses the builds above (bench/.output/<N>/).
const searched = [];
for (const size of sizes.length ? sizes : [1000, 3000]) searched.push(await benchSearch(size));
printSearchResults(searched);
