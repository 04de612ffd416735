/** Badges: a short label beside text (a plan, a status, "New"), in one of a few variants. */

export const BADGE_VARIANTS = ['neutral', 'info', 'success', 'warning', 'danger'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];
