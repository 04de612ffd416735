import type { CompleteArea } from '../catalogue';

/** Arabic: the FAQ index and FAQ pages. */
export default {
  indexTitle: 'الأسئلة الشائعة',
  indexDescription: 'إجابات قصيرة عن أكثر الأسئلة التي يطرحها عملاء {siteName}، مرتّبة حسب الموضوع.',
  indexIntro: 'إجابات قصيرة عن أكثر الأسئلة التي تصلنا. تضمّ كل صفحة روابط إلى المقالات التي تشرح الخطوات كاملة.',
  questionCount: { zero: 'لا أسئلة', one: 'سؤال واحد', two: 'سؤالان', few: '{count} أسئلة', many: '{count} سؤالًا', other: '{count} سؤال' },
  notHere: 'لم تجد سؤالك هنا؟ ابحث في {communityLink}، حيث يجيب العملاء وفريقنا بعضهم عن أسئلة بعض.',
  communityLink: 'أسئلة المجتمع',
  otherPages: 'صفحات أخرى للأسئلة الشائعة',
  moreOnSubject: 'المزيد عن هذا الموضوع: {link}',
  toolbarCount: {
    zero: 'لا أسئلة في هذه الصفحة.',
    one: 'سؤال واحد. اختر سؤالًا لتظهر إجابته.',
    two: 'سؤالان. اختر سؤالًا لتظهر إجابته.',
    few: '{count} أسئلة. اختر سؤالًا لتظهر إجابته.',
    many: '{count} سؤالًا. اختر سؤالًا لتظهر إجابته.',
    other: '{count} سؤال. اختر سؤالًا لتظهر إجابته.',
  },
  expandAll: 'توسيع الكل',
  collapseAll: 'طيّ الكل',
  copyLink: 'نسخ الرابط',
  copyLinkContext: ' الخاص بسؤال «{question}»',
  linkCopied: 'نُسخ الرابط',
  linkCopiedStatus: 'نُسخ الرابط إلى الحافظة.',
  linkInAddressBar: 'الرابط في شريط العنوان',
  linkInAddressBarStatus: 'أصبح رابط هذا السؤال الآن في شريط العنوان.',
} satisfies CompleteArea<'faq'>;
