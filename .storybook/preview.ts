import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/register.js';

setCustomElementsManifest(manifest);

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
  return html`<div style=${theme.style} lang=${lang}>
    <lip-studio scheme=${theme.scheme} lang=${lang}>${story()}</lip-studio>
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
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
    lang: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'it', title: 'Italiano' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', lang: 'en' },
  parameters: {
    controls: { expanded: true },
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
