// The aliases and entities the scan has at hand: groups of aliases by first word (or first
// character), as objects only for the groups it has been given (alias-groups.ts), and the
// entities they name. A page's matcher holds only the groups its text needed; a group it has
// not been given yet is `null` (missing), one the KB does not have is `undefined`.
import { compileCues, type CompiledCues } from '../context-cues.ts';
import type { Models } from '../kb-schema.ts';
import { compileModelGrammar, compileNotNames, type ModelGrammar } from '../model-names.ts';
import { isWordLike } from './alias-words.ts';
import { CASE_CAPITALIZED, CASE_EXACT, NEEDS_CONTEXT } from './match-index.ts';

type CaseRule = 'any' | 'exact' | 'capitalized';

export interface WordAlias {
  entity: number;
  /** The alias's words, case-folded. */
  words: string[];
  /** The alias's words as written (full-width folded), for the 'exact' rule. */
  written: string[];
  caseRule: CaseRule;
  needsContext: boolean;
  /** Letters only, so it may be an ordinary word ("Ascend", "cuda"): no bare "s" after it (the
   * verb "Ascends"), and in a headline it must stand where a name stands. */
  wordLike: boolean;
  weight: number;
  /** Its entity is a product line with model names: a code after the name may make it longer. */
  models: boolean;
}

export interface CharAlias {
  entity: number;
  chars: string;
  notAfter: Set<number>;
  needsContext: boolean;
  models: boolean;
}

/** An alias group on the wire: [entity, folded words joined by spaces, written words (the
 * 'exact' rule only), flags (match-index.ts)], and for a joined alias [entity, characters,
 * notAfter characters, flags]. */
export type WireAlias = [number, string, string, number];

export interface WireEntity {
  id: string;
  name: string;
  /** The id of the top of its parent chain (among the entities the page is given). */
  family: string;
  models?: Models;
  notNames?: string[];
  cues?: string[];
}

/** Alias groups and the entities they name, as the background sends them to a page. */
export interface AliasGroups {
  words: [number, WireAlias[]][];
  chars: [number, WireAlias[]][];
  entities: [number, WireEntity][];
  /** For each product line's family: name key → the model's own entity (modelFound). */
  families: [string, [string, number][]][];
}

export class EntityInfo {
  readonly id: string;
  readonly name: string;
  readonly family: string;
  readonly hasModels: boolean;
  private grammarCache: ModelGrammar | undefined;
  private notNamesCache: RegExp[] | undefined | null = null;
  private cuesCache: CompiledCues | undefined;

  constructor(private readonly wire: WireEntity) {
    this.id = wire.id;
    this.name = wire.name;
    this.family = wire.family;
    this.hasModels = wire.models !== undefined;
  }

  get grammar(): ModelGrammar | undefined {
    if (!this.wire.models) return undefined;
    return (this.grammarCache ??= compileModelGrammar(this.wire.models));
  }

  get notNames(): RegExp[] | undefined {
    if (this.notNamesCache === null) this.notNamesCache = this.wire.notNames?.length ? compileNotNames(this.wire.notNames) : undefined;
    return this.notNamesCache;
  }

  get cues(): CompiledCues {
    return (this.cuesCache ??= compileCues(this.wire.cues ?? []));
  }
}

/** What the scan asks of its tables. */
export interface MatchTables {
  /** Aliases whose first word hashes to `h`, longest first; undefined: none; null: not fetched yet. */
  words(h: number): readonly WordAlias[] | undefined | null;
  /** Joined aliases that start with the folded character `c`. */
  chars(c: number): readonly CharAlias[] | undefined | null;
  entity(e: number): EntityInfo;
  /** The entity that holds `key` as a name, where it is of `line`'s family ("Ascend 910C"). */
  modelEntity(line: number, key: string): number | undefined;
  /** Resolves once every group found missing so far has been given. */
  fetched?(): Promise<void>;
}

export type GroupKind = 'words' | 'chars';

/** Where the groups come from: at once (the whole index is at hand), or fetched (a page asks the background). */
export interface GroupSource {
  now?: (kind: GroupKind, key: number) => AliasGroups;
  later?: (keys: { words: number[]; chars: number[] }) => Promise<AliasGroups>;
}

const CASE_RULES: CaseRule[] = ['any', 'exact', 'capitalized'];
const caseRule = (flags: number): CaseRule => CASE_RULES[flags & (CASE_EXACT | CASE_CAPITALIZED)]!;

