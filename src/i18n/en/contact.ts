/**
 * English: the words of getting in touch: the layout's request link, the launcher and its panel,
 * the support hours, and the request form with everything it can say about a request.
 */
export default {
  /** The header's request button, the footer's link, the request page's title, and every other "Submit a request" that starts a sentence. */
  submitRequest: 'Submit a request',
  /** The request page's description for search engines; {siteName} is the help center's name. */
  requestDescription: 'Ask the {siteName} support team for help.',
  /** Under an article: the heading above the request button. */
  moreQuestions: 'Have more questions?',

  /** The launcher button's label with a chat provider, and without one (when the team set no label of its own). */
  chatWithUs: 'Chat with us',
  contactUs: 'Contact us',
  /** The launcher's second line without a chat: what a click gives. */
  requestOrEmail: 'Request or email',
  /** On the launcher and to screen readers while the chat provider's window is on its way. */
  openingChat: 'Opening chat…',
  panelTitle: 'Contact support',
  /** The panel's close button, for screen readers. */
  closePanel: 'Close contact options',
  /** In the panel, when the chat could not be opened. */
  chatFallback: 'The chat could not be opened just now, so here are the request form and our email address instead.',
  /** The panel's note under "Submit a request". */
  requestNote: 'We answer by email, usually within one business day.',
  /** The panel's email option; {email} is the support address. */
  emailOption: 'Email {email}',
  /** After a link that opens a new tab, for screen readers only; it follows the link's words. */
  opensInNewTab: ' (opens in a new tab)',
  /** Says whose status is shown beside the request form: "Support team: Online now". */
  supportTeam: 'Support team',
  /** {label} says whose status it is, {status} is contact.onlineNow or one of the "Back …" messages. */
  statusWithLabel: '{label}: {status}',

  /** What visitors call each channel: the captions of its support hours. */
  channelChat: 'Live chat',
  channelRequests: 'Requests',
  channelScreenShare: 'Screen share',

  /** The panel's fold with the hours of each channel. */
  supportHours: 'Support hours',
  /** A support-hours table's caption: {channel} is its name (or the writer's label), {zone} the team's time zone ("Pacific Time"). */
  hoursCaption: '{channel}: {zone}',
  /** The second table's caption; {zone} is the visitor's time zone, filled in by the browser. */
  hoursInYourZone: 'In your time zone: {zone}',
  hoursDays: 'Days',
  hoursHours: 'Hours',
  hoursSameInYourZone: 'These are also the times in your time zone.',
  closedOn: 'Closed on:',
  /** A closure: {name} as the team wrote it, {days} its date or dates. */
  closure: '{name}: {days}',
  /** A week's days: all seven, and a run of three or more ({from} and {to} are day names from the browser's calendar). */
  everyDay: 'Every day',
  dayRange: '{from}–{to}',
  /** Opening hours: {open} and {close} are "06:00"-style times. */
  hoursRange: '{open}–{close}',
  /** Hours that close on a later day than they open: {hours} is contact.hoursRange. */
  hoursNextDay: '{hours} (next day)',
  hoursLaterDay: { one: '{hours} (+{count} day)', other: '{hours} (+{count} days)' },
  /** The status of a channel on the visitor's clock: {time} is "06:00", {day} a day name, {date} "January 2". */
  onlineNow: 'Online now',
  backAt: 'Back at {time}',
  backTomorrow: 'Back tomorrow at {time}',
  backOnDay: 'Back {day} at {time}',
  backOnDate: 'Back on {date} at {time}',

  /** The request page's introduction; {email} is the address as a link. The first is for a form that becomes an email. */
  introByEmail: "Tell us what you need and we'll answer by email. Sending opens your email app with everything below filled in, addressed to {email}.",
  introBySending: "Tell us what you need and we'll answer by email at the address you give. You can also write to {email}.",
  draftRestored: 'We kept what you wrote here earlier, on this device.',
  startOver: 'Start over with an empty form',
  /** The label of the spam trap, a field hidden from people; only a bot reads it. */
  honeypotLabel: 'Leave this field empty',
  sendRequest: 'Send request',
  /** The send button while the request is on its way. */
  sending: 'Sending…',
  draftHint: 'What you type is kept in this browser until your request is sent, so nothing is lost if the page closes.',

  /** The form's own fields (the team's own fields are labelled in the settings). */
  fieldName: 'Your name',
  fieldEmail: 'Your email address',
  fieldEmailHint: 'We answer by email.',
  fieldType: 'What is your request about?',
  fieldSubject: 'Subject',
  fieldDescription: 'Description',
  fieldDescriptionHint: 'What happened, what you expected, and any error message you saw.',
  /** After the label of a field that may be left empty; it follows the label's words. */
  optional: ' (optional)',
  /** The first entry of a list to choose from. */
  chooseOne: 'Choose one…',
  /** Under the subject: articles found for what the visitor typed so far. */
  suggestionsTitle: 'These articles may answer your question',
  suggestionsFound: { one: '{count} article may answer your question, listed under the subject.', other: '{count} articles may answer your question, listed under the subject.' },

  /** Beside a field: what to do. {label} is the team's label of the field. */
  missingName: 'Enter your name.',
  missingEmail: 'Enter your email address, so that we can answer you.',
  missingType: 'Choose what your request is about.',
  missingSubject: 'Enter a subject: a few words about your request.',
  missingDescription: 'Describe what you need help with.',
  missingCheckbox: 'Tick “{label}” to continue.',
  missingChoice: 'Choose an answer for “{label}”.',
  missingText: 'Fill in “{label}”.',
  invalidEmail: 'Enter an email address like name@example.com.',
  invalidDate: 'Enter a date, e.g. 2026-03-14.',
  /** {count} is the longest the field takes, {length} how long it is. */
  tooLong: { one: 'Keep this under {count} character (it has {length}).', other: 'Keep this under {count} characters (it has {length}).' },

  /** Why a request was not sent; {status} is the HTTP error code, {count} seconds waited, {notes} what the help desk said. */
  failureServer: 'Our help desk had a problem (error {status}), so your request was not sent.',
  failureRefusedStatus: 'Our help desk refused the request (error {status}), so it was not sent.',
  failureRateLimited: 'Our help desk is receiving too many requests just now, so yours was not sent: try again in a few minutes.',
  failureInvalid: 'Our help desk did not accept some of your answers, so your request was not sent: see the notes beside them.',
  failureInvalidUnplaced: 'Our help desk did not accept the request, so it was not sent. It said: {notes}',
  failureRefusedBody: 'Our help desk answered that it did not accept the request, so it was not sent.',
  failureNotAccepted: 'The help desk did not accept the request and your browser was not told why, so it was not sent.',
  failureOffline: 'Your device seems to be offline, so your request was not sent: connect to the internet and try again.',
  failureTimeout: { one: 'Our help desk did not answer within {count} second, so your request was probably not sent.', other: 'Our help desk did not answer within {count} seconds, so your request was probably not sent.' },
  /** Beside a field: {note} is the help desk's own words, in whatever language it writes. */
  fieldRefused: 'The help desk did not accept this: {note}',
  /** The box shown when a send failed. */
  failureTitle: 'Your request was not sent',
  failureKept: 'Everything you wrote is still in the form. Try again, or send it to us by email instead.',
  tryAgain: 'Try again',
  sendByEmailInstead: 'Send it by email instead',

  /** After "Send request" with a form that becomes an email: {mailtoLink} is a link with contact.openEmail, {email} the address, {clearButton} a button with contact.clearForm. */
  emailAppOpening: "Your email app should now open with your request filled in. Send it from there and we'll answer by email.",
  nothingOpened: 'Nothing opened? {mailtoLink}, or write to {email}.',
  openEmail: 'Open the email with your request',
  sentIt: 'Sent it? {clearButton}',
  clearForm: 'Clear the form',
  /** Once a request has arrived: {reference} is its number, in bold. */
  requestSent: 'Request sent',
  requestNumber: 'Your request number is {reference}.',
  backToHelpCenter: 'Back to the help center',
  /** What the visitor reads once a request has arrived, unless the team wrote its own. The second is for Zendesk, which holds a request until the address is confirmed. */
  confirmation: 'We have your request and will answer by email, usually within one business day. Reply to that email to add anything.',
  confirmationZendesk: 'Our help desk has your request. If an email asks you to confirm your address, click its link: until then your request waits and we cannot answer it. We answer by email, usually within one business day.',
};
