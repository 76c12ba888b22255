// Several packs side by side: the bundled one, the folders of `mlprep.problemPacks`, and the
// `.mlprep/problems` folder of each trusted workspace folder. Each problem remembers the pack it
// came from (the Problems tree names it); an id already taken by an earlier pack is a
// diagnostic on the later manifest, never a replacement.
import * as path from 'node:path';
import type { Diagnostic, Pack } from './loader';
import type { Problem } from './schema';
import { PROBLEM_FILES, WORKSPACE_PACK_FOLDER } from '../vocabulary';

export type PackOrigin = 'bundled' | 'setting' | 'workspace';

export interface PackSource {
  /** Absolute folder of the pack. */
  dir: string;
  origin: PackOrigin;
  /** What the user sees next to each problem of the pack ("" for the bundled pack). */
  label: string;
}

/**
 * The packs to load, in precedence order, without duplicates: the bundled pack, then the
 * setting's folders (`~` expanded; relative ones are ignored), then `.mlprep/problems` of each
 * workspace folder when the workspace is trusted.
 */
export function packSources(bundledDir: string, settingDirs: readonly string[], workspaceFolders: readonly string[], trusted: boolean, home: string): PackSource[] {
  const out: PackSource[] = [{ dir: path.resolve(bundledDir), origin: 'bundled', label: '' }];
  const seen = new Set([out[0]?.dir]);
  const add = (dir: string, origin: PackOrigin, label: string): void => {
    const resolved = path.resolve(dir);
    if (seen.has(resolved)) return;
    seen.add(resolved);
    out.push({ dir: resolved, origin, label });
  };
  for (const raw of settingDirs) {
    const dir = expandHome(raw.trim(), home);
    if (dir && path.isAbsolute(dir)) add(dir, 'setting', path.basename(dir) || dir);
  }
  if (trusted) {
    for (const folder of workspaceFolders) add(path.join(folder, WORKSPACE_PACK_FOLDER), 'workspace', `${path.basename(folder)} (workspace)`);
  }
  return out;
}

function expandHome(p: string, home: string): string {
  if (p === '~') return home;
  if (p.startsWith('~/') || p.startsWith('~\\')) return path.join(home, p.slice(2));
  return p;
}

export interface MergedPacks {
  problems: Problem[];
  /** The pack of each loaded problem. */
  sourceOf: Map<string, PackSource>;
  diagnostics: Diagnostic[];
}

/** Joins loaded packs in order; a later problem with an id already loaded is reported and left out. */
export function mergePacks(loaded: readonly { source: PackSource; pack: Pack }[]): MergedPacks {
  const sourceOf = new Map<string, PackSource>();
  const problems: Problem[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { source, pack } of loaded) {
    diagnostics.push(...pack.diagnostics);
    for (const p of pack.problems) {
      const first = sourceOf.get(p.id);
      if (first) {
        diagnostics.push({ file: path.join(p.dir, PROBLEM_FILES.manifest), path: 'id', message: `id "${p.id}" is already used by ${describeSource(first)}; this problem is not loaded` });
        continue;
      }
      sourceOf.set(p.id, source);
      problems.push(p);
    }
  }
  problems.sort((a, b) => a.id.localeCompare(b.id));
  return { problems, sourceOf, diagnostics };
}

/** "the bundled pack", "the pack “my-pack” (mlprep.problemPacks)"… */
export function describeSource(source: PackSource): string {
  if (source.origin === 'bundled') return 'the bundled pack';
  if (source.origin === 'setting') return `the pack “${source.label}” (mlprep.problemPacks)`;
  return `the workspace pack ${source.dir}`;
}
