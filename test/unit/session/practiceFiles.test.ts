import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadPack } from '../../../src/core/problems/loader';
import type { Problem } from '../../../src/core/problems/schema';
import { PracticeFiles, resolvePracticeFolder } from '../../../src/core/session/practiceFiles';

/** The repository root: the nearest folder above this bundle with the extension's package.json. */
function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.readFileSync(path.join(dir, 'package.json'), 'utf8').includes('"ml-interview-prep"')) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('repository root not found');
    dir = parent;
  }
  return dir;
}

const PACK = path.join(repoRoot(), 'test', 'fixtures', 'pack');

describe('practice files', () => {
  let root: string;
  let files: PracticeFiles;
  let coding: Problem;
  let design: Problem;

  before(async () => {
    const pack = await loadPack(PACK);
    const byId = new Map(pack.problems.map((p) => [p.id, p]));
    coding = byId.get('sum-column') as Problem;
    design = byId.get('design-mini') as Problem;
    assert.ok(coding && design, 'fixture problems load');
  });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-practice-unit-'));
    files = new PracticeFiles(() => root);
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('creates the solution file from the starter in the problem folder', async () => {
    const file = await files.ensureSolution(coding, 'python');
    assert.equal(file, path.join(root, 'sum-column', 'solution.py'));
    assert.equal(fs.readFileSync(file, 'utf8'), fs.readFileSync(path.join(PACK, 'sum-column', 'starter.py'), 'utf8'));
  });

  it('never overwrites an existing solution file', async () => {
    const file = await files.ensureSolution(coding, 'python');
    fs.writeFileSync(file, '# my work\n');
    assert.equal(await files.ensureSolution(coding, 'python'), file);
    assert.equal(fs.readFileSync(file, 'utf8'), '# my work\n');
  });

  it('never overwrites a file that appears while the starter is read', async () => {
    // exists() says no, then the file shows up before the write: the exclusive create keeps it.
    const folder = path.join(root, 'sum-column');
    const racy = new PracticeFiles(() => root, {
      readFile: async (f) => {
        fs.mkdirSync(folder, { recursive: true });
        fs.writeFileSync(path.join(folder, 'solution.py'), '# written meanwhile\n');
        return fs.readFileSync(f, 'utf8');
      },
      createFile: (f, text) => fs.promises.writeFile(f, text, { flag: 'wx' }).then(() => true, () => false),
      writeFile: (f, text) => fs.promises.writeFile(f, text),
      exists: async () => false,
      mkdir: async (d) => void fs.mkdirSync(d, { recursive: true }),
    });
    await racy.ensureSolution(coding, 'python');
    assert.equal(fs.readFileSync(path.join(folder, 'solution.py'), 'utf8'), '# written meanwhile\n');
  });

  it('makes the JavaScript starter from the TypeScript one without its types', async () => {
    const js = fs.readFileSync(await files.ensureSolution(coding, 'javascript'), 'utf8');
    assert.match(js, /export function columnSum\(_text, _name\)/);
    assert.doesNotMatch(js, /: string|: \[number, number\]/);
    const ts = fs.readFileSync(await files.ensureSolution(coding, 'typescript'), 'utf8');
    assert.match(ts, /_text: string/);
  });

  it('starts a discussion round from its answer template', async () => {
    const file = await files.ensureSolution(design, 'python');
    assert.equal(path.basename(file), 'answer.md');
    assert.equal(fs.readFileSync(file, 'utf8'), fs.readFileSync(path.join(PACK, 'design-mini', 'template.md'), 'utf8'));
  });

  it('custom cases round-trip through their file; none when there is no file', async () => {
    assert.deepEqual(await files.readCustomCases(coding), []);
    const cases = [
      { name: 'two rows', args: '["a\\n1\\n2", "a"]', expected: '[3, 0]' },
      { name: 'empty', args: '["a", "a"]', expected: '[0, 0]' },
    ];
    await files.writeCustomCases(coding.id, cases);
    assert.ok(fs.existsSync(path.join(root, 'sum-column', 'custom-tests.json')));
    assert.deepEqual(await files.readCustomCases(coding), cases);
    assert.deepEqual(await files.readCustomCases(design), [], 'discussion rounds have no custom cases');
  });

  it('a malformed custom cases file is an error that names the file and the reason', async () => {
    fs.mkdirSync(path.join(root, 'sum-column'), { recursive: true });
    const file = path.join(root, 'sum-column', 'custom-tests.json');
    fs.writeFileSync(file, '{"version":1,"cases":[{"name":"x","args":"1","expected":"1"}]}');
    await assert.rejects(files.readCustomCases(coding), (err: Error) => err.message.includes(file) && /JSON array/.test(err.message));
    fs.writeFileSync(file, 'not json');
    await assert.rejects(files.readCustomCases(coding), (err: Error) => err.message.includes(file) && /could not be read/.test(err.message));
  });

  it('resolves the practice folder setting: default, ~, and never inside the extension', () => {
    const home = path.join(os.tmpdir(), 'home-x');
    const ext = path.join(os.tmpdir(), 'ext-x');
    assert.deepEqual(resolvePracticeFolder(undefined, ext, home), { folder: path.join(home, 'ml-interview-prep') });
    assert.deepEqual(resolvePracticeFolder('  ', ext, home), { folder: path.join(home, 'ml-interview-prep') });
    assert.deepEqual(resolvePracticeFolder('~/prep', ext, home), { folder: path.join(home, 'prep') });
    const inside = resolvePracticeFolder(path.join(ext, 'problems'), ext, home);
    assert.equal(inside.folder, path.join(home, 'ml-interview-prep'));
    assert.match(inside.warning ?? '', /inside the extension/);
  });
});
