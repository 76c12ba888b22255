// A JSON reader that keeps the written type of numbers (tests.json, custom cases).
//
// JavaScript has one number type, so `JSON.parse('1.0')` gives the same value as `1`, and
// `JSON.stringify` then writes `1`: a float whose value is whole would reach a Python solution as
// an int. This reader keeps such numbers as the tagged value `{"$float": "<as written>"}`, and
// integers beyond double precision as `{"$int": "<digits>"}`, so the harness builds exactly the
// type and value of the source text and displays keep the written form (`4.0`, `2e3`).
// Every other number (`1`, `0.25`) stays a plain number: it round-trips exactly.

/** Strings (skipped as they are) and number lexemes of a JSON text that is already known valid. */
const TOKEN = /"(?:[^"\\]|\\[\s\S])*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** The grammar of a JSON number, also the allowed text of `{"$float": ...}` besides nan/inf/-inf. */
export const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** How a number lexeme travels: itself, or a tag that keeps its type. */
export function numberLexeme(tok: string): string {
  if (/[.eE]/.test(tok)) {
    const v = Number(tok);
    return Number.isInteger(v) || !Number.isFinite(v) ? `{"$float":"${tok}"}` : tok;
  }
  if (tok.length > 15 && !Number.isSafeInteger(Number(tok))) return `{"$int":"${tok}"}`;
  return tok;
}

/**
 * Parses JSON like `JSON.parse` (same errors, positions in the original text), keeping the
 * written type of whole floats and the digits of big integers as tagged values.
 */
export function parseExactJson(text: string): unknown {
  const value: unknown = JSON.parse(text);
  // Only a fraction part, an exponent or 16+ digits can need a tag.
  if (!/\d[.eE]|\d{16}/.test(text)) return value;
  let changed = false;
  const rewritten = text.replace(TOKEN, (tok) => {
    if (tok.charCodeAt(0) === 34) return tok;
    const out = numberLexeme(tok);
    if (out !== tok) changed = true;
    return out;
  });
  return changed ? JSON.parse(rewritten) : value;
}
