// @ts-check
/**
 * html-validate's settings for the built pages (test/build/html-validity.test.ts, or
 * `npx html-validate test/.output/example`). A JavaScript file rather than .htmlvalidate.json
 * so that every rule we turn off says why, next to it: each is a rule that contradicts markup
 * we do not write ourselves or a pattern we chose on purpose, never a mistake we keep.
 *
 * @type {import('html-validate').ConfigData}
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes its redirect pages (redirectFrom) from a fixed template that starts with
    // `<!doctype html>`, while our layout writes `<!DOCTYPE html>`. Both are the same doctype to
    // every parser; the rule only wants one spelling.
    'doctype-style': 'off',
    // Astro renders MDX through JSX, which closes void elements (`<img … />`, the task lists'
    // `<input … />`), while .astro components write them open (`<input …>`). Both are valid
    // HTML; the rule only wants one spelling, and neither half can change.
    'void-style': 'off',
    // The search boxes are WAI-ARIA comboboxes: their suggestions popup must be a role="listbox"
    // whose options show a title, the page's place and a snippet, which a native <select> cannot.
    // The rule stays on for every other role.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // A community question's title is the customer's own question, up to 150 characters
    // (src/schemas/question.ts): cutting it short in <title> would hide the words people search
    // for. Every other title stays within the usual 70, since the layout leaves the site name off
    // a title that would pass it (fullTitle in src/lib/site/layout.ts).
    'long-title': ['error', { maxlength: 150 }],
    // Heading anchors are made from the heading's words in any script (an Arabic heading's id
    // holds Arabic letters and vowel marks), which HTML allows: an id may hold any character but
    // a space. The strict form of the rule only knows ASCII letters.
    'valid-id': ['error', { relaxed: true }],
  },
};
