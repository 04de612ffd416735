import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LOCALE } from '../../src/i18n/catalogue';
import { scriptMessages, translatorFor } from '../../src/i18n';
import { formatMessage, placeholdersOf, type Catalogue, type Message } from '../../src/lib/i18n/messages';
import { LAUNCHER_MESSAGES } from '../../src/lib/contact/launcher';
import { WEEK_MESSAGES } from '../../src/lib/contact/support-hours/words';
import { CODE_COPY_MESSAGES } from '../../src/scripts/content/code-copy';
import { REQUEST_FORM_MESSAGES } from '../../src/scripts/contact/request-form';
import { FAQ_MESSAGES } from '../../src/scripts/faq/faq-disclosure';
import { FEEDBACK_MESSAGES } from '../../src/scripts/knowledge-base/article-feedback';
import { BOX_MESSAGES } from '../../src/scripts/search/combobox';
import { PAGE_MESSAGES } from '../../src/scripts/search/results-page/index';

/**
 * The interface's catalogues, read as data: German and Arabic say everything English says, with
 * the same placeholders and the plural forms their languages need; nothing is left unused; the
 * scripts are handed messages that exist. The type checker already refuses a missing key in a
 * complete language: these tests also hold for messages built from JSON, and for what types
 * cannot see (placeholders, plural forms, spaces at the edges).
 */
const english = LANGUAGES[SOURCE_LOCALE]!.messages as Catalogue;
const translations = ['de', 'ar'] as const;
const entries = (catalogue: Catalogue) => Object.entries(catalogue).flatMap(([area, messages]) => Object.entries(messages).map(([key, message]) => [`${area}.${key}`, message] as const));
const forms = (message: Message) => (typeof message === 'string' ? [message] : Object.values(message).filter((f): f is string => f !== undefined));
const messageOf = (catalogue: Catalogue, id: string) => {
  const [area, key] = id.split('.') as [string, string];
  return catalogue[area]?.[key];
};

describe.each(translations)('the %s catalogue', (locale) => {
  const own = LANGUAGES[locale]!.messages as Catalogue;
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

  it('is complete: every English message is there, and nothing English lacks', () => {
    expect(LANGUAGES[locale]!.complete).toBe(true);
    expect(entries(own).map(([id]) => id).sort()).toEqual(entries(english).map(([id]) => id).sort());
  });

  it('keeps the placeholders of every English message, in every form', () => {
    for (const [id, message] of entries(english)) {
      expect([...placeholdersOf(messageOf(own, id)!)].sort(), id).toEqual([...placeholdersOf(message)].sort());
    }
  });

  it(`words a count the ${locale} way: a plural message has every form of the language (${categories.join(', ')}), or one wording for any number`, () => {
    for (const [id, message] of entries(english)) {
      const translated = messageOf(own, id)!;
      if (typeof message === 'string') {
        expect(typeof translated, `${id} is a plain message in English`).toBe('string');
        continue;
      }
      expect(typeof translated, `${id} is a plural message in English`).toBe('object');
      const given = Object.keys(translated).sort();
      expect([['other'], [...categories].sort()], id).toContainEqual(given);
    }
  });

  it('keeps the spaces English has at a message\'s edges, where it joins the words around it', () => {
    const edges = (text: string) => [/^\s/.test(text), /\s$/.test(text)];
    for (const [id, message] of entries(english)) {
      for (const form of forms(messageOf(own, id)!)) expect(edges(form), `${id}: "${form}"`).toEqual(edges(forms(message)[0]!));
    }
  });

  it('has no empty message and none left in English', () => {
    for (const [id, message] of entries(own)) {
      for (const form of forms(message)) expect(form.trim(), id).not.toBe('');
    }
    // A word or two may be the same in both languages (FAQ, Community, "{results} in {category}"); three words never are.
    const words = (text: string) => text.replace(/\{\w+\}/g, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const untranslated = entries(own).filter(([id, message]) => forms(message).some((f) => words(f).length >= 3 && forms(messageOf(english, id)!).includes(f)));
    expect(untranslated.map(([id]) => id)).toEqual([]);
  });
});

describe('the contact area', () => {
  const english = LANGUAGES[SOURCE_LOCALE]!.messages.contact as Record<string, Message>;
  it.each(translations)('keeps in %s the placeholders English gives every contact message', (locale) => {
    const own = LANGUAGES[locale]!.messages.contact as Record<string, Message>;
    for (const [key, message] of Object.entries(english)) expect([...placeholdersOf(own[key]!)].sort(), key).toEqual([...placeholdersOf(message)].sort());
  });

  it('words counts in each language', () => {
    expect(translatorFor('en').t('contact.suggestionsFound', { count: 1 })).toBe('1 article may answer your question, listed under the subject.');
    expect(translatorFor('de').t('contact.failureTimeout', { count: 1 })).toMatch(/1 Sekunde geantwortet/);
    expect(translatorFor('ar').t('contact.suggestionsFound', { count: 2 })).toMatch(/^مقالان/);
  });
});

describe('the Arabic catalogue', () => {
  const t = translatorFor('ar');
  it('agrees a noun with its number in all six forms', () => {
    expect([0, 1, 2, 3, 11, 100].map((count) => t.t('community.answerCount', { count }))).toEqual(['لا إجابات', 'إجابة واحدة', 'إجابتان', '3 إجابات', '11 إجابةً', '100 إجابة']);
    expect([0, 1, 2, 5, 12, 101].map((count) => t.t('faq.questionCount', { count }))).toEqual(['لا أسئلة', 'سؤال واحد', 'سؤالان', '5 أسئلة', '12 سؤالًا', '101 سؤال']);
  });

  it('is written right to left', () => {
    expect(t.dir).toBe('rtl');
    expect(translatorFor('de').dir).toBe('ltr');
  });
});

describe('the English catalogue', () => {
  const source = fs.readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|astro)$/.test(file) && !file.startsWith(`i18n${path.sep}`))
    .map((file) => fs.readFileSync(path.join('src', file), 'utf8'))
    .join('\n');

  it('holds no message that nothing uses', () => {
    expect(entries(english).map(([id]) => id).filter((id) => !source.includes(`'${id}'`))).toEqual([]);
  });

  it('writes a plural message with English\'s own forms only', () => {
    for (const [id, message] of entries(english)) {
      if (typeof message !== 'string') expect(Object.keys(message).every((k) => ['one', 'other'].includes(k)), id).toBe(true);
    }
  });
});

describe('the messages scripts are handed', () => {
  const lists = { CODE_COPY_MESSAGES, FAQ_MESSAGES, FEEDBACK_MESSAGES, BOX_MESSAGES, PAGE_MESSAGES, LAUNCHER_MESSAGES, WEEK_MESSAGES, REQUEST_FORM_MESSAGES };

  it.each(Object.entries(lists))('%s are all in the catalogue, and come in the page\'s language', (_name, keys) => {
    for (const key of keys) expect(messageOf(english, key), key).toBeDefined();
    const handed = scriptMessages(translatorFor('de'), keys);
    expect(handed.locale).toBe('de');
    expect(Object.keys(handed.messages).sort()).toEqual([...new Set(keys)].sort());
    for (const key of keys) expect(handed.messages[key as keyof typeof handed.messages]).toEqual(messageOf(LANGUAGES.de!.messages as Catalogue, key));
  });

  it('format in the browser as they do on the page', () => {
    const { messages } = scriptMessages(translatorFor('ar'), PAGE_MESSAGES);
    expect(formatMessage(messages['search.showMore'], { count: 4 }, 'ar')).toBe(translatorFor('ar').t('search.showMore', { count: 4 }));
  });
});
