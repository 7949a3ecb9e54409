/** Intl objects are costly to make (locale data): one per key, kept for the page's life. */
const cache = new Map<string, unknown>();

/** The cached Intl object for `key`, made for `locale` or, when that is malformed, for 'en'. */
export function cachedIntl<T>(key: string, locale: string, make: (locale: string) => T): T {
  let made = cache.get(key) as T | undefined;
  if (!made) {
    try {
      made = make(locale);
    } catch {
      made = make('en');
    }
    cache.set(key, made);
  }
  return made;
}

/**
 * Starts Intl for `locale`: in a fresh page the first Intl object of any kind
 * pays for starting Intl itself and the locale's date data, one native call
 * that no yielding can split. Widgets call it in a task of its own before
 * their first render, so that cost never shares a task with a render. (The
 * figures of the common locales need no Intl object: see core/figures.ts.)
 */
export function startIntl(locale: string): void {
  cachedIntl(`start ${locale}`, locale, (l) => new Intl.DateTimeFormat(l, { timeZone: 'UTC' })).format(0);
}
