import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/register.js';
import { blockedStore, memoryStore, dateWidgetStories, type DateArgs } from './support.js';

const meta: Meta<DateArgs> = {
  title: 'Widgets/Healing tracker',
  component: 'lip-healing-tracker',
  ...dateWidgetStories('lip-healing-tracker', { procedure: 'lip-blush', appointment: '2026-03-02', today: '2026-03-10' }),
};
export default meta;
type Story = StoryObj<DateArgs>;

/** Day 9 of 42–56: what is normal, what to avoid, the daily cream task, and where the sources differ on water. */
export const LipBlush: Story = {};
/** The appointment day: swollen, darker lips. */
export const LipBlushDayOne: Story = { args: { today: '2026-03-02' } };
/** Day 2 after a flip: sleep on the back, no smoking or rubbing; full effect at about 10–14 days. */
export const LipFlip: Story = { args: { procedure: 'lip-flip', today: '2026-03-03' } };
/** Day 2 after filler: the massage counts 0/4 … 4/4. */
export const LipFiller: Story = { args: { procedure: 'lip-filler', today: '2026-03-03' } };
/** Three days before: a countdown and a pointer to the checklist. */
export const BeforeAppointment: Story = { args: { today: '2026-02-27' } };
/** Past the healing span: healed, and the next return visit with its date. */
export const Healed: Story = { args: { today: '2026-05-01' } };
/** No date known: the client enters it (kept in the browser, shared with the timeline and checklist). */
export const WithoutDate: Story = { args: { appointment: '' } };
/** Author mistakes: a friendly notice in the widget and a console message naming the value. */
export const BadDate: Story = { args: { appointment: '2026-02-30' }, tags: ['console-error'] };
export const DayFirstDate: Story = { args: { appointment: '10/03/2026' }, tags: ['console-error'] };
export const FiveYearsAhead: Story = { args: { appointment: '2031-03-10' }, tags: ['console-error'] };
export const UnknownProcedure: Story = { args: { procedure: 'lip-plumper' }, tags: ['console-error'] };
export const WithoutSources: Story = { args: { 'no-sources': true } };
export const Italian: Story = { args: { lang: 'it' } };
export const Narrow: Story = {
  render: (args) =>
    html`<div style="max-width:320px">
      <lip-healing-tracker procedure=${args.procedure} appointment=${args.appointment} today=${args.today}></lip-healing-tracker>
    </div>`,
};
export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl"><lip-healing-tracker procedure=${args.procedure} appointment=${args.appointment} today=${args.today}></lip-healing-tracker></div>`,
};
/** Long text: a studio's own step with long words, on a narrow screen. */
export const LongText: Story = {
  render: (args) =>
    html`<div style="max-width:320px">
      <lip-studio name="Studio Rosa">
        <script type="application/json">
          { "procedures": { "lip-blush": { "aftercare": { "add": [{ "id": "long", "kind": "do", "task": true, "text": "Dab the prescribed antibacterial ointment very thinly over the whole lip area after every meal and before sleeping, then let it absorb" }] } } } }
        </script>
        <lip-healing-tracker procedure="lip-blush" appointment=${args.appointment} today=${args.today}></lip-healing-tracker>
      </lip-studio>
    </div>`,
};
/** Inside <lip-studio phone>: "contact your studio" with a tel: link. */
export const InsideStudio: Story = {
  render: (args) =>
    html`<lip-studio name="Studio Rosa" phone="+39 02 555 0101">
      <lip-healing-tracker procedure="lip-filler" appointment=${args.appointment} today="2026-03-03"></lip-healing-tracker>
    </lip-studio>`,
};
/** A studio's own procedure: its own span, notes and a repeated task. */
export const StudioProcedure: Story = {
  render: (args) =>
    html`<lip-studio name="Studio Rosa">
      <script type="application/json">
        { "procedures": { "lip-hydra": { "name": "Lip hydra-facial",
          "recovery": { "kind": "healed", "spans": [{ "min": 2, "max": 3, "unit": "day" }] },
          "expect": { "add": [{ "id": "tight", "text": "Lips feel tight", "days": { "from": 1, "to": 1 } }] },
          "aftercare": { "add": [{ "id": "balm", "kind": "do", "task": true, "timesPerDay": { "min": 2, "max": 2 }, "text": "Balm" }] } } } }
      </script>
      <lip-healing-tracker procedure="lip-hydra" appointment=${args.appointment} today="2026-03-02"></lip-healing-tracker>
    </lip-studio>`,
};

/** Early in healing (Day 3). */
export const EarlyHealing: Story = { args: { today: '2026-03-04' } };
/** Middle of healing (Day 25). */
export const MiddleOfHealing: Story = { args: { today: '2026-03-26' } };
/** Late in healing (Day 50, inside the 42–56 window). */
export const LateHealing: Story = { args: { today: '2026-04-20' } };
/** Today's tasks already ticked (the filler massage at 3/4). */
export const TasksTicked: Story = {
  render: () =>
    html`<lip-healing-tracker
      procedure="lip-filler"
      appointment="2026-03-02"
      today="2026-03-03"
      .store=${memoryStore({ 'ticks:lip-filler:2026-03-02': { 2: { massage: 3 } } })}
    ></lip-healing-tracker>`,
};
/** Storage blocked (a sandboxed embed): ticks last for the visit and the widget says so. */
export const StorageUnavailable: Story = {
  render: () =>
    html`<lip-healing-tracker procedure="lip-blush" appointment="2026-03-02" today="2026-03-10" .store=${blockedStore()}></lip-healing-tracker>`,
};
/** Under a page's h2: `heading-level="3"` makes the title an h3 and its sections h4. */
export const HeadingLevel: Story = {
  render: (args) =>
    html`<h2>Aftercare</h2>
      <lip-healing-tracker heading-level="3" procedure=${args.procedure} appointment=${args.appointment} today=${args.today}></lip-healing-tracker>`,
};
/** 200 % text on a phone: tick boxes grow with the text and stay equal; the day line wraps only between "Day 9" and "of about 42–56". */
export const LargeText: Story = {
  render: (args) =>
    html`<div style="max-width:390px;font-size:200%">
      <lip-healing-tracker procedure="lip-filler" appointment=${args.appointment} today="2026-03-03"></lip-healing-tracker>
    </div>`,
};
