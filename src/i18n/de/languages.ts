import type { CompleteArea } from '../catalogue';

/** German: the language switcher and the notices of translated and untranslated pages. */
export default {
  switcherLabel: 'Sprache',
  switcherButton: 'Sprache: {language}',
  fallbackNotice: 'Diese Seite ist noch nicht übersetzt und wird deshalb in der Originalsprache ({original}) angezeigt.',
  outdatedNotice: 'Diese Übersetzung ist möglicherweise nicht mehr aktuell: Das Original wurde seitdem geändert.',
  readOriginal: 'Original lesen ({original})',
  continueIn: 'Auf Deutsch weiterlesen',
  dismiss: 'Auf dieser Seite bleiben',
} satisfies CompleteArea<'languages'>;
