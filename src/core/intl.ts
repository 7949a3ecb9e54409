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
