// The knowledge base format: one valibot schema that validates the bundled KB at build
// time, every synced or imported KB at run time, and is published as JSON Schema.
import * as v from 'valibot';

export const KB_FORMAT = 1;
// 'person' and 'other': names a reader adds from a page are not always companies or products.
export const ENTITY_KINDS = ['company', 'chip', 'model', 'platform', 'publication', 'authority', 'person', 'other'] as const;
export const RELATION_TYPES = [
  'makes', 'develops', 'trains-on', 'competes-with', 'recommends', 'discourages',
  'depends-on', 'part-of', 'reports-on',
] as const;
/** 'any': any case. 'exact': as written. 'capitalized': not all lower case ("Ascend", "ASCEND"). */
export const CASE_RULES = ['any', 'exact', 'capitalized'] as const;

const text = (max: number) =>
  v.pipe(
    v.string('should be text'),
    v.minLength(1, 'is empty'),
    v.regex(/\S/, 'is blank'),
    v.maxLength(max, `is longer than ${max} characters`),
  );
/** An entity id: lower-case letters and digits in words joined by single hyphens ("ascend-910c"). */
const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 80;
const id = v.pipe(
  v.string('should be text'),
  v.regex(ENTITY_ID, 'should be lower-case letters, digits and single hyphens, like "ascend-910c"'),
  v.maxLength(MAX_ID_LENGTH, `is longer than ${MAX_ID_LENGTH} characters`),
);

/** Whether `text` is a well-formed entity id, as the KB check demands of every id. */
export function isEntityId(text: string): boolean {
  return text.length <= MAX_ID_LENGTH && ENTITY_ID.test(text);
}
/** Text per UI language; a KB may have only one of the two (a German newsroom's glossary). */
const localized = (max: number) =>
  v.pipe(
    v.object({ en: v.optional(text(max)), de: v.optional(text(max)) }, 'should be an object with an English ("en") and/or a German ("de") text'),
    v.check((o) => o.en !== undefined || o.de !== undefined, 'should have an English ("en") or a German ("de") text'),
  );
const offset = v.pipe(v.number('should be a number'), v.integer('should be a whole number'), v.minValue(0, 'should not be negative'));

export const AliasSchema = v.object({
  text: text(100),
  lang: v.optional(v.string('should be a language tag like "en"'), 'und'),
  case: v.optional(v.picklist(CASE_RULES, `should be one of ${CASE_RULES.join(', ')}`), 'any'),
  /** An ambiguous name, marked only where the surrounding text has one of the entity's cues
   * or a model number follows it. */
  needsContext: v.optional(v.boolean('should be true or false'), false),
  /** For names written without spaces (Chinese): characters that, just before the name,
   * make a different word ("中华为" is 中华 + 为, not 华为). */
  notAfter: v.optional(v.array(text(4), 'should be a list'), []),
});

