import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/register.js';
import { dateWidgetStories, type DateArgs } from './support.js';

const meta: Meta<DateArgs> = {
  title: 'Widgets/Touch-up timeline',
  component: 'lip-touchup-timeline',
  ...dateWidgetStories('lip-touchup-timeline', { procedure: 'lip-blush', appointment: '2026-03-02', today: '2026-04-20' }),
};
export default meta;
type Story = StoryObj<DateArgs>;

/** Healing now: the first session and refinement done, fading bands from three sources, the yearly booster. */
export const LipBlush: Story = {};
/** Full effect at 10–14 days, wearing off at 8–12 weeks (and “2 to 3 months” as its own band), the repeat injection. */
export const LipFlip: Story = { args: { procedure: 'lip-flip', today: '2026-03-14' } };
/** The massage week and the touch-up window 3–12 months on. */
export const LipFiller: Story = { args: { procedure: 'lip-filler', today: '2026-03-05' } };
/** No date yet: relative times ("6–8 weeks after your appointment") and the date input. */
export const WithoutDate: Story = { args: { appointment: '' } };
/** Before the appointment: the today marker comes first. */
export const BeforeAppointment: Story = { args: { today: '2026-02-20' } };
/** Years later: everything done but the fading bands; the booster moved on to its next year. */
export const YearsLater: Story = { args: { today: '2027-06-01' } };
/** Every visit over: no “Add to calendar”. */
export const AllDone: Story = { args: { procedure: 'lip-flip', today: '2026-07-01' } };
export const WithoutSources: Story = { args: { 'no-sources': true } };
export const Italian: Story = { args: { lang: 'it' } };
export const UnknownProcedure: Story = { args: { procedure: 'lip-plumper' }, tags: ['console-error'] };
export const BadDate: Story = { args: { appointment: '2026-02-30' }, tags: ['console-error'] };
/** Phone width: the vertical rail, time flowing down, bands beside the list. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-width:320px">
      <lip-touchup-timeline procedure=${args.procedure} appointment=${args.appointment || nothing} today=${args.today}></lip-touchup-timeline>
    </div>`,
};
/** Wide: one row per event on a shared axis (weeks, months, years), a lane per source where sources disagree. */
export const Wide: Story = {
  render: (args) =>
    html`<div style="max-width:960px">
      <lip-touchup-timeline procedure=${args.procedure} appointment=${args.appointment || nothing} today=${args.today}></lip-touchup-timeline>
    </div>`,
};
/** Just under the switch to the horizontal picture (about 560 px of widget). */
export const Medium: Story = {
  render: (args) =>
    html`<div style="max-width:540px">
      <lip-touchup-timeline procedure=${args.procedure} appointment=${args.appointment || nothing} today=${args.today}></lip-touchup-timeline>
    </div>`,
};
/** A studio's own refinement at 6 weeks: drawn where the studio puts it, "per Studio Rosa". */
export const StudioFigures: Story = {
  render: (args) =>
    html`<lip-studio name="Studio Rosa">
      <script type="application/json">
        { "procedures": { "lip-blush": { "upkeep": { "refinement": { "after": { "min": 6, "max": 6, "unit": "week" } } } } } }
      </script>
      <lip-touchup-timeline procedure="lip-blush" appointment=${args.appointment || nothing} today=${args.today}></lip-touchup-timeline>
    </lip-studio>`,
};
export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl">
      <lip-touchup-timeline procedure=${args.procedure} appointment=${args.appointment || nothing} today=${args.today}></lip-touchup-timeline>
    </div>`,
};
/** Inside <lip-studio>: the studio’s own check-up two weeks on, “per Studio Rosa”, also in the calendar file. */
export const InsideStudio: Story = {
  render: (args) =>
    html`<lip-studio name="Studio Rosa">
      <script type="application/json">
        { "procedures": { "lip-flip": { "upkeep": { "check": { "text": "Check-up", "kind": "check-up", "after": { "min": 2, "max": 2, "unit": "week" } } } } } }
      </script>
      <lip-touchup-timeline procedure="lip-flip" appointment=${args.appointment || nothing} today="2026-03-05"></lip-touchup-timeline>
    </lip-studio>`,
};
/** A studio's own procedure, from its data alone. */
export const StudioProcedure: Story = {
  render: (args) =>
    html`<lip-studio name="Studio Rosa">
      <script type="application/json">
        { "procedures": { "lip-hydra": { "name": "Lip hydra-facial", "lasts": { "min": 4, "max": 6, "unit": "week" },
          "upkeep": { "again": { "text": "Next hydra-facial", "kind": "repeat", "after": { "min": 4, "max": 6, "unit": "week" } } } } } }
      </script>
      <lip-touchup-timeline procedure="lip-hydra" appointment=${args.appointment || nothing} today=${args.today}></lip-touchup-timeline>
    </lip-studio>`,
};
