import { expect } from '@open-wc/testing';
import { nextTask } from '../src/components/shared/task.js';
import { loadFrame, until } from './support/frame.js';

type FrameWindow = Window & {
  __errors: string[];
  __warnings: string[];
  LipWidgets: { version: string; procedures: Record<string, unknown>; sources: { id: string }[] };
};

describe('dist/lip-widgets.js in a plain page', () => {
  let frame: HTMLIFrameElement;
  let win: FrameWindow;

  before(async () => {
    frame = await loadFrame('/test/fixtures/plain.html');
    win = frame.contentWindow as FrameWindow;
    // (window.LipWidgets comes with the script's last task of evaluation, a few tasks after the frame's load.)
    await until(() => win.LipWidgets);
  });
  after(() => frame.remove());

  it('loads twice without an error, warning once about the second copy', () => {
    expect(win.__errors).to.deep.equal([]);
    const dup = win.__warnings.filter((w) => w.includes('already on this page'));
    expect(dup).to.have.length(1);
    expect(dup[0]).to.contain(win.LipWidgets.version);
  });

  it('publishes window.LipWidgets with version, the three procedures and the five sources', () => {
    expect(win.LipWidgets.version).to.match(/^\d+\.\d+\.\d+/);
    expect(Object.keys(win.LipWidgets.procedures).sort()).to.deep.equal(['lip-blush', 'lip-filler', 'lip-flip']);
    expect(win.LipWidgets.sources.map((s) => s.id)).to.have.length(5);
  });

  it('renders the comparison table: lip flip and lip filler columns, 8+ row headers, every cell cited or "not stated"', async () => {
    const el = win.document.querySelector('lip-comparison-table')!;
    const root = (await until(() => el.shadowRoot?.querySelector('table') && el.shadowRoot)) as ShadowRoot;
    // The table's rows come in parts after it (a staged first render): wait for the whole render.
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const cols = [...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(cols.slice(1)).to.deep.equal(['Lip flip', 'Lip filler']);
    const rowHeads = root.querySelectorAll('tbody th[scope="row"]');
    expect(rowHeads.length).to.be.at.least(8);
    const cells = [...root.querySelectorAll('tbody td')];
    expect(cells.length).to.equal(rowHeads.length * 2);
    for (const td of cells) {
      const cited = td.querySelectorAll('.refs .ref').length > 0;
      const missing = /not stated in our sources/i.test(td.textContent!);
      expect(cited || missing, td.textContent!).to.equal(true);
    }
  });

  it('evaluates in four tasks, in that order, then defines the tags in a fifth', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><html lang="en"><body><lip-comparison-table></lip-comparison-table></body></html>';
    await new Promise((resolve) => {
      frame.onload = resolve;
      document.body.append(frame);
    });
    const w = frame.contentWindow as FrameWindow;
    const doc = frame.contentDocument!;
    const el = doc.querySelector('lip-comparison-table')!;
    const state = () => ({ published: !!w.LipWidgets, defined: !!w.customElements.get('lip-comparison-table'), upgraded: !!el.shadowRoot });
    /**
     * What is there after the next task of the script's: each of its tasks
     * posts the next as a MessageChannel message, so a message posted now (the
     * kit's own `nextTask()`) is delivered after that one. (This counts on
     * messages on different channels coming in the order they were posted, as
     * Chromium and Firefox deliver them.)
     */
    const afterTask = () => nextTask().then(state);
    // The script's load event comes in the task that evaluated its first part.
    const seen = await new Promise<ReturnType<typeof state>[]>((resolve) => {
      const script = doc.createElement('script');
      script.src = new URL('/dist/lip-widgets.js', location.href).href;
      script.onload = async () => resolve([state(), await afterTask(), await afterTask(), await afterTask()]);
      doc.head.append(script);
    });
    await w.customElements.whenDefined('lip-comparison-table');
    const end = state();
    frame.remove();
    const none = { published: false, defined: false, upgraded: false };
    // Until the fourth (the widget classes, register.js) nothing is published or defined; the tags come in a task after it.
    expect(seen).to.deep.equal([none, none, none, { published: true, defined: false, upgraded: false }]);
    expect(end).to.deep.equal({ published: true, defined: true, upgraded: true });
  });

  it('defines each tag once and uses the production build of Lit', () => {
    expect(win.customElements.get('lip-comparison-table')).to.be.a('function');
    expect(win.__warnings.some((w) => /dev mode/i.test(w))).to.equal(false);
  });
});

describe('one script per language set', () => {
  /** The visible text of a widget's shadow root once it has rendered `sel`. */
  const textOf = async (win: Window, tag: string, sel: string) => {
    const el = win.document.querySelector(tag)!;
    const root = (await until(() => el.shadowRoot?.querySelector(sel) && el.shadowRoot)) as ShadowRoot;
    // The table's rows come in parts after it (a staged first render): wait for the whole render.
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    return root.textContent!.replace(/\s+/g, ' ');
  };
  const ITALIAN = ['Cosa fa', 'Prenota il ritocco', 'settimane', 'Tatuaggio delicato'];

  it('dist/lip-widgets.js carries no Italian; dist/lip-widgets.it.js and .all.js do', async () => {
    const [en, itJs, all] = await Promise.all(
      ['/dist/lip-widgets.js', '/dist/lip-widgets.it.js', '/dist/lip-widgets.all.js'].map((u) => fetch(u).then((r) => r.text())),
    );
    for (const word of ITALIAN) expect(en, word).not.to.contain(word);
    // A language's catalogs ship packed (scripts/pack-catalogs.mjs), so its words are not there as
    // written: the English script has no packed catalog text, a language script does (and the
    // tests below see the Italian rendered).
    const PACKED = 'function __lipText(';
    expect(en).not.to.contain(PACKED);
    expect(itJs).to.contain(PACKED);
    expect(all).to.contain(PACKED);
    // Every script keeps the second-copy guard (scripts/size.mjs checks the other build guards).
    for (const code of [en, itJs, all]) expect(code).to.contain('is already on this page; this copy does nothing.');
  });

  it('the English script on an Italian page renders English (the fallback)', async () => {
    const frame = await loadFrame('/test/fixtures/lang-en-script.html');
    try {
      const win = frame.contentWindow as FrameWindow;
      const table = await textOf(win, 'lip-comparison-table', 'table');
      expect(table).to.contain('What it does');
      expect(table).not.to.contain('Cosa fa');
      const tracker = await textOf(win, 'lip-healing-tracker', 'h2, h3');
      expect(tracker).to.match(/\bday\b|\bdays\b|\bweeks?\b/i);
      expect(tracker).not.to.match(/giorn|settiman/);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('dist/lip-widgets.it.js on an Italian page renders Italian', async () => {
    const frame = await loadFrame('/test/fixtures/lang-it-script.html');
    try {
      const win = frame.contentWindow as FrameWindow;
      const table = await textOf(win, 'lip-comparison-table', 'table');
      expect(table).to.contain('Cosa fa');
      expect(table).not.to.contain('What it does');
      const tracker = await textOf(win, 'lip-healing-tracker', 'h2, h3');
      expect(tracker).to.match(/giorn|settiman/);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
