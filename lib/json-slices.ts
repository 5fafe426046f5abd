// JSON.parse for a file of tens of MB without holding the thread for the whole of it: one pass
// finds where every object and array near the top starts and ends, then the big ones are taken
// apart and their small members handed to JSON.parse one by one, pausing between slices. The
// result is exactly JSON.parse's; on an error, parseJson (json-parse.ts) says where.
import { parseJson, type JsonResult } from './json-parse.ts';

/** A member smaller than this is parsed in one JSON.parse call. */
const PIECE = 64 * 1024;
/** Containers deeper than this are never taken apart (a KB's entities lie at depth 3, in a backup at 4). */
const MAX_DEPTH = 4;
/** Characters scanned between two looks at the clock. */
const SCAN_STEP = 1 << 20;

class Malformed extends Error {}

export async function parseJsonInSlices(text: string, pause: () => Promise<void>, budgetMs = 8): Promise<JsonResult> {
  if (text.length <= PIECE) return parseJson(text);
  let sliceStart = performance.now();
  const maybePause = async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await pause();
    sliceStart = performance.now();
  };
  try {
    const containers = await scanContainers(text, maybePause);
    const reader = new Reader(text, containers, maybePause);
    const value = await reader.value(skipSpace(text, 0), 1);
    if (skipSpace(text, reader.at) !== text.length) throw new Malformed();
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof Malformed) && !(error instanceof SyntaxError)) throw error;
    return parseJson(text);
  }
}

/** Where each container up to MAX_DEPTH starts and ends, in the order they start. */
interface Containers {
  starts: number[];
  ends: number[];
}

async function scanContainers(text: string, maybePause: () => Promise<void>): Promise<Containers> {
  const starts: number[] = [];
  const ends: number[] = [];
  const open: number[] = [];
  let depth = 0;
  for (let i = 0, next = SCAN_STEP; i < text.length; i++) {
    if (i >= next) {
      next += SCAN_STEP;
      await maybePause();
    }
    const c = text.charCodeAt(i);
    if (c === 0x22) i = stringEnd(text, i) - 1;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth <= MAX_DEPTH) {
        open.push(starts.length);
        starts.push(i);
        ends.push(-1);
      }
    } else if (c === 0x7d || c === 0x5d) {
      if (depth <= MAX_DEPTH) {
        const k = open.pop();
        if (k === undefined) throw new Malformed();
        ends[k] = i + 1;
      }
      depth--;
    }
  }
  if (depth !== 0) throw new Malformed();
  return { starts, ends };
}

/** Just past the string that starts at `i` (a quote). */
function stringEnd(text: string, i: number): number {
  for (let from = i + 1; ;) {
    const q = text.indexOf('"', from);
    if (q < 0) throw new Malformed();
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** Reads values from the text, taking big containers apart and the rest to JSON.parse. */
class Reader {
  at = 0;
  /** The next container (by start) not yet passed. */
  private k = 0;

  constructor(private readonly text: string, private readonly containers: Containers, private readonly maybePause: () => Promise<void>) {}

  /** The value at `start` (no space before it), at nesting `depth`; leaves `at` just past it. */
  async value(start: number, depth: number): Promise<unknown> {
    const { text } = this;
    const c = text.charCodeAt(start);
    if (c !== 0x7b && c !== 0x5b) return this.primitive(start);
    const { starts, ends } = this.containers;
    while (starts[this.k]! < start) this.k++;
    if (starts[this.k] !== start) throw new Malformed();
    const end = ends[this.k]!;
    if (end - start <= PIECE || depth >= MAX_DEPTH) {
      this.at = end;
      await this.maybePause();
      return JSON.parse(text.slice(start, end));
    }
    this.k++;
    return c === 0x5b ? this.array(start, depth) : this.object(start, depth);
  }

  private async array(start: number, depth: number): Promise<unknown[]> {
    const out: unknown[] = [];
    let i = skipSpace(this.text, start + 1);
    if (this.text.charCodeAt(i) === 0x5d) return (this.at = i + 1), out;
    for (;;) {
      out.push(await this.value(i, depth + 1));
      i = skipSpace(this.text, this.at);
      const c = this.text.charCodeAt(i);
      if (c === 0x5d) return (this.at = i + 1), out;
      if (c !== 0x2c) throw new Malformed();
      i = skipSpace(this.text, i + 1);
    }
  }

  private async object(start: number, depth: number): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const { text } = this;
    let i = skipSpace(text, start + 1);
    if (text.charCodeAt(i) === 0x7d) return (this.at = i + 1), out;
    for (;;) {
      if (text.charCodeAt(i) !== 0x22) throw new Malformed();
      const keyEnd = stringEnd(text, i);
      const key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skipSpace(text, keyEnd);
      if (text.charCodeAt(i) !== 0x3a) throw new Malformed();
      const value = await this.value(skipSpace(text, i + 1), depth + 1);
      // As JSON.parse does: a later duplicate key wins, and "__proto__" is an own property.
      Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
      i = skipSpace(text, this.at);
      const c = text.charCodeAt(i);
      if (c === 0x7d) return (this.at = i + 1), out;
      if (c !== 0x2c) throw new Malformed();
      i = skipSpace(text, i + 1);
    }
  }

  /** A string, number, true, false or null: up to the next comma or closing bracket outside a string. */
  private primitive(start: number): unknown {
    const { text } = this;
    let end = start;
    if (text.charCodeAt(start) === 0x22) end = stringEnd(text, start);
    else {
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 0x2c || c === 0x5d || c === 0x7d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) break;
        end++;
      }
    }
    this.at = end;
    return JSON.parse(text.slice(start, end));
  }
}
