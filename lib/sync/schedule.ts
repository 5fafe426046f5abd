// When the next automatic sync is due. After a success: the reader's interval (daily by
// default). After failures in a row: an hour, then twice as long each time, never longer than
// a week, so a broken server is neither hammered nor forgotten.
const HOUR = 60 * 60 * 1000;
export const FIRST_RETRY_MS = HOUR;
export const LONGEST_WAIT_MS = 7 * 24 * HOUR;

export function nextAutoSyncDelay(failuresInARow: number, intervalHours: number): number {
  if (failuresInARow <= 0) return intervalHours * HOUR;
  return Math.min(FIRST_RETRY_MS * 2 ** (failuresInARow - 1), LONGEST_WAIT_MS);
}

/** An automatic attempt counts as failed when it could not check the server's KB at all. */
export function countsAsFailure(outcome: { ok: boolean; refusal?: { kind: string } }): boolean {
  // An older KB on the server is the server's choice, not a failure to retry sooner.
  return !outcome.ok && outcome.refusal?.kind !== 'older';
}
