import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/register.js';

type Args = { procedures: string; 'no-sources': boolean; lang: string };

const meta: Meta<Args> = {
  title: 'Widgets/Comparison table',
  component: 'lip-comparison-table',
  args: { procedures: 'lip-flip lip-filler', 'no-sources': false, lang: '' },
  argTypes: {
    procedures: { control: 'text', description: 'Space-separated ids of 2–3 procedures' },
    'no-sources': { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['', 'en', 'it'], description: 'Empty: the toolbar language' },
  },
  render: (args) =>
    html`<lip-comparison-table procedures=${args.procedures} ?no-sources=${args['no-sources']} lang=${args.lang || nothing}></lip-comparison-table>`,
};
export default meta;
type Story = StoryObj<Args>;

export const FlipVersusFiller: Story = {};
export const AllThree: Story = { args: { procedures: 'lip-blush lip-flip lip-filler' } };
export const BlushVersusFiller: Story = { args: { procedures: 'lip-blush lip-filler' } };
export const WithoutSources: Story = { args: { 'no-sources': true } };
/** Logs a console error for the page author on purpose. */
export const UnknownProcedure: Story = { args: { procedures: 'lip-flip lip-plumper' }, tags: ['console-error'] };
export const OneProcedureOnly: Story = { args: { procedures: 'lip-blush' } };
/** A 320 px column: one card per aspect, short values side by side, the others named by procedure. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-width:320px"><lip-comparison-table procedures=${args.procedures} lang=${args.lang || nothing}></lip-comparison-table></div>`,
};
/** Three procedures in a 390 px column, in Italian (longer words): cards, each value named by its procedure. */
export const NarrowThreeItalian: Story = {
  args: { lang: 'it', procedures: 'lip-blush lip-flip lip-filler' },
  render: (args) =>
    html`<div style="max-width:390px"><lip-comparison-table procedures=${args.procedures} lang=${args.lang || nothing}></lip-comparison-table></div>`,
};
/** A narrow sidebar of a wide page: the layout follows the widget's own width (a container query), not the window's. */
export const SidebarOnWidePage: Story = {
  render: (args) =>
    html`<div style="display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:24px">
      <p>Main page content…</p>
      <lip-comparison-table procedures=${args.procedures} lang=${args.lang || nothing}></lip-comparison-table>
    </div>`,
};
/** Text at 200 %: the cards come back at widths where the table would have fit at 100 %. */
export const LargeText: Story = {
  render: (args) =>
    html`<div style="font-size:200%"><lip-comparison-table procedures=${args.procedures} lang=${args.lang || nothing}></lip-comparison-table></div>`,
};
/** Heading level 3 under a host page's h2. */
export const HeadingLevel3: Story = {
  render: (args) =>
    html`<h2>Our treatments</h2>
      <lip-comparison-table procedures=${args.procedures} heading-level="3" lang=${args.lang || nothing}></lip-comparison-table>`,
};
/** Italian interface and data text (the quotes stay in the sources' own words). */
export const Italian: Story = { args: { lang: 'it', procedures: 'lip-blush lip-flip lip-filler' } };
/** Right-to-left page direction. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl"><lip-comparison-table procedures=${args.procedures}></lip-comparison-table></div>`,
};
