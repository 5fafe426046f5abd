// Model names after a product line's name (rule 7): "Ascend 920", "DeepSeek-V2.5", "NVIDIA L40S",
// "昇腾910B" are one mark, from the line's `models` in the KB; and the names that contain the line's
// name but are something else ("Ascend Money", Huawei's "Ascend P6" phone), from its `notNames`.
// Both run only after a name has matched, never on text that names nothing.
import { compileShape, longestShapeAt, readWindow, endsAsCode } from './code-shapes.ts';
import type { Models } from './kb-schema.ts';

export interface ModelGrammar {
  codes: RegExp[];
  suffixes: RegExp[];
}

/** Suffix words chained after a code ("H100 NVL", "V3.2-Exp"): at most this many. */
const MAX_SUFFIXES = 2;

export function compileModelGrammar(models: Models): ModelGrammar {
  return { codes: models.codes.map(compileShape), suffixes: (models.suffixes ?? []).map(compileShape) };
}

export function compileNotNames(forms: readonly string[]): RegExp[] {
  return forms.map(compileShape);
}

export interface ModelMatch {
  /** Where the code starts (after the space or hyphen). */
  codeStart: number;
  /** Where the code ends, suffixes included. */
  end: number;
  /** Where the code alone ends ("H100" in "H100 NVL"). */
  codeEnd: number;
}

/**
 * The model code right after a name that ends at `end`: after one space, no-break space or hyphen,
 * or (for a name written without spaces, as Chinese is: "昇腾910B") directly. Undefined when
 * none of the line's code shapes is there.
 */
export function modelAfter(source: string, end: number, grammar: ModelGrammar, joined: boolean): ModelMatch | undefined {
  const w = readWindow(source, end);
  const first = w.text.charCodeAt(0);
  let at = 0;
  if (first === 0x20 || first === 0x2d) at = 1;
  else if (!joined) return undefined;
  const code = longestShapeAt(source, w, at, grammar.codes);
  if (code < 0) return undefined;
  let last = code;
  for (let n = 0; n < MAX_SUFFIXES && grammar.suffixes.length; n++) {
    const gap = w.text.charCodeAt(last);
    if (gap !== 0x20 && gap !== 0x2d) break;
    const next = longestShapeAt(source, w, last + 1, grammar.suffixes);
    if (next < 0) break;
    last = next;
  }
  return { codeStart: w.ends[at]!, end: w.ends[last]!, codeEnd: w.ends[code]! };
}

/** Does one of the forms (which start with the name) stand at `start`? */
export function notNameAt(source: string, start: number, forms: readonly RegExp[]): boolean {
  const w = readWindow(source, start);
  for (const form of forms) {
    form.lastIndex = 0;
    const m = form.exec(w.text);
    if (m && endsAsCode(source, w.ends[m[0].length]!)) return true;
  }
  return false;
}
