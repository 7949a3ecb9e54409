import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/register.js';
import { studioLanguages } from '../test/support/studio-catalogs.js';

type Args = { name: string; phone: string; 'booking-url': string; lang: string; scheme: string; config: string };

const rosa = JSON.stringify({
  procedures: {
    'lip-blush': {
      upkeep: { refinement: { after: { min: 6, max: 6, unit: 'week' } } },
      aftercare: { add: [{ id: 'balm', kind: 'do', text: 'Apply our repair balm', task: true, days: { from: 1, to: 10 } }] },
      warningSigns: { add: [{ id: 'fever', text: 'Fever' }] },
    },
  },
});

const meta: Meta<Args> = {
  title: 'Studio/lip-studio',
  component: 'lip-studio',
  args: { name: 'Studio Rosa', phone: '+39 02 555 0101', 'booking-url': 'https://example.com/book', lang: '', scheme: '', config: rosa },
  argTypes: {
    name: { control: 'text' },
    phone: { control: 'text' },
    'booking-url': { control: 'text', description: 'https:, mailto: or tel: only' },
    lang: { control: 'text', description: 'Empty: the toolbar language' },
    scheme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    config: { control: 'text', description: 'Studio JSON (data overrides)' },
  },
  render: (args) => html`<lip-studio
    name=${args.name}
    phone=${args.phone}
    booking-url=${args['booking-url']}
    lang=${args.lang || nothing}
    scheme=${args.scheme}
    .config=${args.config}
  >
    <lip-touchup-timeline procedure="lip-blush" appointment="2026-03-02" today="2026-03-20"></lip-touchup-timeline>
    <lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10"></lip-healing-tracker>
  </lip-studio>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A Milan studio: its refinement at 6 weeks (shown "per Studio Rosa"), its own balm and warning sign, phone and booking link. */
export const StudioRosa: Story = {};
/** The same studio for Italian clients. */
export const StudioRosaItalian: Story = { args: { lang: 'it' } };
/** A language the kit does not ship, supplied in the studio's JSON (`messages` and `text`): Polish, with its three plural forms ("2–3 lata", "3–5 lat"). */
export const OwnLanguagePolish: Story = {
  args: { lang: 'pl', config: JSON.stringify({ messages: { pl: studioLanguages.messages.pl }, text: { pl: studioLanguages.text.pl } }) },
};
/** Arabic from the studio's JSON: right to left, the timeline drawn mirrored (the appointment at the right). */
export const OwnLanguageArabic: Story = {
  args: {
    lang: 'ar',
    name: 'مركز روزا',
    config: JSON.stringify({ messages: { ar: studioLanguages.messages.ar }, text: { ar: studioLanguages.text.ar } }),
  },
};
/** A dark-themed studio site. */
export const DarkStudio: Story = {
  args: { name: 'Noir Lips', scheme: 'dark', config: '{}' },
  render: (args) => html`<div style="background:#141012;padding:16px">
    <lip-studio name=${args.name} scheme="dark" phone=${args.phone}>
      <lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-10"></lip-prep-checklist>
      <lip-comparison-table></lip-comparison-table>
    </lip-studio>
  </div>`,
};
/** A bold brand: one CSS block of custom properties re-colours every widget. */
export const BoldBrand: Story = {
  args: { name: 'Violet Atelier', config: '{}' },
  render: (args) => html`<div
    style="--lip-accent:#6d28d9;--lip-surface:#fffdf7;--lip-text:#1c1433;--lip-muted:#4b4264;--lip-border:#c4b5fd;--lip-soft:#f3e8ff;--lip-radius:2px;--lip-font:ui-sans-serif,system-ui,sans-serif"
  >
    <lip-studio name=${args.name} scheme="light">
      <lip-comparison-table procedures="lip-blush lip-flip lip-filler"></lip-comparison-table>
      <lip-touchup-timeline procedure="lip-filler" appointment="2026-03-02" today="2026-03-20"></lip-touchup-timeline>
    </lip-studio>
  </div>`,
};
/** The studio's own procedure, used by every widget. */
export const OwnProcedure: Story = {
  args: {
    config: JSON.stringify({
      procedures: {
        'brow-lamination': {
          name: 'Brow lamination',
          lasts: { min: 6, max: 8, unit: 'week' },
          recovery: { spans: { min: 1, max: 2, unit: 'day' } },
          aftercare: { add: [{ id: 'dry', kind: 'avoid', text: 'Wetting your brows', days: { from: 1, to: 2 } }] },
          prep: { add: [{ id: 'no-tint', kind: 'avoid', group: 'days-before', text: 'Brow tinting', daysBefore: { min: 7, max: 7 } }] },
        },
      },
    }),
  },
  render: (args) => html`<lip-studio name=${args.name} .config=${args.config}>
    <lip-comparison-table procedures="lip-flip brow-lamination"></lip-comparison-table>
    <lip-prep-checklist procedure="brow-lamination" appointment="2026-03-20" today="2026-03-10"></lip-prep-checklist>
    <lip-healing-tracker procedure="brow-lamination" appointment="2026-03-20" today="2026-03-21"></lip-healing-tracker>
  </lip-studio>`,
};
/** Broken JSON, a wrong type and a __proto__ key: the built-in data stays, each widget says a setting was ignored, the console names the path. */
export const InvalidJson: Story = {
  args: { config: '{"__proto__":{"polluted":true},"procedures":{"lip-blush":{"lasts":{"min":"two","max":3,"unit":"year"}}}' },
  tags: ['console-error'],
};
/** A javascript: booking link is dropped (console warning), no link is shown. */
export const UnsafeBookingLink: Story = { args: { 'booking-url': 'javascript:alert(1)' } };
