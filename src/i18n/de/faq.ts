import type { CompleteArea } from '../catalogue';

/** German: the FAQ index and FAQ pages. */
export default {
  indexTitle: 'Häufig gestellte Fragen',
  indexDescription: 'Kurze Antworten auf die Fragen, die Kunden von {siteName} am häufigsten stellen, nach Themen geordnet.',
  indexIntro: 'Kurze Antworten auf die Fragen, die wir am häufigsten hören. Jede Seite verweist auf die Artikel mit allen Schritten.',
  questionCount: { one: '{count} Frage', other: '{count} Fragen' },
  notHere: 'Nicht dabei? Durchsuchen Sie die {communityLink}, in denen sich Kunden und unser Team gegenseitig helfen.',
  communityLink: 'Community-Fragen',
  otherPages: 'Weitere FAQ-Seiten',
  moreOnSubject: 'Mehr zu diesem Thema: {link}',
  toolbarCount: {
    one: '{count} Frage. Wählen Sie eine Frage aus, um die Antwort zu sehen.',
    other: '{count} Fragen. Wählen Sie eine Frage aus, um die Antwort zu sehen.',
  },
  expandAll: 'Alle aufklappen',
  collapseAll: 'Alle zuklappen',
  copyLink: 'Link kopieren',
  copyLinkContext: ' zu „{question}“',
  linkCopied: 'Link kopiert',
  linkCopiedStatus: 'Der Link wurde in die Zwischenablage kopiert.',
  linkInAddressBar: 'Link in der Adressleiste',
  linkInAddressBarStatus: 'Der Link zu dieser Frage steht jetzt in der Adressleiste.',
} satisfies CompleteArea<'faq'>;
