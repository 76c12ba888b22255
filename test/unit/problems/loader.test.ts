import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PackError, formatJsonPath, loadNuanceCards, loadPack, loadRubric, loadStatement, loadTemplate, loadTests, validatePack } from '../../../src/core/problems/loader';
import { PACK_FILE_CAPS } from '../../../src/core/problems/packFile';
import type { CodingProblem, DesignProblem } from '../../../src/core/problems/schema';
import { cleanupTemp, fixturesDir, tempDir } from '../judge/support';

const PACK = path.join(fixturesDir, 'pack');

function copyPack(): string {
  const dir = path.join(tempDir('mlprep-pack-'), 'pack');
  fs.cpSync(PACK, dir, { recursive: true });
  return dir;
}

function readManifest(dir: string, id: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(dir, id, 'problem.json'), 'utf8')) as Record<string, unknown>;
}

function writeManifest(dir: string, id: string, m: unknown): void {
  fs.mkdirSync(path.join(dir, id), { recursive: true });
  fs.writeFileSync(path.join(dir, id, 'problem.json'), typeof m === 'string' ? m : JSON.stringify(m, null, 2));
}

/** A coding problem folder copied from the fixture under a new id. */
function cloneCoding(dir: string, id: string, edit: (m: Record<string, unknown>) => void = () => undefined): void {
  fs.cpSync(path.join(dir, 'sum-column'), path.join(dir, id), { recursive: true });
  const m = readManifest(dir, id);
  m.id = id;
  edit(m);
  writeManifest(dir, id, m);
}

after(() => cleanupTemp());

