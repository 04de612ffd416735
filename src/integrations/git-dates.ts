import { execFileSync } from 'node:child_process';
import { lastCommitDates } from '../lib/content/git-log';

/**
 * The last commit date of every file under a folder, with one git call. Empty outside a git
 * repository, and in a shallow clone (where the one commit there is would date every file):
 * the review dates then come from the files' own `reviewed`, `updated` and `created`.
 * A CI that wants commit dates fetches the whole history (actions/checkout with fetch-depth: 0).
 */
export function gitDates(folder: string, cwd = process.cwd()): { dates: Map<string, Date>; source: 'git' | 'shallow clone' | 'no git' } {
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'true';
    if (shallow) return { dates: new Map(), source: 'shallow clone' };
    const log = execFileSync('git', ['log', '--format=%ct', '--name-only', '--', folder], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    return { dates: lastCommitDates(log), source: 'git' };
  } catch {
    return { dates: new Map(), source: 'no git' };
  }
}
