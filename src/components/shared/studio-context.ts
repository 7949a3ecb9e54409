import { createContext } from '@lit/context';
import type { ProcedureSet } from '../../core/procedures.js';
import type { ConfigProblem } from '../../core/studio-config.js';

/** What `<lip-studio>` gives every widget inside it. */
export interface StudioSettings {
  readonly name?: string;
  /** The phone as written, and its `tel:` link when it is a usable number. */
  readonly phone?: string;
  readonly phoneUrl?: string;
  /** A safe (https:, mailto:, tel:) booking link. */
  readonly bookingUrl?: string;
  readonly lang?: string;
  /** The private-use subtag of the studio's own catalogs ('lip1' in 'pl-x-lip1'), when it supplied any. */
  readonly scope?: string;
  readonly scheme?: 'light' | 'dark';
  /** Heading level (1–6) of every widget's title inside the studio. */
  readonly headingLevel?: number;
  /** Built-in procedures with the studio's changes, plus its own. */
  readonly procedures: ProcedureSet;
  /** Settings that were ignored, with their path and reason. */
  readonly problems: readonly ConfigProblem[];
}

export const studioContext = createContext<StudioSettings | undefined>(Symbol.for('lip-widgets.studio'));
