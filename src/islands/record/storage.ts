/**
 * The study record in localStorage. A record that cannot be read is backed up under its own key
 * before it is replaced (nothing lost), and pages without storage (private modes, some in-app
 * browsers) fall back to memory for the visit. Browser-only.
 */
import { readStoredRecord } from './parse.ts';
import type { MigrationStatus, StudyRecord } from './record.ts';

/** localStorage key of the record. */
export const STORAGE_KEY = 'xuexi-yuandi:record';
/** localStorage key where unreadable stored text is kept before it is replaced. */
export const BACKUP_KEY = 'xuexi-yuandi:record:unreadable';
/** Event dispatched on `window` after the record changed (in this tab). */
export const CHANGE_EVENT = 'xuexi:record-change';

let memory: string | null = null;
/** What the first load on this page found: the header reads the record before any page island does. */
let firstStatus: MigrationStatus | undefined;
let storageOk: boolean | undefined;

function storage(): Storage | null {
  try {
    const s = window.localStorage;
    if (storageOk === undefined) {
      s.setItem(`${STORAGE_KEY}:probe`, '1');
      s.removeItem(`${STORAGE_KEY}:probe`);
      storageOk = true;
    }
    return storageOk ? s : null;
  } catch {
    storageOk = false;
    return null;
  }
}

/** Today in China (YYYY-MM-DD), the date every member shares. */
export function todayInChina(now: Date = new Date()): string {
  // UTC+8 all year (no daylight saving), so a fixed offset gives Beijing's calendar date on any device.
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Whether the record survives this visit (localStorage works). */
export function isPersistent(): boolean {
  return storage() !== null;
}

/** Load the record, migrating or resetting what is stored. */
export function loadRecord(): { record: StudyRecord; status: MigrationStatus } {
  const s = storage();
  const text = s ? s.getItem(STORAGE_KEY) : memory;
  const result = readStoredRecord(text, todayInChina(), Date.now());
  firstStatus ??= result.status;
  if (s && text !== null && result.status === 'reset') {
    try {
      s.setItem(BACKUP_KEY, text);
    } catch {
      // Full storage: the unreadable text cannot be kept, but the site must keep working.
    }
  }
  if (result.status === 'migrated' || result.status === 'repaired' || result.status === 'reset') saveRecord(result.record, false);
  return result;
}

/** What the first load of the record on this page found (a migration or repair to tell the member about). */
export function firstLoadStatus(): MigrationStatus {
  if (firstStatus === undefined) loadRecord();
  return firstStatus!;
}

/** Store the record and tell the page. Returns false when it could only be kept in memory. */
export function saveRecord(record: StudyRecord, notify = true): boolean {
  const text = JSON.stringify(record);
  const s = storage();
  let ok = false;
  if (s) {
    try {
      s.setItem(STORAGE_KEY, text);
      ok = true;
    } catch {
      ok = false;
    }
  }
  if (!ok) memory = text;
  if (notify) window.dispatchEvent(new CustomEvent(CHANGE_EVENT));
  return ok;
}

/** Load, change and store the record in one step; returns the new record. */
export function updateRecord(change: (record: StudyRecord) => StudyRecord): StudyRecord {
  const next = change(loadRecord().record);
  saveRecord(next);
  return next;
}

/** Call `listener` when the record changes in this tab or another one. */
export function onRecordChange(listener: () => void): void {
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  });
}