/**
 * Tables over the groups given so far. `has(kind, key)`: whether the KB has such a group at
 * all (the probe's first words and characters), so an absent group is told from a missing one.
 * A missing group is taken from `source.now` at once, or asked of `source.later` (all that one
 * task found missing in one request).
 */
export class LoadedTables implements MatchTables {
  private readonly wordGroups = new Map<number, WordAlias[]>();
  private readonly charGroups = new Map<number, CharAlias[]>();
  private readonly entities = new Map<number, EntityInfo>();
  private readonly families = new Map<string, Map<string, number>>();
  private readonly names = new Map<string, string>();

  private wanted = { words: new Set<number>(), chars: new Set<number>() };
  private asking: Promise<void> | undefined;

  constructor(private readonly has: (kind: GroupKind, key: number) => boolean, private readonly source: GroupSource = {}) {}

  add(groups: AliasGroups): void {
    for (const [e, wire] of groups.entities) {
      if (this.entities.has(e)) continue;
      this.entities.set(e, new EntityInfo(wire));
      this.names.set(wire.id, wire.name);
    }
    for (const [family, keys] of groups.families) if (!this.families.has(family)) this.families.set(family, new Map(keys));
    for (const [key, list] of groups.words) {
      this.wordGroups.set(key, list.map(([entity, text, written, flags]) => {
        const words = text.split(' ');
        return {
          entity, words, written: written ? written.split(' ') : words, caseRule: caseRule(flags), needsContext: (flags & NEEDS_CONTEXT) !== 0,
          wordLike: isWordLike(words), weight: text.length, models: this.entity(entity).hasModels,
        };
      }));
    }
    for (const [key, list] of groups.chars) {
      this.charGroups.set(key, list.map(([entity, chars, notAfter, flags]) => ({
        entity, chars, notAfter: new Set([...notAfter].map((c) => c.charCodeAt(0))), needsContext: (flags & NEEDS_CONTEXT) !== 0,
        models: this.entity(entity).hasModels,
      })));
    }
  }

  words(h: number): readonly WordAlias[] | undefined | null {
    return this.wordGroups.get(h) ?? this.missing('words', h, this.wordGroups);
  }

  chars(c: number): readonly CharAlias[] | undefined | null {
    return this.charGroups.get(c) ?? this.missing('chars', c, this.charGroups);
  }

  private missing<T>(kind: GroupKind, key: number, groups: Map<number, T>): T | undefined | null {
    if (!this.has(kind, key)) return undefined;
    if (this.source.now) {
      this.add(this.source.now(kind, key));
      return groups.get(key);
    }
    if (!this.wanted.words.size && !this.wanted.chars.size) queueMicrotask(() => void this.ask().catch(() => undefined));
    this.wanted[kind].add(key);
    return null;
  }

  /** Asks for what is wanted, after whatever is being asked already. */
  private ask(): Promise<void> {
    const later = this.source.later;
    const run = async () => {
      const keys = { words: [...this.wanted.words], chars: [...this.wanted.chars] };
      this.wanted = { words: new Set(), chars: new Set() };
      if (!later || (!keys.words.length && !keys.chars.length)) return;
      this.add(await later(keys));
    };
    const next = (this.asking ?? Promise.resolve()).catch(() => undefined).then(run);
    next.catch(() => undefined); // a failed request is the caller of fetched()'s to hear of
    this.asking = next;
    return next;
  }

  fetched(): Promise<void> {
    return this.wanted.words.size || this.wanted.chars.size ? this.ask() : (this.asking ?? Promise.resolve());
  }

  entity(e: number): EntityInfo {
    const info = this.entities.get(e);
    if (!info) throw new Error(`entity ${e} was not given with its aliases`);
    return info;
  }

  modelEntity(line: number, key: string): number | undefined {
    return this.families.get(this.entity(line).family)?.get(key);
  }

  /** Display names of the entities given so far, by id (the popup's list of marks). */
  name(id: string): string | undefined {
    return this.names.get(id);
  }
}

/** The folded first word of every word alias in `groups` (for the probe's pre-filter). */
export function firstWordsOf(groups: AliasGroups): string[] {
  return groups.words.flatMap(([, aliases]) => aliases.map((alias) => alias[1].split(' ')[0]!));
}
