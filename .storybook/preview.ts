import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import accents from './accents.json';
import '../src/register.js';
import { pasteSnippet } from '../stories/support.js';
import { studioLanguages } from '../test/support/studio-catalogs.js';

// Every language the kit has (src/lang/<code>.ts registers itself), so the
// language toolbar shows each one; a page picks one script per language set
// (dist/lip-widgets.js is English only, dist/lip-widgets.<code>.js adds one).
// Loaded by a loader before every story: an eager glob of modules that export
// nothing is dropped by the bundler.
const langModules = import.meta.glob('../src/lang/*.ts');
// A language module is named by its BCP 47 tag (as rollup.config.mjs's LANGS
// reads them); src/lang/pack.ts, the language scripts' unpacking, is none.
const langs = [
  'en',
  ...Object.keys(langModules)
    .map((f) => /([^/]+)\.ts$/.exec(f)![1])
    .filter((code) => /^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(code))
    .sort(),
];
let langsLoaded: Promise<unknown> | undefined;
const loadLangs = async () => {
  langsLoaded ??= Promise.all(Object.values(langModules).map((load) => load()));
  await langsLoaded;
  return {};
};
/** A language's own name ("Italiano"), for the toolbar. */
const ownName = (code: string) => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};
const studioLangs = ['pl', 'ar'] as const;
const languageItems = [
  ...langs.map((code) => ({ value: code, title: ownName(code) })),
  ...studioLangs.map((code) => ({ value: code, title: `${ownName(code)} (studio catalog${code === 'ar' ? ', right to left' : ''})` })),
];
/** The studio JSON that supplies a language the kit does not ship, for the toolbar's studio languages. */
const studioConfig = (lang: string) =>
  (studioLangs as readonly string[]).includes(lang)
    ? { messages: { [lang]: studioLanguages.messages[lang as 'pl' | 'ar'] }, text: { [lang]: studioLanguages.text[lang as 'pl' | 'ar'] } }
    : undefined;

type Member = { name: string; privacy?: string; static?: boolean; readonly?: boolean };
type Decl = { members?: Member[]; cssProperties?: { name: string }[]; events?: { name: string }[] };
/** The docs tables show the public contract only: no private, protected or static members. */
const publicOnly = {
  ...manifest,
  modules: manifest.modules.map((m) => ({
    ...m,
    declarations: (m.declarations as Decl[] | undefined)?.map((d) => ({
      ...d,
      members: d.members?.filter((x) => !x.privacy && !x.static && !x.name.startsWith('_')),
    })),
  })),
};
setCustomElementsManifest(publicOnly);

/** Read-only members (procedureId, locale…) and events are documented but get no control: there is nothing to set. */
const decls = manifest.modules.flatMap((m) => (m.declarations as Decl[] | undefined) ?? []);
const readOnly = Object.fromEntries(
  [...decls.flatMap((d) => d.members ?? []).filter((x) => x.readonly), ...decls.flatMap((d) => d.events ?? [])].map(
    (x) => [x.name, { control: false }] as const,
  ),
);

/** Three sample studio brands, applied with the kit's documented custom properties only. */
const themes: Record<string, { label: string; scheme: '' | 'light' | 'dark'; style: string }> = {
  light: { label: 'Light (no theme)', scheme: 'light', style: '' },
  dark: {
    label: 'Dark',
    scheme: 'dark',
    style: 'background:#141012;padding:16px;',
  },
  bold: {
    label: 'Bold brand',
    scheme: 'light',
    style:
      '--lip-accent:#6d28d9;--lip-surface:#fffdf7;--lip-text:#1c1433;--lip-muted:#4b4264;--lip-border:#c4b5fd;--lip-soft:#f3e8ff;--lip-radius:2px;--lip-font:ui-sans-serif,system-ui,sans-serif;',
  },
};

const withStudioTheme: Decorator = (story, context) => {
  const theme = themes[context.globals.theme as string] ?? themes.light;
  const lang = (context.globals.lang as string) || 'en';
  // A studio that sets only its brand colour: `--lip-accent` and nothing else (the stories check runs every story so).
  const accent = /^[0-9a-f]{6}$/i.test(String(context.globals.accent ?? '')) ? `--lip-accent:#${context.globals.accent};` : '';
  // Theme-token controls (the CSS custom properties of the manifest) apply on top of the toolbar theme.
  const tokens =
    accent +
    Object.entries(context.args)
      .filter(([k, v]) => k.startsWith('--lip-') && typeof v === 'string' && v.trim())
      .map(([k, v]) => `${k}:${v};`)
      .join('');
  // The page around a dark-themed story is dark too, as on a dark studio site.
  // (its own text, such as a story's host-page heading, is light on it).
  document.body.style.background = theme.scheme === 'dark' ? '#141012' : '';
  document.body.style.color = theme.scheme === 'dark' ? '#f3eaed' : '';
  return html`<div style=${theme.style + tokens} lang=${lang}>
    <lip-studio scheme=${theme.scheme} lang=${lang} .config=${studioConfig(lang)}>${story()}</lip-studio>
  </div>`;
};

const color = { control: 'color', table: { category: 'theme tokens' } } as const;
const text = { control: 'text', table: { category: 'theme tokens' } } as const;

const preview: Preview = {
  tags: ['autodocs'],
  // Every documented theme token as a control; the decorator applies what is set.
  argTypes: {
    ...readOnly,
    '--lip-accent': color,
    '--lip-surface': color,
    '--lip-text': color,
    '--lip-muted': color,
    '--lip-border': color,
    '--lip-soft': color,
    '--lip-radius': text,
    '--lip-space': text,
    '--lip-font': text,
  },
  decorators: [withStudioTheme],
  globalTypes: {
    theme: {
      description: 'Sample studio theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(themes).map(([value, t]) => ({ value, title: t.label })),
        dynamicTitle: true,
      },
    },
    accent: {
      description: 'A studio that sets only --lip-accent (on top of the theme)',
      toolbar: {
        title: 'Accent',
        icon: 'paintbrush',
        items: [{ value: 'none', title: 'Default tokens' }, ...accents],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: languageItems,
        dynamicTitle: true,
      },
    },
  },
  loaders: [loadLangs],
  initialGlobals: { theme: 'light', accent: 'none', lang: 'en' },
  parameters: {
    controls: { expanded: true },
    // "Show code": what a studio pastes (the script tag and the element), not the decorator's wrapper or `today`.
    docs: { source: { excludeDecorators: true, transform: (code: string) => pasteSnippet(code) } },
    viewport: {
      options: {
        phone: { name: 'Phone 320', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        tablet: { name: 'Tablet 768', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop: { name: 'Desktop 1280', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
      },
    },
  },
};
export default preview;
