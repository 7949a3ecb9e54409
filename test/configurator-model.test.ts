/** The setup page's code is always valid: a studio's text with quotes, apostrophes and markup reaches the widgets as written. */
import { expect } from '@open-wc/testing';
import { check, defaultDraft, fallbackText, LANG_NAMES, LANGS, readDraft, snippets, WIDGETS, type Draft } from '../configurator/model.js';
import { until } from './support/frame.js';
import { LANGUAGES } from './support/languages.js';

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

  it('offers English and every language the kit ships, each by its own name', () => {
    expect([...LANGS]).to.deep.equal(['en', ...LANGUAGES.map((l) => l.code)]);
    for (const l of LANGUAGES) expect(LANG_NAMES[l.code as keyof typeof LANG_NAMES], l.code).to.equal(l.name);
    // a stored 'pt-pt' (lower case) is the European Portuguese of the list
    expect(readDraft({ lang: 'pt-pt' }).lang).to.equal('pt-PT');
  });

  /** English words a fallback sentence would show if it were left untranslated. */
  const ENGLISH = /\b(appears?|here|your|healing|guide|day|checklist|touch-up|timeline|comparison|treatments?|lip)\b/i;
  const FILES: Record<string, string> = {
    en: 'lip-widgets.js',
    it: 'lip-widgets.it.js',
    es: 'lip-widgets.es.js',
    fr: 'lip-widgets.fr.js',
    de: 'lip-widgets.de.js',
    pt: 'lip-widgets.pt.js',
    'pt-PT': 'lip-widgets.pt-PT.js',
  };

  for (const lang of LANGS) {
    it(`${lang}: the code loads ${FILES[lang]}, sets lang="${lang}" and says what is coming in that language`, () => {
      const d = defaultDraft();
      d.widgets = [...WIDGETS];
      d.lang = lang;
      for (const target of ['html', 'wp-author'] as const) {
        const code = snippets(d, check(d), target)
          .map((p) => p.code)
          .join('\n');
        expect(code, target).to.contain(`<script src="https://cdn.jsdelivr.net/npm/lip-widgets@0/dist/${FILES[lang]}" defer>`);
        const attr = target === 'html' ? 'lang' : 'data-lang';
        if (lang === 'en') expect(code, target).to.not.contain(`${attr}=`);
        else expect(code, target).to.contain(` ${attr}="${lang}"`);
        for (const w of WIDGETS) {
          const text = fallbackText(lang, w);
          expect(code, `${target} ${w}`).to.contain(text.replace(/&/g, '&amp;'));
          if (lang !== 'en') {
            expect(text, `${lang} ${w}`).to.not.equal(fallbackText('en', w));
            // (French "guide" is French too: its sentence is checked without that word)
            expect(lang === 'fr' ? text.replace(/\bguide\b/, '') : text, `${lang} ${w}: no English left`).to.not.match(ENGLISH);
          }
        }
      }
    });
  }

  it('the default draft makes code with no configuration at all', () => {
    const d = defaultDraft();
    const [part] = snippets(d, check(d), 'html');
    expect(part.code).to.contain('<lip-studio>');
    expect(part.code).to.not.contain('application/json');
    expect(check(d).problems).to.deep.equal([]);
  });
});
