// A name the reader added, as an entity of the effective knowledge: marked on every page under
// its name and aliases, described in the reader's words, related as they said, and quoted with
// the sentence they selected it in (so its card shows where it came from).
import type { Alias, Context, Entity, Relation, Source } from '../kb-schema.ts';
import { readerSourceId, type SourceProvenance } from './provenance.ts';
import type { ReaderName } from './records.ts';

export interface ReaderNameParts {
  entity: Entity;
  relation?: Relation;
  /** The page the name was selected on, when the sentence is known. */
  source?: Source;
  provenance?: SourceProvenance;
}

/** A spelling with a capital is matched only where it is not all lower case ("Apple", not "apple"). */
function aliasOf(text: string): Alias {
  return { text, lang: 'und', case: /\p{Lu}/u.test(text) ? 'capitalized' : 'any', needsContext: false, notAfter: [] };
}

/** Where the spellings occur in the sentence, longest first, not overlapping; the whole sentence if none does. */
export function spansIn(sentence: string, spellings: readonly string[]): Context['spans'] {
  const lower = sentence.toLocaleLowerCase('und');
  const spans: Context['spans'] = [];
  for (const spelling of [...spellings].sort((a, b) => b.length - a.length)) {
    const needle = spelling.toLocaleLowerCase('und');
    if (!needle || needle.length !== spelling.length) continue; // a case change that moves offsets
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      if (!spans.some((s) => at < s.end && end > s.start)) spans.push({ start: at, end });
    }
  }
  return spans.length ? spans.sort((a, b) => a.start - b.start) : [{ start: 0, end: sentence.length }];
}

export function readerNameParts(name: ReaderName): ReaderNameParts {
  const spellings = [name.name, ...name.aliases];
  const { sentence, url, title, date } = name.from;
  const sourceId = url ? readerSourceId(url) : undefined;
  const entity: Entity = {
    id: name.id,
    name: name.name,
    kind: name.kind,
    marks: true,
    aliases: spellings.map(aliasOf),
    cues: [],
    contexts: sentence && sourceId ? [{ source: sourceId, section: title ?? '', text: sentence, spans: spansIn(sentence, spellings) }] : [],
  };
  // The reader's own words read the same in either UI language.
  if (name.description) entity.description = { en: name.description, de: name.description };
  const parts: ReaderNameParts = { entity };
  if (name.relation) parts.relation = { from: name.id, type: name.relation.type, to: name.relation.to, ...(sourceId && { source: sourceId }) };
  if (sourceId && url) {
    parts.source = { id: sourceId, title: title ?? url, language: 'und', url, ...(date && { date }) };
    parts.provenance = { origin: 'yours', added: name.added };
  }
  return parts;
}
