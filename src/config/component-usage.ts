import fs from 'node:fs';
import path from 'node:path';
import { projectRelative } from './paths';

/**
 * Where a writer used a component with a given attribute, as `file:line`, so that a component
 * rejecting its props can point at the MDX file (MDX hands components no file name of their own).
 * Only called on the error path: it reads the content folder's MDX files.
 */
export function usagesOf(dir: string, component: string, attribute: string, value: string): string[] {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx'));
  const tag = new RegExp(`<${component}\\b[^>]*\\b${attribute}=["'{]+${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'}]`);
  return files.flatMap((f) =>
    fs
      .readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .flatMap((line, i) => (tag.test(line) ? [`${projectRelative(path.join(dir, f))}:${i + 1}`] : [])),
  );
}

/** The build error for `<SupportHours channel="…" />` naming a channel without hours, at the writer's line. */
export function supportHoursChannelError(dir: string, channel: string, channels: readonly string[]): Error {
  const where = usagesOf(dir, 'SupportHours', 'channel', channel);
  return new Error(
    `${where.length ? `${where.join(', ')}: ` : ''}<SupportHours channel="${channel}" /> names no channel with hours in ${projectRelative(path.join(dir, 'settings.yaml'))}\n` +
      `    → use one of ${channels.join(', ')}, and give that channel hours under supportHours (see src/config/contact-settings.ts)`,
  );
}
