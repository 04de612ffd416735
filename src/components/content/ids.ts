/**
 * Ids for the elements a component links together (a tab and its panel). A build renders one
 * page at a time and the count never goes back, so no two elements of a page share an id.
 */
let count = 0;
export const uniqueId = (prefix: string) => `${prefix}-${++count}`;
