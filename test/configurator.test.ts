/**
 * The setup page (issue 17), built: `npm run build` first. The page runs in
 * this test document (its stylesheet, its #app, its bundle, a <base> so that
 * its preview frames find preview.html); an owner fills it in; each snippet
 * is pasted into a blank page that loads the built kit, and the widgets there
 * must show exactly those settings.
 */
import { expect } from '@open-wc/testing';
import '../src/register.js';
import { contrastChecks, contrastMessage } from '../src/core/colour.js';
import { studioMessages } from '../src/core/studio-config.js';
import { es } from '../src/core/messages/es.js';
import { dataTextIt } from '../src/data/text-it.js';
import { until } from './support/frame.js';
import { LANGUAGES } from './support/languages.js';

const BASE = '/dist/configurator/';
const NAME = 'Studio Rosa';
const PHONE = '+44 (0)20 7946 0958';
const DIALS = '+442079460958';
const BOOKING = 'https://example.com/book';
const ACCENT = '#1e6b5c';
const ADDED = 'Balsamo dello studio, tre volte al giorno';
const HIDDEN = 'dark-drinks';
const PAGE = 'https://studio-rosa.example/aftercare';

declare global {
  interface Window {
    jsQR?: (data: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
  }
}

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(`#app ${sel}`)!;
const settle = () => new Promise((r) => setTimeout(r, 30));

async function type(sel: string, value: string) {
  const el = (await until(() => document.querySelector<HTMLInputElement>(`#app ${sel}`)))!;
  el.focus();
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
}
async function choose(sel: string, value: string) {
  const el = (await until(() => document.querySelector<HTMLSelectElement>(`#app ${sel}`)))!;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
}
async function tick(el: HTMLInputElement, on: boolean) {
  if (el.checked !== on) el.click();
  await settle();
}

/** Every part of the code for a site builder, as the copy buttons give it. */
async function snippetFor(target: string): Promise<string[]> {
  await choose('#target', target);
  return [...document.querySelectorAll<HTMLElement>(`#app code[data-target="${target}"]`)].map((c) => c.textContent ?? '');
}

/** The built kit for the snippet's script: the per-language file where the build makes it, else the one script. */
async function kitFor(file: string): Promise<string> {
  const res = await fetch(`/dist/${file}`, { method: 'HEAD' });
  return res.ok ? `/dist/${file}` : '/dist/lip-widgets.js';
}

/** A blank page with the pasted code, loading the built kit instead of the CDN copy. */
async function pasteIntoPage(code: string): Promise<Document> {
  const cdn = /https:\/\/cdn\.jsdelivr\.net\/npm\/lip-widgets@0\/dist\/(lip-widgets(?:\.[A-Za-z-]+)?\.js)/g;
  const files = [...code.matchAll(cdn)].map((m) => m[1]);
  let page = code;
  for (const f of files) page = page.replace(`https://cdn.jsdelivr.net/npm/lip-widgets@0/dist/${f}`, await kitFor(f));
  const frame = document.createElement('iframe');
  frame.className = 'pasted';
  frame.style.width = '390px';
  frame.style.height = '700px';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>${page}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
async function widget(doc: Document, tag: string): Promise<Lit> {
  const el = (await until(() => doc.querySelector(tag) as Lit | null, 10000))!;
  await until(() => el.shadowRoot?.textContent?.trim(), 10000);
  await el.updateComplete;
  return el;
}
const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** What the SMS link would give: the tracker on a day after the appointment. */
async function onDay(el: Lit, appointment: string, today: string) {
  el.setAttribute('appointment', appointment);
  el.setAttribute('today', today);
  await el.updateComplete;
  await settle();
}

/** The widgets on a pasted page show every setting the owner entered. */
async function expectOwnerSettings(doc: Document) {
  const tracker = await widget(doc, 'lip-healing-tracker');
  const timeline = await widget(doc, 'lip-touchup-timeline');
  const studio = doc.querySelector('lip-studio')!;
  expect(studio.getAttribute('lang')).to.equal('it');
  await onDay(tracker, '2026-03-02', '2026-03-04');
  await onDay(timeline, '2026-03-02', '2026-03-04');
  await until(() => tracker.shadowRoot!.querySelector(`a[href="tel:${DIALS}"]`), 5000);
  const text = shadowText(tracker);
  expect(text, 'Italian').to.contain('Giorno 3');
  expect(text, 'added item').to.contain(ADDED);
  expect(text, 'studio named on its item').to.contain(`secondo ${NAME}`);
  expect(text, 'hidden item').to.not.contain(dataTextIt[`lip-blush.${HIDDEN}`]);
  expect(tracker.shadowRoot!.querySelector(`a[href="tel:${DIALS}"]`), 'call link').to.not.equal(null);
  const tl = shadowText(timeline);
  // the refinement at the studio's 6–8 weeks (the sources say one month), named as the studio's
  expect(tl, 'own refinement interval').to.match(
    new RegExp(`Perfezionamento \\(forma, colore, saturazione\\) tra [^(]*6.8 settimane dopo il tuo appuntamento\\s*\\(secondo ${NAME}\\)`),
  );
  expect(timeline.shadowRoot!.querySelector(`a[href="${BOOKING}"]`), 'booking link').to.not.equal(null);
  expect(getComputedStyle(tracker).getPropertyValue('--lip-accent').trim(), 'brand colour').to.equal(ACCENT);
}

/** WordPress for Authors and Contributors: only `div` and `data-*` survive saving (tags unwrapped, their text kept). */
function kses(markup: string): string {
  const t = document.createElement('template');
  t.innerHTML = markup;
  const walk = (node: Element | DocumentFragment) => {
    for (const child of [...node.children]) {
      walk(child);
      if (child.localName !== 'div') child.replaceWith(...child.childNodes);
      else for (const a of [...child.attributes]) if (!a.name.startsWith('data-')) child.removeAttribute(a.name);
    }
  };
  walk(t.content);
  return t.innerHTML;
}

describe('setup page (issue 17)', function () {
  this.timeout(90000);

  before(async () => {
    localStorage.removeItem('lip-widgets-setup:draft');
    localStorage.setItem('lip-widgets-setup:ui-lang', 'en');
    const base = document.createElement('base');
    base.href = BASE;
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${BASE}setup.css`;
    const app = document.createElement('div');
    app.id = 'app';
    document.head.append(base, css);
    document.body.append(app);
    const url = `${BASE}setup.js`;
    await import(url);
    await until(() => document.querySelector('#app #name'));
  });

  after(() => document.querySelectorAll('iframe.pasted').forEach((f) => f.remove()));

  it('is accessible', async () => {
    // As a person sees it once its colour transitions (0.15 s) have ended: axe reads a colour mid-transition as it is at that instant.
    await Promise.all(document.getAnimations().map((a) => a.finished));
    await expect($('')).to.be.accessible({ ignoredRules: ['region'] });
  });

  it('an owner fills it in: the phone field shows the number a tap dials', async () => {
    await tick($<HTMLInputElement>('input[value="touchup-timeline"]'), true);
    await tick($<HTMLInputElement>('input[value="healing-tracker"]'), true);
    await choose('#procedure', 'lip-blush');
    await type('#name', NAME);
    await type('#phone', PHONE);
    expect($('#phone-dials').textContent).to.contain(DIALS);
    await type('#booking', BOOKING);
    await type('#colour-accent', ACCENT);
    await choose('#lang', 'it');
    // one aftercare item hidden, one added (days 1–10)
    const hide = $<HTMLInputElement>(`input[data-item="${HIDDEN}"]`);
    await tick(hide, false);
    $<HTMLButtonElement>('button[data-add="aftercare"]').click();
    await settle();
    const added = (await until(() => document.querySelector<HTMLInputElement>('#app [id^="aftercare-own-"][id$="-text"]')))!;
    await type(`#${added.id}`, ADDED);
    await type(`#${added.id.replace(/-text$/, '-to')}`, '10');
    // a refinement interval of the studio's own: 6–8 weeks
    await tick($<HTMLInputElement>('#up-refinement-own'), true);
    await type('#up-refinement-min', '6');
    await type('#up-refinement-max', '8');
    await choose('#up-refinement-unit', 'week');
    expect(document.querySelectorAll('#app .error p').length, 'no problem shown').to.equal(0);
    // the draft stays in this browser
    expect(JSON.parse(localStorage.getItem('lip-widgets-setup:draft')!).name).to.equal(NAME);
  });

  it('plain HTML: the pasted code shows exactly those settings', async () => {
    const [code] = await snippetFor('html');
    expect(code).to.contain('https://cdn.jsdelivr.net/npm/lip-widgets@0/dist/lip-widgets.it.js');
    expect(code, 'reserves the space').to.match(/lip-healing-tracker \{ display: block; min-height: \d+px; \}/);
    await expectOwnerSettings(await pasteIntoPage(code));
  });

  for (const target of ['wp-admin', 'wix', 'squarespace', 'webflow', 'shopify', 'ghost']) {
    it(`${target}: header part and page part together show those settings`, async () => {
      const parts = await snippetFor(target);
      expect(parts.length).to.be.within(1, 2);
      await expectOwnerSettings(await pasteIntoPage(parts.join('\n')));
    });
  }

  it('WordPress author: the div mount survives a kses-like filter and still works', async () => {
    const [admin, author] = await snippetFor('wp-author');
    expect(author).to.not.contain('<lip-');
    expect(author).to.not.contain('<script');
    const filtered = kses(author);
    expect(filtered).to.contain('data-config=');
    await expectOwnerSettings(await pasteIntoPage(`${admin}\n${filtered}`));
  });

  it('the snippet is minimal: nothing that equals a default', async () => {
    const [code] = await snippetFor('html');
    expect(code).to.not.contain('heading-level');
    expect(code).to.not.contain('scheme=');
    expect(code).to.not.contain('"check-up"');
  });

  it('a javascript: booking link shows the message the kit logs, next to the field, and stays out of the code', async () => {
    const bad = 'javascript:alert(1)';
    await type('#booking', bad);
    const err = $('#booking-err');
    expect(err.textContent).to.contain(studioMessages.bookingUrl(bad));
    expect($('#booking').getAttribute('aria-describedby')).to.contain('booking-err');
    expect($('#booking').getAttribute('aria-invalid')).to.equal('true');
    // what <lip-studio> itself says about it
    const said: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => said.push(m);
    const studio = document.createElement('lip-studio');
    studio.setAttribute('booking-url', bad);
    document.body.append(studio);
    await (studio as Lit).updateComplete;
    console.warn = warn;
    studio.remove();
    expect(said).to.include(`<lip-studio>: ${studioMessages.bookingUrl(bad)}`);
    for (const t of ['html', 'wp-author']) expect((await snippetFor(t)).join('\n')).to.not.contain('javascript:');
    await type('#booking', BOOKING);
  });

  it("a refinement interval out of range shows the kit's message and never reaches a snippet", async () => {
    await type('#up-refinement-max', '5000');
    const path = 'config.procedures.lip-blush.upkeep.refinement.after.max';
    const message = studioMessages.ignored({ path, reason: 'expected a number from 0 to 1000' });
    expect($('#up-refinement-err').textContent).to.contain(message);
    // the kit logs the same words for the same value
    const said: string[] = [];
    const error = console.error;
    console.error = (m: string) => said.push(m);
    const studio = document.createElement('lip-studio') as Lit & { config?: unknown };
    studio.config = { procedures: { 'lip-blush': { upkeep: { refinement: { after: { min: 6, max: 5000, unit: 'week' } } } } } };
    document.body.append(studio);
    await studio.updateComplete;
    console.error = error;
    studio.remove();
    expect(said).to.include(`<lip-studio>: ${message}`);
    expect((await snippetFor('html')).join('\n')).to.not.contain('5000');
    await type('#up-refinement-max', '8');
    expect($('#up-refinement-err').textContent!.trim()).to.equal('');
  });

  it('a colour with poor contrast is named next to the field and stays out of the code', async () => {
    await type('#colour-accent', '#f4c2d0');
    await type('#colour-onAccent', '#ffffff');
    const brand = { accent: '#f4c2d0', onAccent: '#ffffff' };
    const failing = contrastChecks(brand).find((c) => !c.ok)!;
    expect($('#colour-onAccent-err').textContent).to.contain(contrastMessage(failing, brand));
    expect($('#colour-onAccent').getAttribute('aria-invalid')).to.equal('true');
    expect((await snippetFor('html')).join('\n')).to.not.contain('--lip-on-accent');
    // the contrast card says it too
    expect($('.contrast').textContent).to.contain('Too faint');
    await type('#colour-onAccent', '');
    await type('#colour-accent', ACCENT);
  });

  it('the SMS link and the QR code: the code decodes back to the aftercare page', async () => {
    await type('#page-url', PAGE);
    const link = `${PAGE}?procedure=lip-blush`;
    expect($('#sms-link').textContent).to.equal(`${link}&appointment={date}`);
    const svgEl = $('svg.qr-code');
    expect(svgEl.getAttribute('data-link')).to.equal(link);
    // the shown SVG, drawn on a canvas, read by a QR decoder
    const text = new XMLSerializer().serializeToString(svgEl);
    const img = new Image();
    const loaded = new Promise((r, j) => ((img.onload = r), (img.onerror = j)));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await loaded;
    const size = 400;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, size, size);
    const data = ctx.getImageData(0, 0, size, size);
    await import('jsqr');
    const decoded = window.jsQR!(data.data, size, size);
    expect(decoded?.data).to.equal(link);
  });

  it('export, reset to the published sources, import', async () => {
    const saved = localStorage.getItem('lip-widgets-setup:draft')!;
    $<HTMLButtonElement>('#reset').click();
    await settle();
    expect(($('#name') as HTMLInputElement).value).to.equal('');
    expect((await snippetFor('html')).join('\n')).to.not.contain('application/json');
    const input = $<HTMLInputElement>('#import-file');
    const dt = new DataTransfer();
    dt.items.add(new File([saved], 'draft.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => ($('#name') as HTMLInputElement).value === NAME);
    expect((await snippetFor('html')).join('\n')).to.contain(ADDED);
  });

  it('offers every language by its own name; Spanish picked, the preview and the pasted code speak Spanish', async () => {
    const options = [...document.querySelectorAll<HTMLOptionElement>('#app #lang option')];
    expect(options.map((o) => [o.value, o.textContent!.trim()])).to.deep.equal([
      ['en', 'English'],
      ...LANGUAGES.map((l) => [l.code, l.name]),
    ]);
    // each name marked as its language, for a screen reader to say it right
    expect(options.map((o) => o.lang)).to.deep.equal(options.map((o) => o.value));
    await choose('#lang', 'es');
    // both frames: the studio in Spanish, the timeline's title in Spanish words
    const words = es['tl.title'].replace('{name}: ', '');
    for (const id of ['pv-phone', 'pv-desktop']) {
      const frame = $<HTMLIFrameElement>(`#${id}`);
      const studio = (await until(() => frame.contentDocument?.querySelector('lip-studio[lang="es"]'), 10000))!;
      expect(frame.contentDocument!.documentElement.lang, id).to.equal('es');
      const timeline = studio.querySelector('lip-touchup-timeline') as Lit;
      await until(() => shadowText(timeline).includes(words), 10000);
      expect(shadowText(timeline), id).to.contain(words);
      expect(shadowText(studio.querySelector('lip-healing-tracker')!), `${id}: tracker`).to.contain(
        es['trk.title'].replace('{name}: ', ''),
      );
    }
    const [code] = await snippetFor('html');
    expect(code).to.contain('/dist/lip-widgets.es.js');
    expect(code).to.contain('Aquí aparece tu guía de cicatrización');
    const doc = await pasteIntoPage(code);
    const timeline = await widget(doc, 'lip-touchup-timeline');
    await until(() => shadowText(timeline).includes(words), 10000);
    await expect($('')).to.be.accessible({ ignoredRules: ['region'] });
    await choose('#lang', 'it');
  });

  it('switches its own words to Italian, and stays accessible with problems shown', async () => {
    await choose('#ui-lang', 'it');
    expect($('h1').textContent).to.equal('Configura i tuoi widget labbra');
    await type('#booking', 'javascript:alert(1)');
    await expect($('')).to.be.accessible({ ignoredRules: ['region'] });
    await type('#booking', BOOKING);
    await choose('#ui-lang', 'en');
  });
});