describe('problem pack loader', () => {
  it('loads the fixture pack: coding, design and behavioral problems, no diagnostics', async () => {
    const pack = await loadPack(PACK);
    assert.deepEqual(pack.diagnostics, []);
    assert.deepEqual(
      pack.problems.map((p) => `${p.id}:${p.kind}`),
      ['behavioral-mini:behavioral', 'design-mini:design', 'sum-column:coding'],
    );
    assert.ok(pack.problems.every((p) => path.isAbsolute(p.dir)));
    assert.deepEqual(await validatePack(PACK, { bundled: true }), []);
  });

  it('loads statements, templates, rubrics and tests lazily; $file arguments become the file text', async () => {
    const pack = await loadPack(PACK);
    const coding = pack.problems.find((p) => p.id === 'sum-column') as CodingProblem;
    assert.match(await loadStatement(coding), /^# Sum a CSV column/);
    const cases = await loadTests(coding);
    assert.equal(cases.length, 7);
    assert.deepEqual(cases[0].args, ['a,b\n1,10\n2,\n3,30\n', 'b']);
    assert.equal(cases[0].hidden, false);
    assert.equal(cases[2].hidden, true);
    assert.equal(cases[2].nuance, 'data-drift');
    assert.equal(cases[1].name, 'column a inline');
    const design = pack.problems.find((p) => p.id === 'design-mini');
    assert.ok(design && design.kind === 'design');
    assert.equal((await loadRubric(design)).phases.length, 9);
    assert.match(await loadTemplate(design), /Clarify/);
    const behavioral = pack.problems.find((p) => p.id === 'behavioral-mini');
    assert.ok(behavioral && behavioral.kind === 'behavioral');
    assert.deepEqual((await loadRubric(behavioral)).competencies, ['ownership']);
  });

  it('row 26: missing fields, wrong types, duplicate ids, an id with ../, a 100 MB tests file and invalid JSON are reported; every other problem loads', async () => {
    const dir = copyPack();
    cloneCoding(dir, 'missing-fields', (m) => {
      delete m.title;
      delete (m.languages as { python: Record<string, unknown> }).python.entry;
    });
    cloneCoding(dir, 'wrong-types', (m) => {
      m.suggestedMinutes = 'ten';
      m.difficulty = 'impossible';
      m.tags = 'csv';
    });
    cloneCoding(dir, 'dup-b', (m) => {
      m.id = 'sum-column';
    });
    cloneCoding(dir, 'dotdot', (m) => {
      m.id = '../etc';
    });
    cloneCoding(dir, 'huge-tests');
    const huge = path.join(dir, 'huge-tests', 'tests.json');
    const fd = fs.openSync(huge, 'r+');
    fs.ftruncateSync(fd, 100 * 1024 * 1024); // sparse: 100 MB without writing them
    fs.closeSync(fd);
    writeManifest(dir, 'bad-json', '{ "id": "bad-json", "title": "x",, }');
    fs.mkdirSync(path.join(dir, 'Not_An_Id'));
    writeManifest(dir, 'Not_An_Id', { id: 'Not_An_Id' });

    const started = performance.now();
    const pack = await loadPack(dir);
    const took = performance.now() - started;
    const ids = pack.problems.map((p) => p.id).sort();
    assert.deepEqual(ids, ['behavioral-mini', 'design-mini', 'sum-column']);
    const find = (folder: string, jsonPath?: string): boolean =>
      pack.diagnostics.some((d) => d.file.includes(`${path.sep}${folder}${path.sep}`) && (jsonPath === undefined || d.path === jsonPath));
    assert.ok(find('missing-fields', 'title'), 'missing title');
    assert.ok(find('missing-fields', 'languages.python.entry'), 'missing entry, named by its JSON path');
    assert.ok(find('wrong-types', 'suggestedMinutes'));
    assert.ok(find('wrong-types', 'difficulty'));
    assert.ok(find('wrong-types', 'tags'));
    assert.ok(find('dup-b', 'id'));
    assert.ok(pack.diagnostics.some((d) => d.path === 'id' && /duplicate id "sum-column"/.test(d.message)));
    assert.ok(find('dotdot', 'id'));
    const hugeDiag = pack.diagnostics.find((d) => d.file === huge);
    assert.ok(hugeDiag && /100\.0 MB/.test(hugeDiag.message), 'the big tests file is reported, not read');
    const bad = pack.diagnostics.find((d) => d.file.endsWith(path.join('bad-json', 'problem.json')));
    assert.ok(bad && /invalid JSON/.test(bad.message) && /line 1/.test(bad.message));
    assert.ok(find('Not_An_Id'));
    assert.ok(took < 2000, `took ${took} ms`);
    // loadTests refuses the big file too, with the file named.
    await assert.rejects(loadTests({ ...(pack.problems.find((p) => p.id === 'sum-column') as CodingProblem), dir: path.join(dir, 'huge-tests') }), (e: unknown) => e instanceof PackError && e.diagnostics[0].file === huge);
  });

  it('row 26: tests.json errors name the file and the JSON path; $file may not leave the problem folder', async () => {
    const dir = copyPack();
    const pack = await loadPack(dir);
    const p = pack.problems.find((x) => x.id === 'sum-column') as CodingProblem;
    const tests = path.join(dir, 'sum-column', 'tests.json');
    const write = (v: unknown): void => fs.writeFileSync(tests, JSON.stringify(v));
    const rejectsWith = async (re: RegExp, jsonPath: string): Promise<void> => {
      await assert.rejects(loadTests(p), (e: unknown) => {
        assert.ok(e instanceof PackError);
        assert.ok(
          e.diagnostics.some((d) => d.file === tests && d.path === jsonPath && re.test(d.message)),
          JSON.stringify(e.diagnostics),
        );
        return true;
      });
    };
    write({ cases: [{ args: [{ $file: '../sum-column/../../outside.txt' }], expected: 1 }] });
    await rejectsWith(/relative path inside/, 'cases[0].args[0].$file');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'sum-column', 'data', 'link.txt'));
    write({ cases: [{ args: [{ $file: 'data/link.txt' }], expected: 1 }] });
    await rejectsWith(/outside the problem folder/, 'cases[0].args');
    write({ cases: [{ args: [1] }] });
    await rejectsWith(/required/, 'cases[0].expected');
    write({ cases: [{ args: [1], expected: { $float: 'NaN' } }] });
    await rejectsWith(/\$float/, 'cases[0].expected.$float');
    write({ cases: [{ args: 'x', expected: 1, hidden: 'yes' }] });
    await rejectsWith(/.+/, 'cases[0].args');
    write({ cases: [{ args: [], expected: { $file: 'data/small.csv' } }] });
    await rejectsWith(/only in args/, 'cases[0].expected.$file');
    fs.writeFileSync(tests, '{"cases": [');
    await rejectsWith(/invalid JSON/, '');
  });

  (process.platform === 'linux' ? it : it.skip)('BATTERY 40: pack files linked outside the pack, to /dev/zero or /dev/stdin, FIFOs and oversized files are refused per file; the rest loads', async function () {
    this.timeout(20_000);
    const dir = copyPack();
    const outside = path.join(path.dirname(dir), 'outside.json');
    fs.writeFileSync(outside, fs.readFileSync(path.join(dir, 'sum-column', 'tests.json')));
    const link = (target: string, id: string, file: string): string => {
      const at = path.join(dir, id, file);
      fs.rmSync(at, { force: true });
      fs.symlinkSync(target, at);
      return at;
    };
    // tests.json: to a file outside the pack, to /dev/zero, to /dev/stdin, a FIFO.
    cloneCoding(dir, 'tests-outside');
    const testsOutside = link(outside, 'tests-outside', 'tests.json');
    cloneCoding(dir, 'tests-zero');
    const testsZero = link('/dev/zero', 'tests-zero', 'tests.json');
    cloneCoding(dir, 'tests-stdin');
    const testsStdin = link('/dev/stdin', 'tests-stdin', 'tests.json');
    cloneCoding(dir, 'tests-fifo');
    const fifo = path.join(dir, 'tests-fifo', 'tests.json');
    fs.rmSync(fifo);
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo');
    // problem.json: to /dev/zero, outside the pack, and over its cap.
    cloneCoding(dir, 'manifest-zero');
    const manifestZero = link('/dev/zero', 'manifest-zero', 'problem.json');
    cloneCoding(dir, 'manifest-outside');
    fs.writeFileSync(path.join(path.dirname(dir), 'manifest.json'), JSON.stringify({ ...readManifest(dir, 'sum-column'), id: 'manifest-outside' }));
    const manifestOutside = link(path.join(path.dirname(dir), 'manifest.json'), 'manifest-outside', 'problem.json');
    cloneCoding(dir, 'manifest-big', (m) => {
      m.description = 'x'.repeat(PACK_FILE_CAPS.manifest + 10);
    });
    // A link that stays inside its folder is fine.
    cloneCoding(dir, 'tests-inside');
    fs.renameSync(path.join(dir, 'tests-inside', 'tests.json'), path.join(dir, 'tests-inside', 'real-tests.json'));
    link('real-tests.json', 'tests-inside', 'tests.json');

    const before = process.memoryUsage().rss;
    const started = performance.now();
    const pack = await loadPack(dir);
    assert.ok(performance.now() - started < 5000, 'nothing blocked');
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, 'nothing was read without bound');
    assert.deepEqual(pack.problems.map((p) => p.id).sort(), ['behavioral-mini', 'design-mini', 'sum-column', 'tests-inside']);
    const said = (file: string, re: RegExp): void => {
      const d = pack.diagnostics.find((x) => x.file === file);
      assert.ok(d && re.test(d.message), `${file}: ${JSON.stringify(pack.diagnostics.filter((x) => x.file === file))}`);
    };
    said(testsOutside, /outside its folder/);
    said(testsZero, /outside its folder|not a regular file/);
    said(testsStdin, /outside its folder|not a regular file|cannot read/);
    said(fifo, /not a regular file/);
    said(manifestZero, /outside its folder|not a regular file/);
    said(manifestOutside, /outside its folder/);
    said(path.join(dir, 'manifest-big', 'problem.json'), /limit is 1 MB/);
    assert.equal((await loadTests(pack.problems.find((p) => p.id === 'tests-inside') as CodingProblem)).length, 7);

    // The lazy loaders refuse the same way, each with its file: statement, tests, rubric, template, nuance cards.
    const coding = pack.problems.find((p) => p.id === 'sum-column') as CodingProblem;
    const statement = link('/dev/zero', 'sum-column', 'statement.md');
    await assert.rejects(loadStatement(coding), (e: unknown) => e instanceof PackError && e.diagnostics[0].file === statement && /outside|regular/.test(e.diagnostics[0].message));
    fs.rmSync(path.join(dir, 'sum-column', 'tests.json'));
    fs.symlinkSync(fifo, path.join(dir, 'sum-column', 'tests.json'));
    await assert.rejects(loadTests(coding), (e: unknown) => e instanceof PackError && /outside|regular/.test(e.diagnostics[0].message));
    const design = pack.problems.find((p) => p.id === 'design-mini') as DesignProblem;
    link('/dev/zero', 'design-mini', 'rubric.json');
    await assert.rejects(loadRubric(design), (e: unknown) => e instanceof PackError && /outside|regular/.test(e.diagnostics[0].message));
    fs.writeFileSync(path.join(dir, 'design-mini', 'template.md'), 'x'.repeat(PACK_FILE_CAPS.template + 1));
    await assert.rejects(loadTemplate(design), (e: unknown) => e instanceof PackError && /limit is 1 MB/.test(e.diagnostics[0].message));
    fs.rmSync(path.join(dir, 'nuances.json'), { force: true });
    fs.symlinkSync('/dev/stdin', path.join(dir, 'nuances.json'));
    const cards = await loadNuanceCards(dir);
    assert.deepEqual(cards.cards, []);
    assert.ok(cards.diagnostics.length === 1 && /outside|regular|cannot read/.test(cards.diagnostics[0].message), JSON.stringify(cards.diagnostics));
  });

  it('rejects a wrong solution without a file for every language, and hints out of order', async () => {
    const dir = copyPack();
    cloneCoding(dir, 'no-ts-wrong', (m) => {
      const wrong = m.wrong as { files: Record<string, string> }[];
      delete wrong[0].files.typescript;
    });
    cloneCoding(dir, 'hint-order', (m) => {
      const hints = m.hints as { level: string }[];
      [hints[0], hints[1]] = [hints[1], hints[0]];
    });
    const pack = await loadPack(dir);
    const d = pack.diagnostics;
    assert.ok(d.some((x) => x.file.includes('no-ts-wrong') && x.path === 'wrong[0].files.typescript'), JSON.stringify(d));
    assert.ok(d.some((x) => x.file.includes('hint-order') && x.path === 'hints[0].level'));
    assert.deepEqual(pack.problems.map((p) => p.id).sort(), ['behavioral-mini', 'design-mini', 'sum-column']);
  });

  it('design and behavioral prompts may not carry coding fields', async () => {
    const dir = copyPack();
    const m = readManifest(dir, 'design-mini');
    m.hints = [];
    writeManifest(dir, 'design-mini', m);
    const pack = await loadPack(dir);
    assert.ok(!pack.problems.some((p) => p.id === 'design-mini'));
    assert.ok(pack.diagnostics.some((d) => d.file.includes('design-mini') && /hints/.test(d.path + d.message)));
  });

  it('validatePack reports missing files, rubric errors and the bundled minimums', async () => {
    const dir = copyPack();
    fs.rmSync(path.join(dir, 'sum-column', 'solutions', 'wrong-first-column.ts'));
    fs.rmSync(path.join(dir, 'design-mini', 'template.md'));
    const rubric = JSON.parse(fs.readFileSync(path.join(dir, 'design-mini', 'rubric.json'), 'utf8')) as { phases: { id: string }[] };
    rubric.phases[1].id = 'metrics';
    fs.writeFileSync(path.join(dir, 'design-mini', 'rubric.json'), JSON.stringify(rubric));
    const tests = JSON.parse(fs.readFileSync(path.join(dir, 'sum-column', 'tests.json'), 'utf8')) as { cases: { hidden?: boolean }[] };
    tests.cases = tests.cases.slice(0, 4);
    fs.writeFileSync(path.join(dir, 'sum-column', 'tests.json'), JSON.stringify(tests));
    const loose = await validatePack(dir);
    const strict = await validatePack(dir, { bundled: true });
    const has = (list: typeof loose, re: RegExp): boolean => list.some((d) => re.test(`${d.file} ${d.path} ${d.message}`));
    assert.ok(has(loose, /wrong\[1\]\.files\.typescript .*does not exist/));
    assert.ok(has(loose, /design-mini.*template\.md/));
    assert.ok(has(loose, /rubric\.json phases\[1\]\.id/));
    assert.ok(!has(loose, /hidden cases/));
    assert.ok(has(strict, /at least 5 hidden cases/));
  });

  it('nuance cards: absent file is fine, invalid cards are reported and the valid ones kept', async () => {
    const empty = tempDir();
    assert.deepEqual(await loadNuanceCards(empty), { cards: [], diagnostics: [] });
    const good = await loadNuanceCards(PACK);
    assert.equal(good.cards.length, 8);
    const dir = copyPack();
    const file = path.join(dir, 'nuances.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { cards: Record<string, unknown>[] };
    delete data.cards[2].say;
    data.cards[3].id = 'not-a-nuance';
    fs.writeFileSync(file, JSON.stringify(data));
    const r = await loadNuanceCards(dir);
    assert.equal(r.cards.length, 6);
    assert.ok(r.diagnostics.some((d) => d.path === 'cards[2].say'));
    assert.ok(r.diagnostics.some((d) => d.path === 'cards[3].id'));
    fs.writeFileSync(file, 'not json');
    const broken = await loadNuanceCards(dir);
    assert.deepEqual(broken.cards, []);
    assert.equal(broken.diagnostics[0].file, file);
  });

  it('loads a pack of 200 problems in one call (its time budget is checked by npm run bench)', async () => {
    const dir = path.join(tempDir('mlprep-big-pack-'), 'pack');
    fs.mkdirSync(dir);
    const base = readManifest(PACK, 'sum-column');
    for (let i = 0; i < 200; i++) {
      const id = `problem-${String(i).padStart(3, '0')}`;
      writeManifest(dir, id, { ...base, id, title: `Problem ${i}` });
      fs.writeFileSync(path.join(dir, id, 'tests.json'), '{"cases":[]}');
      fs.writeFileSync(path.join(dir, id, 'statement.md'), 'x'.repeat(20_000));
    }
    const pack = await loadPack(dir);
    assert.equal(pack.problems.length, 200);
    assert.deepEqual(pack.diagnostics, []);
  });

  it('formats zod paths as JSON paths', () => {
    assert.equal(formatJsonPath(['languages', 'python', 'entry']), 'languages.python.entry');
    assert.equal(formatJsonPath(['cases', 3, 'args', 0]), 'cases[3].args[0]');
    assert.equal(formatJsonPath([]), '');
  });
});
