/**
 * RELIABILITY.md checks that need a whole page: the built bundle in fixture
 * pages (loaded twice and in another version, a strict CSP with Trusted Types,
 * a sandboxed iframe without storage, hostile host CSS). Names carry the
 * check's number.
 */
import { expect } from '@open-wc/testing';
import { loadFrame, until } from './support/frame.js';

type ProbeWindow = Window & {
  __errors: string[];
  __warnings: string[];
  __violations: string[];
  LipWidgets: { version: string };
};
const TAGS = ['lip-comparison-table', 'lip-touchup-timeline', 'lip-healing-tracker', 'lip-prep-checklist'];

async function rendered(win: ProbeWindow): Promise<void> {
  for (const tag of TAGS) {
    for (const el of win.document.querySelectorAll(tag)) {
      await until(() => (el.shadowRoot?.textContent ?? '').trim().length > 0, 5000);
    }
  }
}

describe('RELIABILITY 1: loaded twice, then another version', () => {
  let frame: HTMLIFrameElement;
  let win: ProbeWindow;
  before(async () => {
    frame = await loadFrame('/test/fixtures/all.html');
    win = frame.contentWindow as ProbeWindow;
    await rendered(win);
  });
  after(() => frame.remove());

  it('1: raises no error and defines each tag once', () => {
    expect(win.__errors).to.deep.equal([]);
    for (const tag of [...TAGS, 'lip-studio']) expect(win.customElements.get(tag), tag).to.be.a('function');
  });

  it('1: warns once per extra copy, naming both versions', () => {
    const v = win.LipWidgets.version;
    const dup = win.__warnings.filter((w) => w.includes('already on this page'));
    expect(dup).to.have.length(2);
    expect(dup[1]).to.contain('9.9.9').and.contain(v);
  });

  it('1: existing instances keep working', async () => {
    const table = win.document.querySelector('lip-comparison-table')!;
    table.setAttribute('procedures', 'lip-blush lip-filler');
    await (table as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(table.shadowRoot!.querySelector('thead')!.textContent).to.contain('Lip blush');
  });
});

describe('RELIABILITY 1 and 10: strict CSP with Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let win: ProbeWindow;
  before(async () => {
    frame = await loadFrame('/test/fixtures/all.html?csp=strict');
    win = frame.contentWindow as ProbeWindow;
    await rendered(win);
  });
  after(() => frame.remove());

  it('10: renders every widget with zero CSP violations and no error, the bundle loaded three times', () => {
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    expect(win.__warnings.filter((w) => w.includes('already on this page'))).to.have.length(2);
  });

  it('10: styles visibly apply', () => {
    const table = win.document.querySelector('lip-comparison-table')!;
    const base = table.shadowRoot!.querySelector('.base')!;
    expect(win.getComputedStyle(base).borderTopStyle).to.equal('solid');
    expect(win.getComputedStyle(table).display).to.equal('block');
  });

  it('10: interaction causes no violation', async () => {
    for (const el of win.document.querySelectorAll('lip-healing-tracker, lip-prep-checklist')) {
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('button')?.click();
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('RELIABILITY 3: storage unavailable in a real sandboxed iframe', () => {
  it('3: every widget renders, ticking works in memory, it says "not saved on this device", no error', async () => {
    const got = new Promise<{ lipReport: { tag: string; text: string; ticked: boolean | null }[]; errors: string[] }>((resolve) => {
      const on = (e: MessageEvent) => {
        if (e.data && e.data.lipReport) {
          window.removeEventListener('message', on);
          resolve(e.data);
        }
      };
      window.addEventListener('message', on);
    });
    const frame = await loadFrame('/test/fixtures/sandboxed.html', { sandbox: 'allow-scripts' });
    try {
      const { lipReport, errors } = await got;
      expect(errors).to.deep.equal([]);
      expect(lipReport.map((r) => r.tag)).to.deep.equal(TAGS);
      for (const r of lipReport) expect(r.text.length, r.tag).to.be.greaterThan(40);
      for (const r of lipReport.filter((x) => x.tag === 'lip-healing-tracker' || x.tag === 'lip-prep-checklist')) {
        expect(r.ticked, r.tag).to.equal(true);
        expect(r.text, r.tag).to.match(/not saved on this device/i);
      }
    } finally {
      frame.remove();
    }
  });
});
