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
export const Narrow: Story = {
  render: (args) => html`<div style="max-width:320px"><lip-comparison-table procedures=${args.procedures}></lip-comparison-table></div>`,
};
/** Italian interface and data text (the quotes stay in the sources' own words). */
export const Italian: Story = { args: { lang: 'it', procedures: 'lip-blush lip-flip lip-filler' } };
/** Right-to-left page direction. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl"><lip-comparison-table procedures=${args.procedures}></lip-comparison-table></div>`,
};
