// A Jupyter notebook (.ipynb, nbformat 4) as a Python solution: its code cells, in order, become
// one module. What is not Python is dropped and named in a note of the run: line magics (`%time`,
// `%matplotlib inline`), shell lines (`!pip install …`), help lines (`obj?`) and whole cells that
// start with a cell magic (`%%time`, `%%bash`). A dropped line stays as a comment, so the lines
// of a cell keep their order. Markdown and raw cells are skipped.
import { NOTEBOOK_EXTENSION } from '../vocabulary';

export type NotebookSource = { ok: true; source: string; notes: string[] } | { ok: false; message: string };

/** Whether a solution file is a notebook (by its extension). */
export function isNotebookPath(p: string): boolean {
  return p.toLowerCase().endsWith(`.${NOTEBOOK_EXTENSION}`);
}

function cellText(source: unknown): string | undefined {
  if (typeof source === 'string') return source;
  if (Array.isArray(source) && source.every((s) => typeof s === 'string')) return (source as string[]).join('');
  return undefined;
}

/** A line IPython would not hand to Python as it is. */
function ipythonOnly(line: string): boolean {
  const t = line.trimStart();
  return t.startsWith('%') || t.startsWith('!') || /^[A-Za-z_][\w.]*\?\??\s*$/.test(t) || /^\?\??[A-Za-z_]/.test(t);
}

/**
 * The Python module of a notebook's code cells, or why the notebook cannot be used (not JSON,
 * not a notebook, a cell whose source is not text).
 */
export function notebookToPython(text: string): NotebookSource {
  let nb: unknown;
  try {
    nb = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { ok: false, message: `The notebook is not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof nb !== 'object' || nb === null || Array.isArray(nb)) return { ok: false, message: 'The notebook is not a Jupyter notebook: its JSON is not an object.' };
  const { cells, nbformat } = nb as { cells?: unknown; nbformat?: unknown };
  if (typeof nbformat === 'number' && nbformat < 4) return { ok: false, message: `The notebook is in format ${nbformat}; save it as nbformat 4 (any current Jupyter or VS Code does).` };
  if (!Array.isArray(cells)) return { ok: false, message: 'The notebook is not a Jupyter notebook: it has no "cells" list.' };
  const parts: string[] = [];
  const droppedLines: number[] = [];
  const droppedCells: number[] = [];
  let codeCells = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell: unknown = cells[i];
    if (typeof cell !== 'object' || cell === null) return { ok: false, message: `The notebook's cell ${i + 1} is not an object.` };
    const { cell_type: type, source } = cell as { cell_type?: unknown; source?: unknown };
    if (type !== 'code') continue;
    codeCells++;
    const body = cellText(source);
    if (body === undefined) return { ok: false, message: `The notebook's cell ${i + 1} has no text source.` };
    parts.push(`# %% cell ${i + 1}`);
    if (body.trimStart().startsWith('%%')) {
      droppedCells.push(i + 1);
      parts.push(...body.split(/\r?\n/).map((l) => `# [dropped] ${l}`));
      continue;
    }
    for (const line of body.split(/\r?\n/)) {
      if (ipythonOnly(line)) {
        droppedLines.push(i + 1);
        parts.push(`${line.slice(0, line.length - line.trimStart().length)}pass  # [dropped] ${line.trimStart()}`);
      } else {
        parts.push(line);
      }
    }
  }
  if (codeCells === 0) return { ok: false, message: 'The notebook has no code cells.' };
  const notes: string[] = [];
  if (droppedLines.length > 0) {
    const where = [...new Set(droppedLines)].join(', ');
    notes.push(`notebook: ${droppedLines.length} IPython line${droppedLines.length === 1 ? '' : 's'} (magics %, shell !, help ?) dropped, in cell${where.includes(',') ? 's' : ''} ${where}`);
  }
  if (droppedCells.length > 0) notes.push(`notebook: cell${droppedCells.length === 1 ? '' : 's'} ${droppedCells.join(', ')} start${droppedCells.length === 1 ? 's' : ''} with a cell magic (%%) and did not run`);
  return { ok: true, source: parts.join('\n') + '\n', notes };
}
