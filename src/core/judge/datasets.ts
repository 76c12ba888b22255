// Datasets of the live data problems: produced at first use by a seeded, deterministic generator
// shipped in the pack (`<pack>/_datasets/<name>/generate.py OUTDIR`, standard-library Python),
// every file checked against the SHA-256 the problem states, and cached outside the pack (the
// extension's storage, or a folder of the OS temp folder for the CLI). A file is checked again
// each time a run uses it, so a cache that was changed or truncated is rebuilt, never trusted.
//
// Each run gets its own read-only copies in its working folder: a solution reads `orders.csv`
// from its current folder as in a notebook, and cannot change what the next run sees.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, promises as fsp } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodingProblem, DatasetsSpec } from '../problems/schema';

/** Folder of a pack that holds the dataset generators (not a problem: `_` is not an id character). */
export const DATASETS_FOLDER = '_datasets';
/** The generator script of a dataset folder. */
export const GENERATOR_FILE = 'generate.py';
const GENERATOR_TIMEOUT_MS = 120_000;

export type DatasetFiles = { ok: true; dir: string; files: string[] } | { ok: false; message: string; hint?: string };

/** Default cache: one folder per user in the OS temp folder. */
export function defaultDataCacheDir(): string {
  let user = 'user';
  try {
    user = String(os.userInfo().uid >= 0 ? os.userInfo().uid : os.userInfo().username);
  } catch {
    // no user database: one shared name
  }
  return path.join(os.tmpdir(), `mlprep-datasets-${user}`);
}

/** SHA-256 (hex) of a file, streamed. */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    const s = createReadStream(file);
    s.on('error', reject);
    s.on('data', (d) => h.update(d));
    s.on('end', () => resolve(h.digest('hex')));
  });
}

/** The folder of the generator of a problem's datasets (the pack is the problem's parent folder). */
export function generatorDir(problem: CodingProblem, spec: DatasetsSpec): string {
  return path.join(path.dirname(problem.dir), DATASETS_FOLDER, spec.generator);
}

/** Names of the files that do not have the stated hash (missing ones included). */
export async function staleFiles(dir: string, files: Readonly<Record<string, string>>): Promise<string[]> {
  const bad: string[] = [];
  for (const [name, want] of Object.entries(files)) {
    const got = await sha256File(path.join(dir, name)).catch(() => undefined);
    if (got !== want) bad.push(name);
  }
  return bad;
}

function runGenerator(python: string, script: string, outDir: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  return new Promise((resolve) => {
    let stderr = '';
    let settled = false;
    const done = (v: string | undefined): void => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        resolve(v);
      }
    };
    const child = spawn(python, ['-I', '-B', script, outDir], { env, cwd: outDir, stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done(`the generator did not finish within ${GENERATOR_TIMEOUT_MS / 1000} s`);
    }, GENERATOR_TIMEOUT_MS);
    child.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 8192) stderr += d.toString('utf8');
    });
    child.on('error', (err) => done(`cannot start ${python}: ${err.message}`));
    child.on('close', (code) => done(code === 0 ? undefined : `the generator exited with code ${String(code)}: ${stderr.trim().split('\n').slice(-3).join(' ')}`));
  });
}

/**
 * Makes sure the cache holds the problem's dataset files with the stated hashes, generating them
 * with `python` when needed. Concurrent callers (runs of other processes too) each generate into
 * their own temporary folder and move the checked result into place.
 */
export class DatasetCache {
  private readonly pending = new Map<string, Promise<DatasetFiles>>();

  constructor(
    private readonly root: string,
    private readonly env: () => NodeJS.ProcessEnv,
  ) {}

  /** The cache folder of a set of files: named after their hashes, so equal datasets share it. */
  folderOf(spec: DatasetsSpec): string {
    const h = createHash('sha256');
    for (const [name, sha] of Object.entries(spec.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) h.update(`${name}\0${sha}\n`);
    return path.join(this.root, `${spec.generator}-${h.digest('hex').slice(0, 16)}`);
  }

  ensure(problem: CodingProblem, spec: DatasetsSpec, python: string): Promise<DatasetFiles> {
    const dir = this.folderOf(spec);
    let p = this.pending.get(dir);
    if (!p) {
      p = this.ensureUncached(problem, spec, python, dir).finally(() => this.pending.delete(dir));
      this.pending.set(dir, p);
    }
    return p;
  }

  private async ensureUncached(problem: CodingProblem, spec: DatasetsSpec, python: string, dir: string): Promise<DatasetFiles> {
    const files = Object.keys(spec.files);
    if ((await staleFiles(dir, spec.files)).length === 0) return { ok: true, dir, files };
    const script = path.join(generatorDir(problem, spec), GENERATOR_FILE);
    try {
      await fsp.access(script);
    } catch {
      return { ok: false, message: `The dataset generator of "${problem.title}" is missing: ${script}.`, hint: 'Reinstall the extension, or restore the pack folder.' };
    }
    const tmp = path.join(this.root, `.tmp-${spec.generator}-${randomBytes(6).toString('hex')}`);
    try {
      await fsp.mkdir(tmp, { recursive: true });
      const failed = await runGenerator(python, script, tmp, this.env());
      if (failed) return { ok: false, message: `Cannot build the dataset of "${problem.title}": ${failed}.` };
      const bad = await staleFiles(tmp, spec.files);
      if (bad.length > 0) {
        return {
          ok: false,
          message: `The dataset of "${problem.title}" does not match its stated SHA-256 (${bad.join(', ')}): the generator produced different data with ${python}.`,
          hint: 'The generator uses only the standard library and a fixed seed; report the Python version shown here.',
        };
      }
      await fsp.rm(dir, { recursive: true, force: true });
      try {
        await fsp.rename(tmp, dir);
      } catch (err) {
        // Another process put a complete copy in place first: use it if it checks out.
        if ((await staleFiles(dir, spec.files)).length > 0) throw err;
      }
      return { ok: true, dir, files };
    } catch (err) {
      return { ok: false, message: `Cannot write the dataset cache ${this.root}: ${err instanceof Error ? err.message : String(err)}` };
    } finally {
      await fsp.rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}

/** Copies the files into a run's working folder, read-only. */
export async function stageFiles(sources: readonly { from: string; name: string }[], workDir: string): Promise<string | undefined> {
  try {
    for (const s of sources) {
      const to = path.join(workDir, s.name);
      await fsp.copyFile(s.from, to);
      if (process.platform !== 'win32') await fsp.chmod(to, 0o444);
    }
    return undefined;
  } catch (err) {
    return `Cannot copy the problem's data into ${workDir}: ${err instanceof Error ? err.message : String(err)}`;
  }
}
