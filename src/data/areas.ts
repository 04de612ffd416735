import { getCollection } from 'astro:content';
import type { Areas } from '../lib/site/navigation';
import { getFaqs } from './faq';

let areas: Promise<Areas> | undefined;

/** Which optional areas have pages in this build: the FAQ once a page is published, the community once a topic exists. */
export function getAreas(): Promise<Areas> {
  areas ??= Promise.all([getFaqs(), getCollection('topics')]).then(([faqs, topics]) => ({
    faq: faqs.length > 0,
    community: topics.length > 0,
  }));
  return areas;
}
