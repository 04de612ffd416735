/**
 * Stand-ins for the five chat vendors' scripts, served from the test server on 127.0.0.1. Each
 * answers to the globals, settings, commands and events its vendor documents, and to nothing
 * else, so a wrong name in an adapter fails here as it would with the vendor:
 *
 * - Zendesk messaging ("Web Widget (messaging) API": Core): zE('messenger', show | hide | open |
 *   close), zE('messenger:on', open | close, fn); Web Widget (Classic): zE('webWidget', …),
 *   zE('webWidget:on', …), window.zESettings.webWidget.position.horizontal.
 * - Intercom ("Javascript API: Methods", "Attributes & Objects"): replays Intercom.q, reads
 *   intercomSettings (app_id, alignment, hide_default_launcher); boot, ready, show, hide,
 *   onShow, onHide, shutdown.
 * - Crisp ("$crisp Methods"): replays the $crisp array, then takes pushes; do chat:show |
 *   chat:hide | chat:open | chat:close, config position:reverse, on session:loaded |
 *   chat:opened | chat:closed.
 * - Help Scout ("Beacon JavaScript API"): replays Beacon.readyQueue; init, config (display.style,
 *   display.position), on ready | open | close, open, close, destroy.
 * - Chatwoot (its SDK): chatwootSDK.run({ websiteToken, baseUrl }) reads chatwootSettings
 *   (hideMessageBubble, position), then sets $chatwoot (hasLoaded, isOpen, toggle,
 *   toggleBubbleVisibility) and dispatches chatwoot:ready or chatwoot:error on window.
 *
 * What the stand-in shows: its own launcher as #stand-in-launcher and its window as
 * #stand-in-window (with a close button, #stand-in-close, for the visitor), each on the side the
 * vendor's setting names. window.StandIn records the commands it received, holds its start-up
 * in "held" mode until StandIn.release(), and says `settled` once its start-up step has run.
 */
export const VENDORS = ['zendesk', 'zendesk-classic', 'intercom', 'crisp', 'helpscout', 'chatwoot'] as const;
export type Vendor = (typeof VENDORS)[number];

/**
 * ready: starts a moment after its script ran (as the real ones fetch more first), then opens at once when asked.
 * held: starts only when the test calls StandIn.release(), however long that takes.
 * never: takes over the vendor's globals but never starts (a wrong app id, a disabled messenger).
 * fails: starts and says it is ready, then never opens when asked; Chatwoot reports chatwoot:error once open.
 * queue: the script runs but leaves the globals alone, so the page's queue stub is never drained.
 */
export type StandInMode = 'ready' | 'held' | 'never' | 'fails' | 'queue';

/** Where the test server answers each stand-in; a path on the site, so 'self' in its policy covers it. */
export const standInPath = (vendor: Vendor) => `/stub/vendors/${vendor}.js`;

/** The provider settings, as the browser receives them, that point an adapter at its stand-in. */
export function standInProvider(vendor: Vendor): Record<string, unknown> {
  const scriptUrl = standInPath(vendor);
  switch (vendor) {
    case 'zendesk': return { type: 'zendesk', key: 'stand-in-key', widget: 'messaging', scriptUrl };
    case 'zendesk-classic': return { type: 'zendesk', key: 'stand-in-key', widget: 'classic', scriptUrl };
    case 'intercom': return { type: 'intercom', appId: 'standin1', apiBase: 'https://api-iam.intercom.io', scriptUrl };
    case 'crisp': return { type: 'crisp', websiteId: 'stand-in-site', scriptUrl };
    case 'helpscout': return { type: 'helpscout', beaconId: 'stand-in-beacon', scriptUrl };
    case 'chatwoot': return { type: 'chatwoot', baseUrl: 'https://chat.stand-in.test', websiteToken: 'stand-in-token', scriptUrl };
  }
}

