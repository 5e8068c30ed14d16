/**
 * Throwaway servers must not outlive the process, whether it ends normally, by an exception that
 * skips `finally`, or by Ctrl-C / SIGTERM. Each resource registers two ways to go away: an orderly
 * async one (used on signals) and a last-resort synchronous one (used from the `exit` event, where
 * nothing async can run). Handlers are installed only while something is registered.
 */
export interface CleanupHandle {
  /** Orderly teardown: stop the server, drop the scratch database, remove files. */
  async(): Promise<void>;
  /** Last resort at process exit: kill processes and remove files synchronously. */
  sync(): void;
}

const registered = new Set<CleanupHandle>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type HandledSignal = (typeof SIGNALS)[number];
const SIGNAL_NUMBERS: Record<HandledSignal, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
/** Bound the orderly teardown on a signal: the user asked to stop. */
const SIGNAL_CLEANUP_MS = 8_000;

let signalling = false;

function onExit(): void {
  for (const handle of [...registered]) {
    try {
      handle.sync();
    } catch {
      // best effort: the process is going away
    }
  }
  registered.clear();
}

function onSignal(signal: HandledSignal): void {
  if (signalling) return;
  signalling = true;
  const handles = [...registered];
  const teardown = Promise.allSettled(handles.map((h) => h.async()));
  const timer = new Promise((resolve) => setTimeout(resolve, SIGNAL_CLEANUP_MS).unref());
  void Promise.race([teardown, timer]).then(() => {
    // Whatever did not finish in time goes the hard way.
    for (const h of handles) if (registered.has(h)) h.sync();
    registered.clear();
    uninstall();
    process.exit(128 + SIGNAL_NUMBERS[signal]);
  });
}

function install(): void {
  process.on('exit', onExit);
  for (const s of SIGNALS) process.on(s, onSignal);
}

function uninstall(): void {
  process.off('exit', onExit);
  for (const s of SIGNALS) process.off(s, onSignal);
}

/** True once Ctrl-C / SIGTERM arrived: the teardown runs and the process exits when it is done. */
export function interrupted(): boolean {
  return signalling;
}

/** Register a resource; call the returned function once it has been cleaned up normally. */
export function registerCleanup(handle: CleanupHandle): () => void {
  if (registered.size === 0) install();
  registered.add(handle);
  return () => {
    if (!registered.delete(handle)) return;
    if (registered.size === 0 && !signalling) uninstall();
  };
}
