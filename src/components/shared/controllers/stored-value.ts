import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { update, type Sanitize, type Store } from '../../../core/storage.js';

/**
 * A widget's stored values (ticks): reads them, follows one key so that a
 * change from another instance or tab updates the host, and writes with the
 * one read-modify-write strategy (`update` in core/storage: read afresh,
 * change, write), so another tab's ticks of other items are kept.
 */
export class StoredValueController implements ReactiveController {
  private unfollow?: () => void;
  private followed?: string;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly store: () => Store,
  ) {
    host.addController(this);
  }

  /** The value under `key`, or undefined (missing, unreadable, refused by `sanitize`). */
  read<T>(key: string, sanitize: Sanitize<T>): T | undefined {
    return this.store().read(key, sanitize);
  }

  /** Read, change, write; true when the result reached storage (else it is kept for this page, and the store says so). */
  update<T>(key: string, sanitize: Sanitize<T>, change: (current: T | undefined) => T | undefined): boolean {
    const saved = update(this.store(), key, sanitize, change);
    this.host.requestUpdate();
    return saved;
  }

  /** Follows one key (a widget's ticks): a change from another instance or tab updates the host. */
  follow(key: string): void {
    if (key === this.followed || !this.host.isConnected) return;
    this.unfollow?.();
    this.followed = key;
    this.unfollow = this.store().subscribe(key, () => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unfollow?.();
    this.unfollow = this.followed = undefined;
  }
}
