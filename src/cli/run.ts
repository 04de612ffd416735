/**
 * Runs one of the writers' commands (`npm run check`, `npm run new`, `npm run stale`): loads
 * src/cli/<command>.ts through Vite, which resolves the project's modules as the build does,
 * and calls its main() with the remaining arguments.
 *
 *   node src/cli/run.ts check
 */
import { runnerImport } from 'vite';

const [command = '', ...args] = process.argv.slice(2);
if (!['check', 'new', 'stale'].includes(command)) {
  console.error('usage: node src/cli/run.ts <check|new|stale> [arguments]');
  process.exit(2);
}
const { module } = await runnerImport<{ main(args: string[]): Promise<number> }>(`./src/cli/${command}.ts`, { configFile: false, logLevel: 'error' });
process.exitCode = await module.main(args);
