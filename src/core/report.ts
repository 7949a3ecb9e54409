/** A console channel for page authors that says each distinct message once (re-renders do not repeat it). */
export function onceReporter(prefix: string): (level: 'error' | 'warn', message: string) => void {
  const said = new Set<string>();
  return (level, message) => {
    const text = `${prefix}: ${message}`;
    if (said.has(text)) return;
    said.add(text);
    console[level](text);
  };
}
