import { expect } from '@open-wc/testing';
import { english, type Catalog, type MessageKey } from '../src/core/i18n.js';
import { de } from '../src/core/messages/de.js';
import { es } from '../src/core/messages/es.js';
import { fr } from '../src/core/messages/fr.js';
import { it as itMessages } from '../src/core/messages/it.js';
import { ptPT } from '../src/core/messages/pt-pt.js';
import { pt } from '../src/core/messages/pt.js';
import { procedures } from '../src/data/procedures.js';
import { dataTextDe } from '../src/data/text-de.js';
import { dataTextEs } from '../src/data/text-es.js';
import { dataTextFr } from '../src/data/text-fr.js';
import { dataTextIt } from '../src/data/text-it.js';
import { dataTextPtPT } from '../src/data/text-pt-pt.js';
import { dataTextPt } from '../src/data/text-pt.js';
import { loadFrame, until } from './support/frame.js';

/**
 * Each language script renders its own language's interface strings and data
 * prose, read here from the keyed source catalogs: the scripts ship the
 * catalogs packed as bare values in a key order (rollup.config.mjs,
 * src/lang/pack.ts), so a value landing under another key fails here.
 */
type Text = Readonly<Record<string, string | undefined>>;
const CASES: { page: string; script: string; messages: Catalog[]; data: Text[] }[] = [
  { page: 'it', script: 'it', messages: [itMessages], data: [dataTextIt] },
  { page: 'es', script: 'es', messages: [es], data: [dataTextEs] },
  { page: 'fr', script: 'fr', messages: [fr], data: [dataTextFr] },
  { page: 'de', script: 'de', messages: [de], data: [dataTextDe] },
  { page: 'pt-BR', script: 'pt', messages: [pt], data: [dataTextPt] },
  // European Portuguese: its own script, every string (its own wording where it has one, else the Brazilian one).
  { page: 'pt-PT', script: 'pt-PT', messages: [ptPT, pt], data: [dataTextPtPT, dataTextPt] },
  // A page tagged plain 'pt' with the European script: the European words, not English.
  { page: 'pt', script: 'pt-PT', messages: [ptPT, pt], data: [dataTextPtPT, dataTextPt] },
  // A Portuguese page with the Brazilian script: the Brazilian words.
  { page: 'pt-PT', script: 'pt', messages: [pt], data: [dataTextPt] },
];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const c of CASES) {
  describe(`dist/lip-widgets.${c.script}.js on a ${c.page} page`, () => {
    const msg = (key: MessageKey) => squash(c.messages.map((m) => m[key]).find((v) => v !== undefined)!);
    const data = (key: string) => squash(c.data.map((d) => d[key]).find((v) => v !== undefined)!);
    let frame: HTMLIFrameElement;
    let win: Window & { __errors: string[] };
    /** The visible text of a widget's shadow root once it has rendered `sel`. */
    const textOf = async (tag: string, sel: string) => {
      const el = win.document.querySelector(tag)!;
      const root = (await until(() => el.shadowRoot?.querySelector(sel) && el.shadowRoot)) as ShadowRoot;
      // The table's rows come in parts after it (a staged first render): wait for the whole render.
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return squash(root.textContent!);
    };

    before(async () => {
      const page = `<!doctype html><html lang="${c.page}"><head><meta charset="utf-8"><script src="/test/fixtures/probe.js"></script><script src="/dist/lip-widgets.${c.script}.js"></script></head><body><lip-comparison-table procedures="lip-flip lip-filler"></lip-comparison-table><lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker></body></html>`;
      frame = await loadFrame('about:blank', { srcdoc: page });
      win = frame.contentWindow as typeof win;
    });
    after(() => frame.remove());

    it('renders the table row headers in its language', async () => {
      const table = await textOf('lip-comparison-table', 'table');
      for (const key of ['aspect.summary', 'aspect.volume', 'aspect.lasts', 'aspect.sideEffects'] as const) {
        expect(table, key).to.contain(msg(key));
        if (msg(key) !== english[key]) expect(table, key).not.to.contain(english[key]);
      }
    });

    it('renders each procedure’s name and summary in its language, in its own column (data prose)', async () => {
      await textOf('lip-comparison-table', 'table');
      const table = win.document.querySelector('lip-comparison-table')!.shadowRoot!.querySelector('table')!;
      const rows = [...table.querySelectorAll('tr')];
      const heads = [...rows[0].querySelectorAll('th')].map((th) => squash(th.textContent!));
      const summary = rows.find((tr) => squash(tr.querySelector('th')?.textContent ?? '').includes(msg('aspect.summary')))!;
      expect(summary?.localName, 'the summary row').to.equal('tr');
      const cells = [...summary.querySelectorAll('td')].map((td) => squash(td.textContent!));
      (['lip-flip', 'lip-filler'] as const).forEach((id, i) => {
        expect(heads[i + 1], `${id}.name`).to.contain(data(`${id}.name`));
        for (const n of procedures[id].summary) {
          expect(cells[i], `${id}.${n.id}`).to.contain(data(`${id}.${n.id}`));
          expect(cells[i], `${id}.${n.id}`).not.to.contain(squash(n.text));
        }
      });
    });

    it('renders the tracker heading in its language, with the procedure’s translated name', async () => {
      const tracker = await textOf('lip-healing-tracker', 'h2');
      expect(tracker).to.contain(msg('trk.title').replace('{name}', data('lip-blush.name')));
      expect(win.__errors).to.deep.equal([]);
    });
  });
}
