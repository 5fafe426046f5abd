// The reader's settings and the record of sync attempts, each one record in the settings
// store. Settings arrive in messages, so a change is validated before it is written.
import * as v from 'valibot';
import { DEFAULT_CLOSE_DELAY, DEFAULT_OPEN_DELAY } from '../page-config.ts';
import type { KbOutcome, SyncPhase } from '../sync/outcome.ts';
import type { KbDb } from './open-db.ts';

/** Enough for a KB of 100,000 names with descriptions and quotes (about 90 MB). */
export const DEFAULT_KB_MEGABYTES = 128;
/** What the setting may be raised to: the background holds a file of that size several times over while reading it. */
export const MAX_KB_MEGABYTES = 512;

export const MEGABYTE = 1024 * 1024;

/** The largest file an import reads: the KB size setting and room for what a backup carries
 * besides its KB (notes, and articles of up to 200,000 characters each). */
export function importLimitBytes(maxKbMegabytes: number): number {
  return (maxKbMegabytes + 48) * MEGABYTE;
}

export const SettingsSchema = v.object({
  syncUrl: v.pipe(v.string(), v.maxLength(2000)),
  autoSync: v.boolean(),
  /** Hours between automatic syncs while they succeed. */
  autoSyncHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 30)),
  /** How long one sync may take, connection and download together. */
  syncTimeoutMs: v.pipe(v.number(), v.integer(), v.minValue(200), v.maxValue(120_000)),
  /** The largest KB file a sync or an import reads, in MB (a body is cut off past it). */
  maxKbMegabytes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_KB_MEGABYTES)),
  paused: v.boolean(),
  /** Hostnames where marking is off. */
  sitesOff: v.array(v.pipe(v.string(), v.maxLength(300))),
  /** The card's hover intent: rest this long on a mark to open it (Page Previews: 500 ms)… */
  openDelayMs: v.pipe(v.number(), v.integer(), v.minValue(100), v.maxValue(5000)),
  /** …and it closes this long after the pointer left mark and card (Page Previews: 300 ms). */
  closeDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5000)),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export const SettingsPatchSchema = v.partial(SettingsSchema);
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  syncUrl: '',
  autoSync: false,
  autoSyncHours: 24,
  syncTimeoutMs: 30_000,
  maxKbMegabytes: DEFAULT_KB_MEGABYTES,
  paused: false,
  sitesOff: [],
  openDelayMs: DEFAULT_OPEN_DELAY,
  closeDelayMs: DEFAULT_CLOSE_DELAY,
};

export interface SyncAttempt {
  at: string;
  trigger: 'manual' | 'auto';
  url: string;
  outcome: KbOutcome;
}

/**
 * A sync or import under way: written when it starts (and as it moves on), cleared when its
 * outcome is. Found when the background starts, it was cut off: the browser stopped the
 * background (lib/sync/interrupted.ts says what came of it).
 */
export interface RunningChange {
  action: 'sync' | 'import';
  phase: SyncPhase;
  at: string;
  /** The key of the KB that was active when it began. */
  activeKey?: string;
  url?: string;
  trigger?: 'manual' | 'auto';
}

export interface SyncStatus {
  last?: SyncAttempt;
  running?: RunningChange;
  /** Automatic attempts that failed in a row; resets on success. */
  failures: number;
  /** When the next automatic attempt is due (ISO), while auto-sync is on. */
  nextAutoAt?: string;
}

export async function getSettings(db: KbDb): Promise<Settings> {
  const stored = (await db.get('settings', 'settings')) as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

/** Applies a validated patch; throws a valibot error for a malformed one. */
export function updateSettings(db: KbDb, patch: unknown): Promise<Settings> {
  return changeSettings(db, () => patch);
}

/** Reads, changes and writes the settings in one transaction, so quick changes never undo each other. */
export async function changeSettings(db: KbDb, change: (current: Settings) => unknown): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const current: Settings = { ...DEFAULT_SETTINGS, ...((await tx.store.get('settings')) as Partial<Settings> | undefined) };
  let next: Settings;
  try {
    next = { ...current, ...v.parse(SettingsPatchSchema, change(current)) };
  } catch (error) {
    tx.done.catch(() => undefined); // the abort below rejects it; the caller gets `error`
    tx.abort();
    throw error;
  }
  void tx.store.put(next, 'settings');
  await tx.done;
  return next;
}

export function setSiteEnabled(db: KbDb, site: string, enabled: boolean): Promise<Settings> {
  return changeSettings(db, ({ sitesOff }) => {
    const others = sitesOff.filter((s) => s !== site);
    return { sitesOff: enabled ? others : [...others, site].sort() };
  });
}

export async function getSyncStatus(db: KbDb): Promise<SyncStatus> {
  return ((await db.get('settings', 'sync-status')) as SyncStatus | undefined) ?? { failures: 0 };
}

export async function setSyncStatus(db: KbDb, status: SyncStatus): Promise<void> {
  await db.put('settings', status, 'sync-status');
}

/** Reads, changes and writes the sync status in one transaction (a sync, the auto-sync alarm
 * and the settings all write it). */
export async function changeSyncStatus(db: KbDb, change: (current: SyncStatus) => SyncStatus): Promise<SyncStatus> {
  const tx = db.transaction('settings', 'readwrite');
  const next = change(((await tx.store.get('sync-status')) as SyncStatus | undefined) ?? { failures: 0 });
  void tx.store.put(next, 'sync-status');
  await tx.done;
  return next;
}
