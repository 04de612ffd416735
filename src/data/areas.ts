import type { Areas } from '../lib/navigation';

/** Which optional areas have pages in this build. The FAQ and community areas switch themselves on here. */
export async function getAreas(): Promise<Areas> {
  return { faq: false, community: false };
}
