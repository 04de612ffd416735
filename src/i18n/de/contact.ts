import type { CompleteArea } from '../catalogue';

/** German: the launcher and its panel, support hours, the request form and its errors. */
export default {
} satisfies CompleteArea<'contact'>;
