// Where a JSON path (`languages.python.entry`, `cases[3].args[0]`) of a loader diagnostic is in
// the file's text, so that an editor can underline the exact field. Parsed with a
// position-tracking parser; a path that does not exist (a missing field) falls back to the
// deepest part of it that does, and a file that is not JSON to its first syntax error.
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';

/** A range of the text, 0-based lines and columns (the end is exclusive). */
export interface TextRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** `a.b[2].c` → `['a', 'b', 2, 'c']`. */
export function parseJsonPath(jsonPath: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(jsonPath)) !== null) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

/** Line starts of `text`, for offset → line/column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - (starts[lo] as number) };
}

function range(text: string, offset: number, length: number): TextRange {
  const starts = lineStarts(text);
  const start = position(starts, Math.max(0, Math.min(offset, text.length)));
  // A multi-line value (an object, an array) is underlined on its first line only.
  let end = position(starts, Math.max(0, Math.min(offset + Math.max(length, 1), text.length)));
  if (end.line !== start.line) {
    const lineEnd = (starts[start.line + 1] ?? text.length + 1) - 1;
    end = { line: start.line, column: Math.max(start.column + 1, lineEnd - (starts[start.line] as number)) };
  }
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The node the path names, or its deepest existing ancestor (and whether it was found exactly). */
function deepest(root: Node, segments: (string | number)[]): { node: Node; exact: boolean } {
  for (let n = segments.length; n > 0; n--) {
    const node = findNodeAtLocation(root, segments.slice(0, n));
    if (node) return { node, exact: n === segments.length };
  }
  return { node: root, exact: segments.length === 0 };
}

/**
 * The range of `jsonPath` in `text`. An existing value is underlined; for a missing field, the
 * key of the deepest existing object that should hold it (its whole first line for the root);
 * for a file that does not parse, its first syntax error.
 */
export function locateJsonPath(text: string, jsonPath: string): TextRange {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (!root) {
    const first = errors[0];
    return range(text, first ? first.offset : 0, first ? first.length : 1);
  }
  if (jsonPath === '') {
    const first = errors[0];
    if (first) return range(text, first.offset, first.length);
    return range(text, root.offset, 1);
  }
  const { node, exact } = deepest(root, parseJsonPath(jsonPath));
  // Underline the property's key when the value is a container (or the field is missing from it).
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  const key = property?.children?.[0];
  if (key && (!exact || node.type === 'object' || node.type === 'array')) return range(text, key.offset, key.length);
  if (node === root) return range(text, root.offset, 1);
  return range(text, node.offset, node.length);
}
