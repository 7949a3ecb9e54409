import { css } from 'lit';

/**
 * Tick rows: a box drawn by the kit over a native checkbox, which stays in
 * place (transparent, the full size of the box) for the keyboard, screen
 * readers and taps.
 *
 *   <div class="tick-row">
 *     <span class="tick"><input type="checkbox" id="c1" /><span class="tick-box" aria-hidden="true">${icon('check')}</span></span>
 *     <div class="tick-text"><label for="c1">…</label> …</div>
 *   </div>
 *
 * or, for a box with a short label (the massage's "1" … "4"):
 *
 *   <label class="tick-chip"><span class="tick"><input type="checkbox" /><span class="tick-box" aria-hidden="true">…</span></span>1</label>
 *
 * The box is `max(24px, 1.5em)` square and never shrinks (`flex: none`):
 * the same on every row whatever the label's wrap, larger with larger text.
 * Tokens: `--lip-tick-size` (the box's em size), `--_accent`, `--_on-accent`,
 * `--_muted`, `--_surface`, `--lip-focus`.
 */
export const tickStyles = css`
  .tick-row {
    display: flex;
    align-items: flex-start;
    gap: 12px;
    padding: 8px 0;
  }
  .tick {
    --_tick: max(24px, var(--lip-tick-size, 1.5em));
    position: relative;
    display: inline-grid;
    flex: none;
    inline-size: var(--_tick);
    block-size: var(--_tick);
    min-inline-size: var(--_tick);
    margin-block-start: max(0px, calc((1.5em - var(--_tick)) / 2));
  }
  .tick input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
    z-index: 1;
  }
  .tick input:disabled {
    cursor: not-allowed;
  }
  .tick-box {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    border: 2px solid var(--_muted);
    border-radius: 6px;
    background: var(--_surface);
    color: var(--_on-accent, #fff);
    transition: background-color .15s ease-out, border-color .15s ease-out, transform .15s ease-out;
  }
  .tick-box .icon {
    inline-size: 80%;
    block-size: 80%;
    stroke-width: 2.5;
    stroke-dasharray: 20;
    stroke-dashoffset: 20;
    opacity: 0;
    transition: stroke-dashoffset .2s ease-out .05s, opacity 0s .05s;
  }
  .tick input:hover:not(:disabled) + .tick-box {
    border-color: var(--_accent);
  }
  .tick input:checked + .tick-box {
    background: var(--_accent);
    border-color: var(--_accent);
    animation: lip-tick-pop .25s ease-out;
  }
  .tick input:checked + .tick-box .icon {
    stroke-dashoffset: 0;
    opacity: 1;
  }
  .tick input:focus-visible + .tick-box {
    outline: 3px solid var(--lip-focus, var(--_accent));
    outline-offset: 2px;
  }
  .tick input:disabled + .tick-box {
    opacity: .45;
  }
  .tick-text {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .tick-text label {
    cursor: pointer;
  }
  .tick-row:has(input:checked) .tick-text label {
    color: var(--_muted);
  }
  .tick-chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-block-size: 44px;
    padding-inline-end: 8px;
    cursor: pointer;
  }
  @keyframes lip-tick-pop {
    50% {
      transform: scale(1.12);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .tick-box,
    .tick-box .icon {
      transition: none;
      animation: none;
    }
    .tick input:checked + .tick-box {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .tick-box {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: Canvas;
    }
    .tick input:checked + .tick-box {
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .tick input:disabled + .tick-box {
      border-color: GrayText;
      opacity: 1;
    }
    .tick input:focus-visible + .tick-box {
      outline-color: Highlight;
    }
  }
  @media print {
    .tick-box {
      print-color-adjust: exact;
    }
  }
`;
