// The alias list mark.js searches for: every alias text of the entities the extension marks
// (marks !== false) in the KB the bench build ships.
import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../lib/kb-schema.ts';

export function readKb(file: string): KnowledgeBase {
  return JSON.parse(readFileSync(file, 'utf8')) as KnowledgeBase;
}

export function markedAliases(kb: KnowledgeBase): string[] {
  const texts = kb.entities.filter((e) => e.marks !== false).flatMap((e) => e.aliases.map((a) => a.text));
  return [...new Set(texts)];
}
