// The reader's own knowledge: the articles they added and the names they added from a
// selection, as stored in the reader's layer and written into a backup. The same schemas check
// a backup's copies on import and a record put back by "Undo", so nothing malformed gets in.
import * as v from 'valibot';
import { ENTITY_KINDS, RELATION_TYPES } from '../kb-schema.ts';

import { DESCRIPTION_MAX_CHARS, MAX_ALIASES, MAX_ARTICLE_CHARS, NAME_MAX_CHARS, SENTENCE_MAX_CHARS } from './limits.ts';

const text = (max: number) =>
  v.pipe(v.string('should be text'), v.regex(/\S/, 'is blank'), v.maxLength(max, `is longer than ${max} characters`));
const pageUrl = v.pipe(
  v.string('should be text'),
  v.maxLength(2000, 'is longer than 2000 characters'),
  v.regex(/^(?:https?|file):\/\/\S+$/i, 'should be an http, https or file address'),
);
const isoTime = v.pipe(v.string('should be text'), v.isoTimestamp('should be a time like 2026-11-28T10:00:00.000Z'));
const isoDate = v.pipe(v.string('should be text'), v.isoDate('should be a date like 2026-11-28'));
const entityId = v.pipe(v.string('should be text'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'should be an entity id like "huawei"'), v.maxLength(80));

export const ReaderArticleSchema = v.object({
  /** The canonical address (the page's `<link rel=canonical>`, else where it was read): the key. */
  url: pageUrl,
  /** Where the reader read it. */
  pageUrl,
  title: text(500),
  byline: v.optional(text(200)),
  /** The site's name ("Tom's Hardware"), else its host. */
  publisher: v.optional(text(200)),
  /** The day it was published, from the page's metadata; absent when the page gives none. */
  published: v.optional(isoDate),
  /** BCP 47 tag, or "und" when the page does not say and the text does not show it. */
  language: text(20),
  /** When it was first added, and last added again. */
  added: isoTime,
  updated: isoTime,
  /** The article's paragraphs, separated by blank lines, without the title. */
  text: v.pipe(v.string('should be text'), v.maxLength(MAX_ARTICLE_CHARS, `is longer than ${MAX_ARTICLE_CHARS} characters`)),
  /** The page's article was longer than MAX_ARTICLE_CHARS and was cut at a paragraph. */
  trimmed: v.optional(v.boolean('should be true or false')),
});

export const NameOriginSchema = v.object({
  /** The sentence the name was selected in. */
  sentence: v.optional(text(SENTENCE_MAX_CHARS)),
  url: v.optional(pageUrl),
  title: v.optional(text(500)),
  date: v.optional(isoDate),
});

export const ReaderNameSchema = v.object({
  /** Always "yours-…", so it never takes the id of a KB entity. */
  id: v.pipe(entityId, v.startsWith('yours-', 'should start with "yours-"')),
  name: text(NAME_MAX_CHARS),
  kind: v.picklist(ENTITY_KINDS, `should be one of ${ENTITY_KINDS.join(', ')}`),
  /** Other spellings; the name itself is always marked too. */
  aliases: v.pipe(v.array(text(NAME_MAX_CHARS), 'should be a list'), v.maxLength(MAX_ALIASES, `has more than ${MAX_ALIASES} names`)),
  description: v.optional(text(DESCRIPTION_MAX_CHARS)),
  /** "<this name> <type> <to>", e.g. part-of nvidia. */
  relation: v.optional(v.object({ type: v.picklist(RELATION_TYPES, `should be one of ${RELATION_TYPES.join(', ')}`), to: entityId })),
  from: NameOriginSchema,
  added: isoTime,
});

export type ReaderArticle = v.InferOutput<typeof ReaderArticleSchema>;
export type ReaderName = v.InferOutput<typeof ReaderNameSchema>;
export type NameOrigin = v.InferOutput<typeof NameOriginSchema>;

/** An article as lists show it: everything but the text. */
export type ArticleListing = Omit<ReaderArticle, 'text'> & { chars: number };

export function articleListing({ text: body, ...rest }: ReaderArticle): ArticleListing {
  return { ...rest, chars: body.length };
}

/** When the reader last opened a name's background (for "new since you last looked"). */
export interface OpenedRecord {
  entity: string;
  at: string;
}
