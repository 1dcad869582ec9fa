/**
 * One build of an output folder at a time. Two builds that overlap would each read the published site and its
 * reuse record while the other replaces them, and the last to finish could publish pages older than the content
 * (and a record claiming otherwise). A second build therefore waits for the first to finish, and then starts
 * from what the first published.
 *
 * The lock is proper-lockfile's: a folder made with mkdir(2) (atomic, also on network disks), whose time the
 * holder renews every few seconds. A build that dies (killed, power cut) stops renewing it, and after `staleMs`
 * the next build takes it over; a build that exits in any other way (an error, Ctrl-C) removes it at once.
 */
import { lock } from 'proper-lockfile';
import { join } from 'node:path';
import { lockName, type SiteFolders } from './site-folders.ts';

/** How old a lock must be, without renewal, to be taken over. Renewed every `staleMs / 5`. */
export const staleMs = 15_000;

export interface LockEvents {
  /** The lock is held by another build; this one now waits for it. */
  onWait: () => void;
  /**
   * Another build took the lock over while this one held it (this process stopped for longer than `staleMs`):
   * this build must not publish.
   */
  onLost: (error: Error) => void;
}

/** Takes the lock of an output folder (its builds folder must exist), waiting as long as another build holds it. */
export async function lockOutput(
  folders: SiteFolders,
  events: LockEvents,
  stale = staleMs,
): Promise<() => Promise<void>> {
  const options = {
    lockfilePath: join(folders.builds, lockName),
    realpath: false,
    stale,
    update: stale / 5,
    onCompromised: events.onLost,
  };
  try {
    return await lock(folders.final, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
  }
  events.onWait();
  return lock(folders.final, {
    ...options,
    retries: { forever: true, minTimeout: 100, maxTimeout: 1000, factor: 1.5 },
  });
}
