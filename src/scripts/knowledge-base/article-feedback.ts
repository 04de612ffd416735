import type { SiteMessageKey } from '../../i18n';
import { planFeedback, type DeliverySettings, type HttpPlan } from '../../lib/contact/request-delivery';
import { wordsFrom, type ScriptMessages } from '../../lib/i18n/messages';

/**
 * "Was this article helpful?": the vote is sent at once, an optional comment follows with the same
 * id so the receiver can join them. The answer is remembered on this device, so a visitor who
 * comes back is thanked rather than asked again. Nothing is remembered until the vote arrived.
 */
/** What the script writes once a visitor has answered: its component hands it these messages. */
export const FEEDBACK_MESSAGES = [
  'knowledgeBase.feedbackThanks',
  'knowledgeBase.feedbackHelpedBefore',
  'knowledgeBase.feedbackNotHelpedBefore',
  'knowledgeBase.feedbackWhatHelped',
  'knowledgeBase.feedbackWhatWasMissing',
  'knowledgeBase.feedbackNoteSent',
] as const satisfies readonly SiteMessageKey[];

interface FeedbackConfig extends ScriptMessages<(typeof FEEDBACK_MESSAGES)[number]> {
  delivery: DeliverySettings;
  article: string;
  title: string;
}

const KEY_PREFIX = 'help-center:feedback:';

function remembered(article: string): string | null {
  try {
    return window.localStorage.getItem(KEY_PREFIX + article);
  } catch {
    return null;
  }
}

function remember(article: string, answer: string): void {
  try {
    window.localStorage.setItem(KEY_PREFIX + article, answer);
  } catch {
    // Without storage the visitor may be asked again on a later visit; nothing else changes.
  }
}

async function post(plan: HttpPlan): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), plan.timeoutMs);
  try {
    const response = await fetch(plan.url, { method: plan.method, headers: plan.headers, body: plan.body, signal: controller.signal });
    return response.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export function setUpArticleFeedback(root: Document): void {
  const widget = root.querySelector<HTMLElement>('[data-article-feedback]');
  const configElement = widget?.querySelector('[data-feedback-config]');
  if (!widget || !configElement) return;
  const config = JSON.parse(configElement.textContent ?? 'null') as FeedbackConfig;
  const vote = widget.querySelector<HTMLElement>('[data-feedback-vote]')!;
  const thanks = widget.querySelector<HTMLElement>('[data-feedback-thanks]')!;
  const commentForm = widget.querySelector<HTMLFormElement>('[data-feedback-comment]')!;
  const question = widget.querySelector<HTMLElement>('[data-feedback-question]')!;
  const error = widget.querySelector<HTMLElement>('[data-feedback-error]')!;
  const { t } = wordsFrom(config);
  widget.hidden = false;

  const earlier = remembered(config.article);
  if (earlier) {
    vote.hidden = true;
    thanks.textContent = t(earlier === 'yes' ? 'knowledgeBase.feedbackHelpedBefore' : 'knowledgeBase.feedbackNotHelpedBefore');
    return;
  }

  // getRandomValues, unlike randomUUID, also works on a plain-http preview.
  const id = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  let answer: 'yes' | 'no' | undefined;
  let retry: () => void = () => {};

  const sendVote = async () => {
    error.hidden = true;
    const plan = planFeedback(config.delivery, { id, article: config.article, title: config.title, helpful: answer === 'yes' })!;
    if (!(await post(plan))) {
      error.hidden = false;
      retry = () => void sendVote();
      return;
    }
    remember(config.article, answer!);
    vote.hidden = true;
    thanks.textContent = t('knowledgeBase.feedbackThanks');
    question.textContent = t(answer === 'yes' ? 'knowledgeBase.feedbackWhatHelped' : 'knowledgeBase.feedbackWhatWasMissing');
    commentForm.hidden = false;
    // The buttons just clicked are gone: focus goes on to the (optional) comment.
    commentForm.querySelector('textarea')!.focus();
  };

  const sendComment = async () => {
    error.hidden = true;
    const comment = commentForm.querySelector('textarea')!.value;
    if (!comment.trim()) return;
    const plan = planFeedback(config.delivery, { id, article: config.article, title: config.title, helpful: answer === 'yes', comment })!;
    if (!(await post(plan))) {
      error.hidden = false;
      retry = () => void sendComment();
      return;
    }
    commentForm.hidden = true;
    thanks.textContent = t('knowledgeBase.feedbackNoteSent');
    thanks.focus();
  };

  for (const button of vote.querySelectorAll<HTMLButtonElement>('[data-feedback-answer]')) {
    button.addEventListener('click', () => {
      answer = button.dataset.feedbackAnswer === 'yes' ? 'yes' : 'no';
      void sendVote();
    });
  }
  commentForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void sendComment();
  });
  widget.querySelector('[data-feedback-retry]')?.addEventListener('click', () => retry());
}
