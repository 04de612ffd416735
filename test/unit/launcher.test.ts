import { translatorFor } from '../../src/i18n';
import { describe, expect, it } from 'vitest';
import { launcherView } from '../../src/lib/contact/launcher';
import { settingsOf } from '../support/site-model';

const en = translatorFor('en');

const hours = ['supportHours:', '  timeZone: Europe/Berlin', '  chat: [{ days: mon-fri, hours: "09:00-17:00" }]', '  requests: [{ days: mon-fri, hours: "09:00-17:00" }]'];

describe('the launcher button', () => {
  it('never says "Online now" without a live chat: it says what a click gives', () => {
    const { button } = launcherView(settingsOf(...hours), en);
    expect(button).toEqual({ label: 'Contact us', icon: 'life-buoy', note: 'Request or email', statusChannel: undefined });
  });

  it('speaks for the chat\'s hours when a chat provider answers it', () => {
    const { button } = launcherView(settingsOf(...hours, 'chat:', '  provider: { type: crisp, websiteId: abc }'), en);
    expect(button).toEqual({ label: 'Chat with us', icon: 'message-circle', note: undefined, statusChannel: 'chat' });
  });

  it('shows no status for a chat without hours, and keeps a label the settings give', () => {
    const { button } = launcherView(settingsOf('chat:', '  label: Talk to us', '  provider: { type: crisp, websiteId: abc }'), en);
    expect(button).toMatchObject({ label: 'Talk to us', statusChannel: undefined });
  });

  it('names whose hours the request option shows in the panel', () => {
    expect(launcherView(settingsOf(...hours), en).options[0]).toMatchObject({ label: 'Submit a request', hours: 'requests', hoursLabel: 'Support team' });
  });
});
