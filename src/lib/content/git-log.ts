/**
 * When each file last changed, from one `git log --format=%ct --name-only` over the content
 * folder (one call for every file, not one per file). The first time a path appears in that
 * log is its last commit. In a shallow clone every file seems to date from the one commit there
 * is, so callers fall back to the dates written in the files (see isShallowRepository).
 */
export function lastCommitDates(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let current: Date | undefined;
  for (const line of log.split('\n')) {
    const text = line.trim();
    if (!text) continue;
    if (/^\d+$/.test(text)) current = new Date(Number(text) * 1000);
    else if (current && !dates.has(text)) dates.set(text, current);
  }
  return dates;
}
