import type { Meta } from '@storybook/web-components-vite';
import { createStore, type Store } from '../src/core/storage.js';

/** A store over an in-memory Storage, pre-filled with values (keys without the kit's prefix). */
export function memoryStore(values: Record<string, unknown> = {}): Store {
  const data = new Map<string, string>();
  for (const [k, v] of Object.entries(values)) data.set(`lip-widgets:${k}`, JSON.stringify({ v: 2, data: v }));
  const storage: Storage = {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
  return createStore({ storage: () => storage });
}

/** A store whose storage throws, as in a sandboxed iframe (Wix embeds): the widget works in memory. */
export function blockedStore(): Store {
  return createStore({
    storage: () => {
      throw new DOMException('The document is sandboxed', 'SecurityError');
    },
  });
}

/** Attributes shared by the three date widgets (timeline, tracker, checklist). */
export type DateArgs = { procedure: string; appointment: string; today: string; 'no-sources': boolean; lang: string };

/** Args, controls and render of a date widget's stories; each file adds its own title and component. */
export function dateWidgetStories(tag: string, args: Partial<DateArgs>): Partial<Meta<DateArgs>> {
  return {
    args: { procedure: 'lip-blush', appointment: '', today: '', 'no-sources': false, lang: '', ...args } as DateArgs,
    argTypes: {
      procedure: { control: 'text', description: 'lip-blush, lip-flip, lip-filler or a studio’s own id' },
      appointment: {
        control: 'text',
        description: 'Appointment date, YYYY-MM-DD (empty: the client enters it; the appointment day is Day 1)',
      },
      today: { control: 'text', description: 'Overrides today, YYYY-MM-DD' },
      'no-sources': { control: 'boolean' },
      lang: {
        control: 'inline-radio',
        options: ['', 'en', 'en-GB', 'it'],
        description: 'Empty: the toolbar language (the studio around the story)',
      },
    },
    render: (a: DateArgs) => {
      const el = document.createElement(tag);
      el.setAttribute('procedure', a.procedure);
      if (a.appointment) el.setAttribute('appointment', a.appointment);
      if (a.today) el.setAttribute('today', a.today);
      if (a['no-sources']) el.setAttribute('no-sources', '');
      if (a.lang) el.setAttribute('lang', a.lang);
      return el;
    },
  };
}

/** The script tag a studio pastes once: the published bundle from a CDN, pinned to the major version. */
export const CDN_SCRIPT = '<script src="https://cdn.jsdelivr.net/npm/lip-widgets@0/dist/lip-widgets.js" defer></script>';

/**
 * "Show code" as a studio pastes it: the script tag, then the story's
 * elements without `today` (which would freeze the date for every visitor)
 * and without empty attributes. Storybook passes the story's markup without
 * the decorator's wrapper (`excludeDecorators`).
 */
export function pasteSnippet(code: string): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${code}`, 'text/html');
  // Storybook may hand over code this function already returned: one script tag, always first.
  for (const s of doc.querySelectorAll('script[src*="lip-widgets"]')) s.remove();
  for (const el of doc.body.querySelectorAll('*')) {
    if (!el.localName.startsWith('lip-') && !el.hasAttribute('data-lip-widget')) continue;
    el.removeAttribute('today');
    for (const a of [...el.attributes]) if (a.value === '' && a.name !== 'no-sources') el.removeAttribute(a.name);
  }
  const markup = doc.body.innerHTML.replace(/ no-sources=""/g, ' no-sources').trim();
  return `${CDN_SCRIPT}\n\n${markup}`;
}
