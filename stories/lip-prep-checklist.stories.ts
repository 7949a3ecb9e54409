import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/register.js';
import { procedures } from '../src/data/procedures.js';
import { blockedStore, memoryStore, dateWidgetStories, type DateArgs } from './support.js';

const meta: Meta<DateArgs> = {
  title: 'Widgets/Prep checklist',
  component: 'lip-prep-checklist',
  ...dateWidgetStories('lip-prep-checklist', { procedure: 'lip-blush', appointment: '2026-03-20', today: '2026-03-01' }),
};
export default meta;
type Story = StoryObj<DateArgs>;

export const LipBlush: Story = {};
export const LipFlip: Story = { args: { procedure: 'lip-flip' } };
export const LipFiller: Story = { args: { procedure: 'lip-filler' } };
/** The client has not entered a date: a date form, and "3–4 days before" instead of dates. */
export const WithoutDate: Story = { args: { appointment: '' } };
/** Three weeks before: the four-week wait has passed unticked and says so, gently. */
export const TimeHasPassed: Story = { args: { today: '2026-02-27' } };
export const AppointmentDay: Story = { args: { today: '2026-03-20' } };
export const WithoutSources: Story = { args: { 'no-sources': true } };
export const UnknownProcedure: Story = { args: { procedure: 'lip-plumper' }, tags: ['console-error'] };
export const BadDate: Story = { args: { appointment: '2026-02-30' }, tags: ['console-error'] };
export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-width:320px">
      <lip-prep-checklist procedure=${args.procedure} appointment=${args.appointment} today=${args.today}></lip-prep-checklist>
    </div>`,
};
export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl"><lip-prep-checklist procedure=${args.procedure} appointment=${args.appointment} today=${args.today}></lip-prep-checklist></div>`,
};
/** Inside <lip-studio>: the studio's own step ("per Studio Rosa") and its name on the printout. */
export const InsideStudio: Story = {
  render: (args) =>
    html`<lip-studio name="Studio Rosa">
      <script type="application/json">
        { "procedures": { "lip-flip": { "prep": { "add": [{ "id": "consult", "kind": "do", "group": "weeks-before", "daysBefore": { "min": 14, "max": 14 }, "text": "Book your free consultation" }] } } } }
      </script>
      <lip-prep-checklist procedure="lip-flip" appointment=${args.appointment} today=${args.today}></lip-prep-checklist>
    </lip-studio>`,
};
/** A studio's own procedure with its own steps. */
export const StudioProcedure: Story = {
  render: (args) =>
    html`<lip-studio name="Studio Rosa">
      <script type="application/json">
        { "procedures": { "lip-hydra": { "name": "Lip hydra-facial", "prep": { "add": [
          { "id": "balm", "kind": "do", "group": "days-before", "daysBefore": { "min": 2, "max": 3 }, "text": "Balm twice a day" },
          { "id": "gloss", "kind": "avoid", "group": "day-of", "text": "Lip gloss" }
        ] } } } }
      </script>
      <lip-prep-checklist procedure="lip-hydra" appointment=${args.appointment} today=${args.today}></lip-prep-checklist>
    </lip-studio>`,
};

const withTicks = (ids: string[]) =>
  html`<lip-prep-checklist
    procedure="lip-blush"
    appointment="2026-03-20"
    today="2026-03-18"
    .store=${memoryStore({ 'prep:lip-blush:2026-03-20': ids })}
  ></lip-prep-checklist>`;

/** Three items ticked (from the client's earlier visits). */
export const PartlyTicked: Story = { render: () => withTicks(['wait', 'doctor', 'healed-photos']) };
/** Every item ticked: "14 of 14 done". */
export const Complete: Story = {
  render: () => withTicks((procedures['lip-blush'].prep ?? []).map((p) => p.id)),
};
/** Storage blocked (a sandboxed embed): ticking works for the visit and the widget says it is not saving. */
export const StorageUnavailable: Story = {
  render: () =>
    html`<lip-prep-checklist procedure="lip-flip" appointment="2026-03-20" today="2026-03-10" .store=${blockedStore()}></lip-prep-checklist>`,
};
/** Under a page's h2: `heading-level="3"` makes the title an h3. */
export const HeadingLevel: Story = {
  render: (args) =>
    html`<h2>Before your visit</h2>
      <lip-prep-checklist heading-level="3" procedure=${args.procedure} appointment=${args.appointment} today=${args.today}></lip-prep-checklist>`,
};
/** 200 % text on a phone: tick boxes grow with the text and stay equal on every row. */
export const LargeText: Story = {
  render: (args) =>
    html`<div style="max-width:390px;font-size:200%">
      <lip-prep-checklist procedure=${args.procedure} appointment=${args.appointment} today=${args.today}></lip-prep-checklist>
    </div>`,
};
/** On a host page: Print from the checklist's button prints the checklist alone, not the text around it. */
export const OnAHostPage: Story = {
  render: (args) =>
    html`<p>Our studio's opening hours and news: none of this is printed by the checklist's Print button.</p>
      <lip-prep-checklist procedure=${args.procedure} appointment=${args.appointment} today=${args.today}></lip-prep-checklist>
      <p>More of the host page.</p>`,
};
