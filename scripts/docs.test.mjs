// The README and Storybook's "Add it to your site" page say the same things,
// and the README's events table lists what the manifest says the widgets fire.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const read = (p) => readFileSync(new URL(`../${p}`, import.meta.url), 'utf8');
const readme = read('README.md');
const guide = read('stories/add-to-your-site.mdx');

/** The text of a `##`/`###` section of the README, up to the next heading of the same or a higher level. */
function section(title) {
  const start = readme.search(new RegExp(`^#{2,3} ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
  assert.ok(start >= 0, `README has a "${title}" section`);
  const level = /^#+/.exec(readme.slice(start))[0].length;
  const rest = readme.slice(readme.indexOf('\n', start));
  const end = rest.search(new RegExp(`^#{2,${level}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}
const cssBlock = (text) => /```css\n([\s\S]*?)```/.exec(text)?.[1];

test('the README has the sections a user looks for', () => {
  for (const title of [
    'Install',
    'Use it with a framework',
    'Editors and TypeScript',
    'Add it to a site: CMS guides',
    'Browser support',
    'Events',
    'Theming',
    'Changelog, contributing, licence',
    'Licence',
  ]) {
    section(title);
  }
  for (const framework of ['React 19', 'Vue 3', 'Svelte', 'Angular', 'Plain HTML'])
    assert.ok(section('Use it with a framework').includes(`**${framework}`), framework);
  assert.match(section('Use it with a framework'), /isCustomElement/);
  assert.match(section('Use it with a framework'), /CUSTOM_ELEMENTS_SCHEMA/);
});

test('the CMS guide covers the same platforms in the README and in Storybook, with the same script and space reservation', () => {
  const cms = section('Add it to a site: CMS guides');
  for (const platform of [
    'WordPress, administrator',
    'WordPress, Author or Contributor',
    'Wix',
    'Squarespace',
    'Webflow',
    'Shopify',
    'Ghost',
  ]) {
    assert.ok(cms.includes(`**${platform}**`), `README: ${platform}`);
    assert.ok(guide.includes(`**${platform}**`), `Storybook: ${platform}`);
  }
  const script = /<script src="(https:\/\/cdn[^"]+)" defer><\/script>/;
  assert.equal(script.exec(guide)?.[1], script.exec(cms)?.[1], 'the same CDN script');
  assert.equal(script.exec(section('Install'))?.[1], script.exec(cms)?.[1], 'the same CDN script as under Install');
  const reserve = cssBlock(section('Reserving space'));
  assert.ok(reserve && /min-height/.test(reserve), 'README reserves space');
  assert.equal(cssBlock(guide.slice(guide.indexOf('## Reserving space'))), reserve, 'Storybook reserves the same space');
});

test('the README events table lists every event of the manifest, on the right element', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const rows = section('Events')
    .split('\n')
    .filter((l) => /^\| `/.test(l))
    .map((l) => l.split('|').map((c) => c.trim()));
  const short = { 'lip-touchup-timeline': 'timeline', 'lip-healing-tracker': 'tracker', 'lip-prep-checklist': 'checklist' };
  for (const el of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    for (const ev of el.events ?? []) {
      const row = rows.find((r) => r[1] === `\`${ev.name}\`` && (r[2].includes(`<${el.tagName}>`) || r[2].includes(short[el.tagName])));
      assert.ok(row, `README's events table has ${ev.name} from <${el.tagName}>`);
      // Every field of the manifest's detail type is named in the table's detail column.
      const fields = [...ev.type.text.matchAll(/(\w+)\??:/g)].map((m) => m[1]);
      for (const f of fields) assert.ok(row[4].includes(f), `${ev.name} on <${el.tagName}>: detail field ${f}`);
    }
  }
});

test('every file the README or CONTRIBUTING links to is in the repository', () => {
  for (const text of [readme, read('CONTRIBUTING.md')]) {
    for (const [, target] of text.matchAll(/\]\(([^)#:]+)\)/g)) assert.ok(existsSync(new URL(`../${target}`, import.meta.url)), target);
    for (const [name] of text.matchAll(/\b[A-Z][A-Z_-]+\.md\b/g))
      assert.ok(existsSync(new URL(`../${name}`, import.meta.url)), `${name} exists`);
  }
});

test("the setup page reserves the README's heights, tier by tier", () => {
  const reserve = cssBlock(section('Reserving space'));
  const model = read('configurator/model.ts');
  for (const w of ['comparison-table', 'prep-checklist', 'healing-tracker', 'touchup-timeline']) {
    const tiers = new RegExp(`'${w}': \\[(\\d+), (\\d+), (\\d+), (\\d+)\\]`).exec(model)?.slice(1);
    assert.ok(tiers, `the setup page reserves ${w}`);
    const readme = [...reserve.matchAll(new RegExp(`lip-${w}\\s*\\{ min-height: (\\d+)px; \\}`, 'g'))].map((m) => m[1]);
    // The README lists a tier only where the height changes; the tracker's last tier repeats the one before.
    assert.deepEqual(
      tiers.filter((h, i) => i === 0 || h !== tiers[i - 1]),
      readme,
      `${w}: the same heights`,
    );
  }
});
