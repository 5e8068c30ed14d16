/** The rehearsal ran past `rehearsal.timeout`. */
export class RehearsalTimeout extends Error {
  override readonly name = 'RehearsalTimeout';
}

/**
 * Time-boxes the whole rehearsal. When it expires, `onExpire` interrupts the work in flight (closing
 * the database aborts a running statement), and `check()` stops whatever comes next.
 */
export class Deadline {
  expired = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly ms: number,
    onExpire: () => void,
  ) {
    this.timer = setTimeout(() => {
      this.expired = true;
      onExpire();
    }, ms);
  }

  check(): void {
    if (this.expired)
      throw new RehearsalTimeout(`the rehearsal took longer than ${Math.round(this.ms / 1000)} s`);
  }

  clear(): void {
    clearTimeout(this.timer);
  }
}
