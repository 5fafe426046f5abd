// What a change of the active KB came to: a sync, an import, a roll back or a reset.
// Structured, not worded: ./describe-outcome.ts puts it into the reader's language.
import type { GlossaryFailure, GlossaryIssue } from '../glossary/glossary-issue.ts';
import type { Problem } from '../kb-validate.ts';

export type SyncPhase = 'fetching' | 'checking' | 'saving';

export type KbAction = 'sync' | 'import' | 'roll-back' | 'reset';

/** Why the active KB was not replaced. */
export type Refusal =
  | { kind: 'bad-url'; detail: 'not-a-url' | 'scheme' | 'insecure' | 'credentials' }
  | { kind: 'no-permission'; origin: string }
  | { kind: 'network'; origin: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'dropped'; receivedBytes: number }
  | { kind: 'http-status'; status: number; statusText: string }
  | { kind: 'redirect-insecure'; to: string }
  | { kind: 'redirect-other-origin'; to: string }
  | { kind: 'content-type'; contentType: string }
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'invalid-json'; line: number; column: number; message: string }
  | { kind: 'invalid-kb'; problems: Problem[] }
  | { kind: 'not-a-kb' }
  /** A file that is not UTF-8 text (a CSV glossary saved as Windows-1252): where, and the byte. */
  | { kind: 'not-utf8'; line: number; byte: number; asWindows1252?: string }
  | { kind: 'invalid-glossary'; failure: GlossaryFailure; issues: GlossaryIssue[] }
  | { kind: 'older'; offered: number; active: number }
  | { kind: 'no-previous' }
  /** The browser could not store it; `full`: its storage for the extension is full. */
  | { kind: 'storage'; detail: string; full?: boolean }
  /** The browser stopped the extension's background (its service worker) before the change was done. */
  | { kind: 'interrupted'; phase: SyncPhase };

/** Counts for "Updated to version 3: 12 entities (3 new), 41 contexts". */
export interface KbChange {
  version: number;
  entities: number;
  newEntities: number;
  contexts: number;
}

export type KbOutcome =
  | ({ ok: true; kind: 'changed'; action: KbAction } & KbChange & { glossary?: { issues: GlossaryIssue[] } })
  /** The server answered 304 Not Modified. */
  | { ok: true; kind: 'not-modified'; version: number }
  /** The server sent the very KB that is active. */
  | { ok: true; kind: 'same'; version: number }
  | { ok: false; action: KbAction; refusal: Refusal; keptVersion: number | null };
