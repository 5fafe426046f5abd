// Just enough of source maps (v3) to say which source file and line a position in a bundle
// comes from: the VLQ "mappings" decoded into segments, and a lookup by generated position.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** [generatedColumn, sourceIndex, sourceLine, sourceColumn], per generated line. */
type Segment = [number, number, number, number];

export interface OriginalPosition {
  /** Path of the source, relative to `relativeTo` when given. */
  source: string;
  /** 1-based. */
  line: number;
}

export interface SourceMap {
  /** 0-based generated line and column, as CDP reports them. */
  lookup(line: number, column: number): OriginalPosition | undefined;
}

function decodeVlq(field: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of field) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`bad VLQ digit "${c}"`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Reads `file.map` next to a bundle; source paths are made relative to `relativeTo`. */
export function readSourceMap(mapFile: string, relativeTo: string): SourceMap {
  const raw = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; sourceRoot?: string; mappings: string };
  const base = path.resolve(path.dirname(mapFile), raw.sourceRoot ?? '');
  const sources = raw.sources.map((s) => path.relative(relativeTo, path.resolve(base, s)));
  const lines: Segment[][] = [];
  let sourceIndex = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const lineText of raw.mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const field of lineText.split(',')) {
      if (!field) continue;
      const v = decodeVlq(field);
      column += v[0]!;
      if (v.length < 4) continue;
      sourceIndex += v[1]!;
      sourceLine += v[2]!;
      sourceColumn += v[3]!;
      segments.push([column, sourceIndex, sourceLine, sourceColumn]);
    }
    lines.push(segments);
  }
  return {
    lookup(line, column) {
      const segments = lines[line];
      if (!segments?.length) return undefined;
      let found: Segment | undefined;
      for (const s of segments) {
        if (s[0] > column) break;
        found = s;
      }
      found ??= segments[0]!;
      return { source: sources[found[1]] ?? '?', line: found[2] + 1 };
    },
  };
}
