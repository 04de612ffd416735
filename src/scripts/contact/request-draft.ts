import type { RequestValues } from '../../lib/contact/request-fields';

/**
 * The request draft, kept in this browser's localStorage as the visitor types so that a reload,
 * a crash or a closed tab loses nothing. It stays on the device (never in a URL, never sent
 * anywhere) and is removed once the request has arrived or the visitor starts over.
 */
const KEY = 'help-center:request-draft';

/** localStorage can be missing or throw (storage disabled, private mode, full quota): the form works without it. */
function store(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function hasText(values: RequestValues): boolean {
  return Object.values(values).some((v) => v === true || (typeof v === 'string' && v.trim() !== ''));
}

export function loadDraft(): RequestValues | undefined {
  try {
    const saved = JSON.parse(store()?.getItem(KEY) ?? 'null') as { values?: RequestValues } | null;
    return saved?.values && hasText(saved.values) ? saved.values : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(values: RequestValues): void {
  try {
    if (hasText(values)) store()?.setItem(KEY, JSON.stringify({ values, savedAt: new Date().toISOString() }));
    else store()?.removeItem(KEY);
  } catch {
    // A full or disabled storage only means no draft; the form itself still works.
  }
}

export function clearDraft(): void {
  try {
    store()?.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}