/** What every stand-in shares: the record of commands, its launcher and window, the modes' timing. */
const PRELUDE = (vendor: Vendor, mode: StandInMode) => `
var MODE = ${JSON.stringify(mode)};
var standIn = window.StandIn = { vendor: ${JSON.stringify(vendor)}, mode: MODE, commands: [], pending: [], settled: false };
standIn.release = function () { var next = standIn.pending.splice(0); next.forEach(function (fn) { fn(); }); };
function later(fn) { setTimeout(fn, 60); }
/** The vendor's start-up: a moment later, when the test releases it, or never; settled once it has run. */
function startUp(fn) {
  var run = function () { fn(); standIn.settled = true; };
  if (MODE === 'held') standIn.pending.push(run);
  else if (MODE !== 'never') later(run);
}
var OPENS = MODE !== 'fails';
function box(id, side) {
  var el = document.getElementById(id);
  if (!el) { el = document.createElement('div'); el.id = id; document.body.append(el); }
  el.dataset.side = side;
  el.style.position = 'fixed';
  el.style.bottom = '20px';
  el.style.left = side === 'left' ? '20px' : 'auto';
  el.style.right = side === 'left' ? 'auto' : '20px';
  return el;
}
function showLauncher(side) {
  var el = box('stand-in-launcher', side);
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', 'Stand-in launcher');
  el.style.width = '56px';
  el.style.height = '56px';
  el.textContent = '?';
}
function removeLauncher() { var el = document.getElementById('stand-in-launcher'); if (el) el.remove(); }
function showWindow(side, onClose) {
  var el = box('stand-in-window', side);
  el.style.bottom = '90px';
  el.style.width = '320px';
  el.style.height = '200px';
  el.setAttribute('role', 'dialog');
  el.setAttribute('aria-label', 'Stand-in chat');
  el.textContent = 'Hello from the ' + standIn.vendor + ' stand-in';
  var close = document.createElement('button');
  close.id = 'stand-in-close';
  close.type = 'button';
  close.textContent = 'Close chat';
  close.addEventListener('click', onClose);
  el.append(close);
}
function removeWindow() { var el = document.getElementById('stand-in-window'); if (el) el.remove(); }
`;

const ZENDESK = (classic: boolean) => `
if (MODE !== 'queue') {
  var scope = ${JSON.stringify(classic ? 'webWidget' : 'messenger')};
  var listeners = { open: [], close: [] };
  var queued = [];
  var booted = false;
  var shown = true;
  var open = false;
  // Web Widget (Classic) reads its corner from zESettings; messaging takes it from Admin Center (right here).
  var side = ${classic ? "((window.zESettings || {}).webWidget || {}).position && window.zESettings.webWidget.position.horizontal === 'left' ? 'left' : 'right'" : "'right'"};
  var fire = function (name) { listeners[name].forEach(function (fn) { fn({ type: name === 'open' ? 'messagingOpened' : 'messagingClosed' }); }); };
  var render = function () {
    if (booted && shown) showLauncher(side); else removeLauncher();
    if (booted && shown && open) showWindow(side, function () { open = false; render(); fire('close'); });
    else removeWindow();
  };
  var run = function (what) {
    if (what === 'hide') { shown = false; open = false; }
    if (what === 'show') shown = true;
    if (what === 'close') open = false;
    // "If you use hide to conceal both the widget and launcher, open will neither display the widget nor launcher."
    if (what === 'open' && shown && OPENS && !open) { open = true; render(); fire('open'); }
    render();
  };
  // The snippet defines zE at once; commands wait until the widget it fetches has started.
  window.zE = function (command, what, fn) {
    standIn.commands.push([command, what]);
    if (command === scope + ':on' && listeners[what]) { listeners[what].push(fn); return function () {}; }
    if (command !== scope) return;
    if (booted) run(what); else queued.push(what);
  };
  startUp(function () { booted = true; render(); queued.splice(0).forEach(run); });
}
`;

const INTERCOM = `
if (MODE !== 'queue') {
  var queue = (window.Intercom && window.Intercom.q) || [];
  var settings = window.intercomSettings || {};
  var handlers = { onShow: [], onHide: [], ready: [] };
  var booted = false;
  var down = false;
  var open = false;
  var side = settings.alignment === 'left' ? 'left' : 'right';
  var render = function () {
    if (booted && !down && !settings.hide_default_launcher) showLauncher(side); else removeLauncher();
    if (booted && !down && open) showWindow(side, function () { run(['hide']); }); else removeWindow();
  };
  var run = function (args) {
    var method = args[0];
    standIn.commands.push([method]);
    if (handlers[method]) { if (method === 'ready' && booted) args[1](); else handlers[method].push(args[1]); return; }
    if (method === 'shutdown') { down = true; open = false; render(); return; }
    if (method === 'show' && booted && !down && OPENS && !open) { open = true; render(); handlers.onShow.forEach(function (fn) { fn(); }); }
    if (method === 'hide' && open) { open = false; render(); handlers.onHide.forEach(function (fn) { fn(); }); }
  };
  window.Intercom = function () { run(Array.prototype.slice.call(arguments)); };
  queue.forEach(function (args) { run(Array.prototype.slice.call(args)); });
  // The widget boots by itself when intercomSettings names an app, unless it was shut down first.
  if (settings.app_id) {
    startUp(function () {
      if (down) return;
      booted = true;
      render();
      handlers.ready.splice(0).forEach(function (fn) { fn(); });
    });
  }
}
`;

