// What "Add this article" came to. Structured, not worded: ./describe-article-outcome.ts puts
// it into the reader's language.

/** Why nothing was added. */
export type ArticleRefusal =
  /** No tab to read (the popup lost it). */
  | { kind: 'no-tab' }
  /** The browser's own pages and extension stores: no extension may read them. */
  | { kind: 'browser-page' }
  /** The page did not answer: it is still loading, was open before the extension was installed, or is a viewer (Firefox's PDF viewer). */
  | { kind: 'no-answer' }
  /** Not an HTML page: a PDF in the browser's viewer, an image, plain text. */
  | { kind: 'not-html'; contentType: string }
  /** The page's HTML (scripts and styles left out) is larger than the limit. */
  | { kind: 'too-large'; limitChars: number }
  /** Readability found no article on the page (a home page, a list, an app). */
  | { kind: 'not-an-article' }
  /** Too little article text: a paywalled page that shows a teaser, or a stub. */
  | { kind: 'too-little-text'; chars: number; minimum: number }
  | { kind: 'no-title' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'failed'; detail: string };

/** Things the reader should know about an article that was added. */
export type ArticleNote = 'undated' | 'trimmed' | 'title-from-page';

export interface NameCount {
  id: string;
  name: string;
  /** Sentences of the article that name it. */
  count: number;
}

export type ArticleAddOutcome =
  | {
      ok: true;
      kind: 'added' | 'updated';
      url: string;
      title: string;
      published?: string;
      /** Characters of article text kept. */
      chars: number;
      notes: ArticleNote[];
      /** The names the article mentions, most mentioned first. */
      mentions: NameCount[];
      /** Main-thread time the page spent serialising itself; the background's parse and compile. */
      took: { pageMs: number; longestSliceMs: number; parseMs: number; compileMs: number };
    }
  | { ok: false; refusal: ArticleRefusal };
