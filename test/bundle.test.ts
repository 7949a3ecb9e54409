import { expect } from '@open-wc/testing';
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

  it('defines each tag once and uses the production build of Lit', () => {
    expect(win.customElements.get('lip-comparison-table')).to.be.a('function');
    expect(win.__warnings.some((w) => /dev mode/i.test(w))).to.equal(false);
  });
});
