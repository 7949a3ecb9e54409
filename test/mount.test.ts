import { expect } from '@open-wc/testing';
import '../src/register.js';
import { tagFor } from '../src/mount.js';
import { until } from './support/frame.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const boxes: HTMLElement[] = [];
/** A section of the page (not open-wc's fixture: it waits for an animation frame, which a background tab may not get). */
function section(): HTMLElement {
  const box = document.createElement('section');
  document.body.append(box);
  boxes.push(box);
  return box;
}

/** Puts HTML into the page the way a CMS does: as parsed markup. */
async function paste(markup: string): Promise<HTMLElement> {
  const box = section();
  box.innerHTML = markup;
  return box;
}

const widgetIn = (box: Element, tag: string) => until(() => box.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> });

describe('CMS mount: <div data-lip-widget> (RELIABILITY 22)', () => {
  afterEach(() => boxes.splice(0).forEach((b) => b.remove()));

  it('maps data-lip-widget values to tags in any case, with or without the lip- prefix', () => {
    expect(tagFor('comparison-table')).to.equal('lip-comparison-table');
    expect(tagFor(' Healing-Tracker ')).to.equal('lip-healing-tracker');
    expect(tagFor('lip-prep-checklist')).to.equal('lip-prep-checklist');
    expect(tagFor('studio')).to.equal('lip-studio');
    expect(tagFor('<script>')).to.equal(undefined);
    expect(tagFor(null)).to.equal(undefined);
  });

  it('turns a div into the widget with its data-* attributes, replacing the fallback', async () => {
    const box = await paste('<div data-lip-widget="comparison-table" data-procedures="lip-blush lip-flip"><p>Fallback text</p></div>');
    const el = await widgetIn(box, 'lip-comparison-table');
    await el.updateComplete;
    expect(el.getAttribute('procedures')).to.equal('lip-blush lip-flip');
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('Lip blush');
    expect(box.textContent).to.not.contain('Fallback text');
    await expect(el).to.be.accessible();
  });

  it('works inside a <p>, with <br> inserted, with upper-case and valueless attributes', async () => {
    const box = await paste(
      '<p><div DATA-LIP-WIDGET="Comparison-Table" DATA-PROCEDURES="lip-flip lip-filler" data-no-sources><br>\n<p>Fallback</p><br /></div></p>',
    );
    const el = await widgetIn(box, 'lip-comparison-table');
    await el.updateComplete;
    expect(el.hasAttribute('no-sources')).to.equal(true);
    expect(el.shadowRoot!.querySelector('.sources')).to.equal(null);
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('Lip filler');
  });

  it('mounts nodes added later', async () => {
    const box = section();
    const div = document.createElement('div');
    div.setAttribute('data-lip-widget', 'comparison-table');
    box.append(div);
    const el = await widgetIn(box, 'lip-comparison-table');
    expect(el.parentElement).to.equal(div);
  });

  it('mounts again after a theme editor re-renders the section', async () => {
    const markup = '<div data-lip-widget="comparison-table"><p>Fallback</p></div>';
    const box = await paste(markup);
    await widgetIn(box, 'lip-comparison-table');
    box.innerHTML = markup;
    const again = await widgetIn(box, 'lip-comparison-table');
    expect(box.querySelectorAll('lip-comparison-table').length).to.equal(1);
    expect(again.isConnected).to.equal(true);
  });

  it('mounts again when a page builder empties the div and refills it with the fallback', async () => {
    const box = await paste('<div data-lip-widget="comparison-table"><p>Fallback</p></div>');
    const div = box.querySelector('div')!;
    await widgetIn(box, 'lip-comparison-table');
    div.innerHTML = '<p>Fallback</p>';
    await until(() => div.querySelector('lip-comparison-table'));
    expect(div.textContent).to.not.contain('Fallback');
  });

  it('carries a studio on a div: data-name and single-quoted JSON in data-config, nested widget divs inside', async () => {
    const box = await paste(
      `<div data-lip-widget="studio" data-name="Studio Rosa" data-config='{"procedures":{"lip-flip":{"lasts":{"min":3,"max":4,"unit":"month"}}}}'>
        <p><div data-lip-widget="comparison-table"></div></p>
      </div>`,
    );
    const studio = await widgetIn(box, 'lip-studio');
    const table = await widgetIn(studio, 'lip-comparison-table');
    await studio.updateComplete;
    await table.updateComplete;
    expect(studio.getAttribute('name')).to.equal('Studio Rosa');
    const text = table.shadowRoot!.querySelector('tbody')!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('3–4 months');
    expect(text).to.contain('per Studio Rosa');
  });

  it("copies only the widget's own attributes: data-onclick, data-onmouseover and data-style never reach the element", async () => {
    window.__pwned = undefined;
    const box = await paste(
      '<div data-lip-widget="healing-tracker" data-procedure="lip-blush" data-onclick="window.__pwned=1" data-onmouseover="window.__pwned=1" data-onfocus="window.__pwned=1" data-tabindex="0" data-autofocus data-style="display:none" data-class="x"></div>',
    );
    const el = await widgetIn(box, 'lip-healing-tracker');
    await el.updateComplete;
    expect(el.getAttributeNames().sort()).to.deep.equal(['data-lip-widget-root', 'procedure']);
    el.click();
    el.dispatchEvent(new MouseEvent('mouseover'));
    expect(window.__pwned).to.equal(undefined);
    expect(getComputedStyle(el).display).to.equal('block');
  });

  it('names an unknown widget in the console and leaves the fallback', async () => {
    const seen: string[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => void seen.push(a.join(' '));
    try {
      const box = await paste('<div data-lip-widget="lip-gloss"><p>Fallback</p></div>');
      await until(() => box.querySelector('[data-lip-mounted]'));
      expect(box.textContent).to.contain('Fallback');
      expect(seen.some((m) => m.includes('"lip-gloss"'))).to.equal(true);
    } finally {
      console.error = original;
    }
  });
});
