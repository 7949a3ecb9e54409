/** The setup page's code is always valid: a studio's text with quotes, apostrophes and markup reaches the widgets as written. */
import { expect } from '@open-wc/testing';
import { check, defaultDraft, readDraft, snippets, type Draft } from '../configurator/model.js';
import { until } from './support/frame.js';

const NAME = `Studio d'Arte "Rosa" </script><b>&amp;`;
const ITEM = `Niente trucco </script><img src=x onerror=alert(1)> sull'area & "basta"`;

function draft(): Draft {
  const d = defaultDraft();
  d.widgets = ['healing-tracker'];
  d.name = NAME;
  d.procedures['lip-blush'] = {
    upkeep: {},
    aftercare: { add: [{ id: 'own-1', text: ITEM, kind: 'avoid', from: '1', to: '5' }], hide: [] },
    prep: { add: [], hide: [] },
    warningSigns: { add: [], hide: [] },
  };
  return d;
}

async function paste(code: string): Promise<Document> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><body>${code.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/lip-widgets@0\/dist\/lip-widgets\.js/g, '/dist/lip-widgets.js')}`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

describe('setup page code (model)', function () {
  this.timeout(30000);

  for (const target of ['html', 'wp-author'] as const) {
    it(`${target}: hostile text stays text, and the widget shows it exactly`, async () => {
      const d = draft();
      const code = snippets(d, check(d), target)
        .map((p) => p.code)
        .join('\n');
      const doc = await paste(code);
      expect(doc.querySelectorAll('img, b').length, 'no markup injected').to.equal(0);
      const studio = (await until(() => doc.querySelector('lip-studio'), 10000))!;
      expect(studio.getAttribute('name')).to.equal(NAME);
      const tracker = (await until(() => doc.querySelector('lip-healing-tracker'), 10000)) as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      tracker.setAttribute('appointment', '2026-03-02');
      tracker.setAttribute('today', '2026-03-03');
      await until(() => tracker.shadowRoot?.textContent?.includes(ITEM), 10000);
      expect(tracker.shadowRoot!.textContent).to.contain(ITEM);
    });
  }

  it('reads a stored or imported draft defensively: unknown keys and wrong types fall back', () => {
    const d = readDraft({
      widgets: ['healing-tracker', 'evil'],
      lang: 'xx',
      name: 42,
      procedures: { __proto__: { x: 1 }, 'lip-blush': { aftercare: { hide: ['sun', 'NOT AN ID'] } } },
    });
    expect(d.widgets).to.deep.equal(['healing-tracker']);
    expect(d.lang).to.equal('en');
    expect(d.name).to.equal('');
    expect(d.procedures['lip-blush'].aftercare.hide).to.deep.equal(['sun']);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });

  it('the default draft makes code with no configuration at all', () => {
    const d = defaultDraft();
    const [part] = snippets(d, check(d), 'html');
    expect(part.code).to.contain('<lip-studio>');
    expect(part.code).to.not.contain('application/json');
    expect(check(d).problems).to.deep.equal([]);
  });
});
