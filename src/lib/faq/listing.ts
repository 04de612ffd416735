/**
 * Which FAQ pages a category or section page links to. An FAQ page names either a category
 * or a section; one that names a section shows on that section's page and on its category's.
 */
export interface FaqPlacement {
  data: { category?: string; section?: string };
}

export function faqsOfSection<T extends FaqPlacement>(faqs: readonly T[], sectionSlug: string): T[] {
  return faqs.filter((f) => f.data.section === sectionSlug);
}

/** `categoryOfSection` tells which category a section belongs to (through its parents if it is a subsection). */
export function faqsOfCategory<T extends FaqPlacement>(faqs: readonly T[], categorySlug: string, categoryOfSection: (section: string) => string | undefined): T[] {
  return faqs.filter((f) => f.data.category === categorySlug || (f.data.section !== undefined && categoryOfSection(f.data.section) === categorySlug));
}
