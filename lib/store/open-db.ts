// Opens the extension's database at the current schema version, upgrading older ones.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, type KbDatabase } from './schema.ts';
import { DB_VERSION, upgrade } from './migrations.ts';

export type KbDb = IDBPDatabase<KbDatabase>;

export function openKbDb(name = DB_NAME, onClosedByUpgrade?: () => void): Promise<KbDb> {
  return openDB<KbDatabase>(name, DB_VERSION, {
    upgrade: (db, oldVersion, _newVersion, tx) =>
      upgrade(db as unknown as IDBPDatabase<unknown>, oldVersion, tx as never),
    // A newer copy of the code wants to upgrade: step aside rather than block it.
    blocking: (_current, _next, event) => {
      (event.target as IDBDatabase).close();
      onClosedByUpgrade?.();
    },
  });
}