const shape = (max: number, what: string) =>
  v.pipe(
    v.string('should be text'),
    v.minLength(1, 'is empty'),
    v.maxLength(max, `is longer than ${max} characters`),
    // Without flags, so the JSON Schema can carry it; the validator checks letters exactly.
    v.regex(/^[^!"$%&'()*,/:;<=>?\\^_`{|}~]+$/, 'may hold only letters, digits, "#" (one digit), "@" (one letter), "[ ]" (an optional part), spaces, ".", "+" and "-"'),
    v.description(what),
  );

/** A product line's model names: the codes written right after one of its names (rule 7). */
export const ModelsSchema = v.object({
  codes: v.pipe(
    v.array(shape(40, 'A code shape: "#" one digit, "@" one letter, "[ ]" optional, a space or "-" matches either; letters in any case. "###[@][@]" covers 910, 910C and 950PR.'), 'should be a list'),
    v.minLength(1, 'is empty'),
    v.maxLength(50, 'has more than 50 shapes'),
  ),
  suffixes: v.optional(v.pipe(
    v.array(shape(40, 'A word (or code shape) that may follow a code, after a space or "-": "Pro", "NVL[#][#]".'), 'should be a list'),
    v.maxLength(50, 'has more than 50 suffixes'),
  )),
}, 'should be an object like {"codes": ["###[@][@]"], "suffixes": ["Pro"]}');

export const ContextSchema = v.object({
  source: text(200),
  section: v.pipe(v.string('should be text'), v.maxLength(500, 'is longer than 500 characters')),
  text: text(5000),
  /** Where the entity is named in `text`: UTF-16 offsets, end exclusive. */
  spans: v.pipe(v.array(v.object({ start: offset, end: offset }), 'should be a list'), v.minLength(1, 'is empty')),
});

export const EntitySchema = v.pipe(v.object({
  id,
  name: text(200),
  kind: v.picklist(ENTITY_KINDS, `should be one of ${ENTITY_KINDS.join(', ')}`),
  parent: v.optional(id),
  /** false for entities that explain others (a source, an authority) but are not marked on pages. */
  marks: v.optional(v.boolean('should be true or false'), true),
  aliases: v.pipe(v.array(AliasSchema, 'should be a list'), v.minLength(1, 'is empty'), v.maxLength(100, 'has more than 100 names')),
  cues: v.optional(v.array(text(60), 'should be a list'), []),
  // How names are matched beyond the aliases (docs/matching.md): the model names of a product
  // line, and names that start with an alias but are something else.
  models: v.optional(v.pipe(ModelsSchema, v.description(
    'This product line\'s model names: a code after one of its names ("Ascend 920", "DeepSeek-V2.5") is part of the mark; a model with no entity of its own gets this entity\'s card under its own name.',
  ))),
  notNames: v.optional(v.pipe(
    v.array(shape(100, 'A name that starts with one of this entity\'s names but is something else ("Ascend Money"); code shapes allowed ("Ascend G#[#][#]").'), 'should be a list'),
    v.maxLength(200, 'has more than 200 names'),
  )),
  /** The name where a language writes it differently ("Chinesische Behörden"). */
  names: v.optional(v.object({ en: v.optional(text(200)), de: v.optional(text(200)) }, 'should be an object like { "de": "…" }')),
  /** What the name is, timeless, in one or two lines: the first thing the card says. */
  description: v.optional(localized(400)),
  /** The source the description is taken from (a glossary row's URL): its id in `sources`. */
  descriptionSource: v.optional(text(200)),
  /** How the name figures in the story the KB was built from (the side panel's background). */
  story: v.optional(localized(600)),
  /** Older KBs: one summary that mixes both; read as the description where there is none. */
  summary: v.optional(localized(600)),
  contexts: v.optional(v.pipe(v.array(ContextSchema, 'should be a list'), v.maxLength(1000, 'has more than 1000 contexts')), []),
}), v.check((e) => e.description !== undefined || e.summary !== undefined, 'has no description: give it "description" with an English ("en") or German ("de") text'));

export const RelationSchema = v.object({
  from: id,
  type: v.picklist(RELATION_TYPES, `should be one of ${RELATION_TYPES.join(', ')}`),
  to: id,
  source: v.optional(text(200)),
});

export const SourceSchema = v.object({
  id: text(200),
  title: text(500),
  language: text(20),
  publisher: v.optional(text(200)),
  /** The outlet the article itself cites for its story. */
  cites: v.optional(text(200)),
  date: v.optional(v.pipe(v.string('should be text'), v.isoDate('should be a date like 2025-08-14'))),
  url: v.optional(v.pipe(v.string('should be text'), v.url('should be a URL'))),
});

/** A KB of 100,000 names, with room to grow: about 1 KB of JSON an entity, so ~200 MB at most. */
export const MAX_ENTITIES = 200_000;
export const MAX_RELATIONS = 1_000_000;

export const KnowledgeBaseSchema = v.object({
  format: v.literal(KB_FORMAT, `should be ${KB_FORMAT} (the KB format this extension reads)`),
  version: v.pipe(v.number('should be a number'), v.integer('should be a whole number'), v.minValue(1, 'should be 1 or more')),
  released: v.pipe(v.string('should be text'), v.isoDate('should be a date like 2026-11-28')),
  /** One title, or one per UI language. */
  title: v.optional(v.union([text(200), localized(200)], 'should be text, or an object with an English ("en") and/or a German ("de") title')),
  sources: v.pipe(v.array(SourceSchema, 'should be a list'), v.maxLength(1000, 'has more than 1000 sources')),
  entities: v.pipe(v.array(EntitySchema, 'should be a list'), v.minLength(1, 'is empty'), v.maxLength(MAX_ENTITIES, `has more than ${MAX_ENTITIES} entities`)),
  relations: v.optional(v.pipe(v.array(RelationSchema, 'should be a list'), v.maxLength(MAX_RELATIONS, `has more than ${MAX_RELATIONS} relations`)), []),
}, 'should be an object: a knowledge base (see kb.schema.json)');

export type Alias = v.InferOutput<typeof AliasSchema>;
export type Models = v.InferOutput<typeof ModelsSchema>;
export type Context = v.InferOutput<typeof ContextSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type KnowledgeBase = v.InferOutput<typeof KnowledgeBaseSchema>;
export type Localized = NonNullable<Entity['description']>;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];
