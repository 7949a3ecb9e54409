/** Loads a page in an iframe and resolves when it has loaded. */
export async function loadFrame(src: string, attrs: Record<string, string> = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) frame.setAttribute(k, v);
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Waits until `check` returns a truthy value (or fails after `ms`). */
export async function until<T>(check: () => T, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
