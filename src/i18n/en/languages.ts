/** English: the language switcher and the notices of translated and untranslated pages. */
export default {
  switcherLabel: 'Language',
  /** The switcher's button, e.g. "Language: English". */
  switcherButton: 'Language: {language}',
  fallbackNotice: 'This page has not been translated yet, so it is shown in its original language ({original}).',
  outdatedNotice: 'This translation may be out of date: the original has changed since.',
  readOriginal: 'Read the original ({original})',
  /** Offered, in the language it names, to a visitor who chose that language before. */
  continueIn: 'Continue in English',
  dismiss: 'Stay on this page',
};
