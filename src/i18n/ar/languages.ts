import type { CompleteArea } from '../catalogue';

/** Arabic: the language switcher and the notices of translated and untranslated pages. */
export default {
  switcherLabel: 'اللغة',
  switcherButton: 'اللغة: {language}',
  fallbackNotice: 'لم تُترجم هذه الصفحة بعد، لذلك تظهر بلغتها الأصلية ({original}).',
  outdatedNotice: 'قد تكون هذه الترجمة قديمة، فقد تغيّر النص الأصلي منذ ترجمتها.',
  readOriginal: 'اقرأ النص الأصلي ({original})',
  continueIn: 'تابع القراءة بالعربية',
  dismiss: 'البقاء في هذه الصفحة',
} satisfies CompleteArea<'languages'>;