const CRISP = `
if (MODE !== 'queue') {
  var queued = Array.isArray(window.$crisp) ? window.$crisp : [];
  var listeners = {};
  var shown = true;
  var open = false;
  var loaded = false;
  var side = 'right';
  var fire = function (name) { (listeners[name] || []).forEach(function (fn) { fn(); }); };
  var render = function () {
    if (loaded && shown) showLauncher(side); else removeLauncher();
    if (loaded && shown && open) showWindow(side, function () { run(['do', 'chat:close']); }); else removeWindow();
  };
  var run = function (item) {
    standIn.commands.push([item[0], item[1]]);
    if (item[0] === 'on') { (listeners[item[1]] = listeners[item[1]] || []).push(item[2]); return; }
    if (item[0] === 'config' && item[1] === 'position:reverse') { side = item[2] && item[2][0] ? 'left' : 'right'; render(); return; }
    if (item[0] !== 'do') return;
    // A chatbox that fails shows nothing at all, whatever it is asked.
    if (item[1] === 'chat:hide') { shown = false; open = false; render(); }
    if (item[1] === 'chat:show' && OPENS) { shown = true; render(); }
    if (item[1] === 'chat:close' && open) { open = false; render(); fire('chat:closed'); }
    if (item[1] === 'chat:open' && loaded && shown && OPENS && !open) { open = true; render(); fire('chat:opened'); }
  };
  window.$crisp = { push: function (item) { run(item); } };
  queued.forEach(run);
  if (window.CRISP_WEBSITE_ID) startUp(function () { loaded = true; render(); fire('session:loaded'); });
}
`;

const HELPSCOUT = `
if (MODE !== 'queue') {
  var queue = (window.Beacon && window.Beacon.readyQueue) || [];
  var listeners = {};
  var config = {};
  var initialised = false;
  var ready = false;
  var destroyed = false;
  var open = false;
  var fire = function (name) { (listeners[name] || []).forEach(function (fn) { fn(); }); };
  var side = function () { return config.display && config.display.position === 'left' ? 'left' : 'right'; };
  var render = function () {
    var manual = config.display && config.display.style === 'manual';
    if (ready && !destroyed && !manual) showLauncher(side()); else removeLauncher();
    if (ready && !destroyed && open) showWindow(side(), function () { run('close'); }); else removeWindow();
  };
  var run = function (method, options) {
    standIn.commands.push([method]);
    if (method === 'init') { initialised = true; destroyed = false; }
    if (method === 'config') { config = Object.assign({}, config, options); render(); }
    if (method === 'on') { (listeners[options] = listeners[options] || []).push(arguments[2]); }
    if (method === 'destroy') { destroyed = true; open = false; render(); }
    if (method === 'close' && open) { open = false; render(); fire('close'); }
    if (method === 'open' && ready && !destroyed && OPENS && !open) { open = true; render(); fire('open'); }
  };
  window.Beacon = function (method, options, data) { run(method, options, data); };
  queue.forEach(function (call) { run(call.method, call.options, call.data); });
  startUp(function () { if (!initialised || destroyed) return; ready = true; render(); fire('ready'); });
}
`;

const CHATWOOT = `
if (MODE !== 'queue') {
  window.chatwootSDK = {
    run: function (options) {
      standIn.commands.push(['run', options.websiteToken]);
      var settings = window.chatwootSettings || {};
      var side = settings.position === 'left' ? 'left' : 'right';
      var bubble = !settings.hideMessageBubble;
      var render = function () {
        if (bubble) showLauncher(side); else removeLauncher();
        if (window.$chatwoot.isOpen) showWindow(side, function () { window.$chatwoot.toggle('close'); }); else removeWindow();
      };
      window.$chatwoot = {
        hasLoaded: false,
        isOpen: false,
        toggle: function (state) {
          standIn.commands.push(['toggle', state]);
          window.$chatwoot.isOpen = state ? state === 'open' : !window.$chatwoot.isOpen;
          render();
        },
        toggleBubbleVisibility: function (state) { bubble = state === 'show'; render(); },
      };
      startUp(function () {
        window.$chatwoot.hasLoaded = true;
        render();
        window.dispatchEvent(new Event('chatwoot:ready'));
        if (!OPENS) later(function () { window.dispatchEvent(new CustomEvent('chatwoot:error', { detail: 'stand-in failure' })); });
      });
    },
  };
}
`;

/** The stand-in script for a vendor in one of its modes. */
export function standInScript(vendor: Vendor, mode: StandInMode): string {
  const body = {
    zendesk: ZENDESK(false),
    'zendesk-classic': ZENDESK(true),
    intercom: INTERCOM,
    crisp: CRISP,
    helpscout: HELPSCOUT,
    chatwoot: CHATWOOT,
  }[vendor];
  return `(function () {\n${PRELUDE(vendor, mode)}\n${body}\n})();\n`;
}
