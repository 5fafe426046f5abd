// Why the browser could not store a KB, as a refusal: its storage for the extension is full (the
// quota), or some other error of IndexedDB, in its own words.
import type { Refusal } from './outcome.ts';

export function storageRefusal(error: unknown): Refusal {
  const detail = error instanceof Error ? error.message : String(error);
  const full = error instanceof Error && error.name === 'QuotaExceededError';
  return { kind: 'storage', detail, ...(full && { full }) };
}
