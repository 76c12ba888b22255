import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, practiceFolder, stopAnySession, waitFor } from './helpers';

interface Node {
  kind: string;
  story?: { title: string };
  problem?: { file: string; message: string };
  summary?: { status: string };
}

const STRONG = `
## Clarify and scope
I would first ask about the four actions, approve, step-up, manual review and decline, because a false decline costs margin and lifetime value while a missed fraud costs the item value plus the chargeback fee.

## Metrics
We choose recall at a fixed false-positive rate of 0.5% as the offline metric, because accuracy is meaningless at 0.15% fraud; online we watch the chargeback rate and the approval rate.

## Data
Chargeback labels arrive up to 90 days late, so we split by time: train on months 1 to 9 and evaluate on month 11, leaving a gap for label maturity.
`;

async function stories(): Promise<Node[]> {
  const a = await api();
  return (await a.views.storiesTree.getChildren()) as Node[];
}

describe('FBUI feedback rounds and story bank', function () {
  this.timeout(180_000);
  after(stopAnySession);

  it('FBUI the Stories view lists stories from files, survives a broken one, and New Story uses the STAR-C template', async () => {
    const dir = path.join(await practiceFolder(), 'stories');
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'rollback.md'), '---\ntitle: Rolled back the ranking model\ncompetencies: [failure, technical judgment]\ndate: 2025-03-14\nfailure: true\nimpact: ["false declines -38%"]\n---\n## Situation\n');
    await fs.writeFile(path.join(dir, 'broken.md'), '---\ntitle: Broken\ncompetencies: [juggling]\n---\n');
    await vscode.commands.executeCommand('mlprep.refreshStories');
    const nodes = await stories();
    const status = nodes.find((n) => n.kind === 'status');
    assert.equal(status?.summary?.status, '1 story, failure story: yes');
    assert.deepEqual(nodes.filter((n) => n.kind === 'story').map((n) => n.story?.title), ['Rolled back the ranking model']);
    const broken = nodes.find((n) => n.kind === 'broken');
    assert.equal(broken?.problem?.file, 'broken.md');
    assert.match(broken?.problem?.message ?? '', /unknown competency "juggling"/);
    const a = await api();
    const item = a.views.storiesTree.getTreeItem(broken);
    assert.match(String(item.tooltip), /juggling/, 'the diagnostic is shown on the item');

    const file = (await vscode.commands.executeCommand('mlprep.newStory', 'Disagreed with the launch plan')) as string;
    assert.equal(path.dirname(file), dir);
    assert.match(await fs.readFile(file, 'utf8'), /## Situation[\s\S]*## Task[\s\S]*## Action[\s\S]*## Result[\s\S]*## Context/);
    const again = await waitFor(async () => {
      const n = await stories();
      return n.filter((x) => x.kind === 'story').length === 2 ? n : undefined;
    }, 'the new story in the view');
    assert.equal(again.find((n) => n.kind === 'status')?.summary?.status, '2 stories, failure story: yes');
  });

  it('FBUI a design round has phases; Next phase moves on; Check answer records coverage and phase times on the attempt and in the JSON export', async () => {
    const a = await api();
    const r = (await vscode.commands.executeCommand('mlprep.startDesignRound', 'fraud-detection')) as { solutionPath: string };
    const s0 = a.getSessionState();
    assert.equal(s0?.stages?.round, 'design');
    assert.equal(s0?.stages?.index, 0);
    assert.equal(s0?.stages?.ids.length, 9);
    assert.match(a.views.statusBar.text, /·/, 'the status bar shows the phase');
    assert.equal(await vscode.commands.executeCommand('mlprep.nextPhase'), 1);
    assert.equal(a.getSessionState()?.stages?.index, 1);

    // Start from the prompt's own template (another test may have written to this answer file).
    const problem = a.catalog.get('fraud-detection');
    assert.ok(problem);
    const template = await fs.readFile(path.join(problem.dir, 'template.md'), 'utf8');
    await fs.writeFile(r.solutionPath, `${template}\n${STRONG}`);
    const checked = (await vscode.commands.executeCommand('mlprep.submit')) as { passed: number; total: number };
    assert.equal(checked.total, 9);
    assert.ok(checked.passed >= 1, 'the substantive answer covers phases');
    const attemptId = a.getSessionState()?.attemptId;
    assert.ok(attemptId);
    await a.deliverWebviewMessage('problem', { type: 'selfScore', id: 'metrics', score: 2 });

    const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'mlprep-export-')), 'history.json');
    type Exported = { attempts: { id: string; coverage?: { kind: string; phases: { id: string; covered: boolean; evidence: string[] }[]; nuances: { covered: string[]; missed: string[] }; redFlags: unknown[] }; phaseTimes?: { id: string; usedMs: number }[]; rubric?: { phase: string; score: number; max: number }[] }[] };
    // The panel's message is handled in the background: wait until the self-score is stored.
    const exported = await waitFor(async () => {
      await vscode.commands.executeCommand('mlprep.exportHistory', 'json', out);
      const e = JSON.parse(await fs.readFile(out, 'utf8')) as Exported;
      return e.attempts.find((x) => x.id === attemptId)?.rubric ? e : undefined;
    }, 'the self-score on the attempt');
    const attempt = exported.attempts.find((x) => x.id === attemptId);
    assert.ok(attempt?.coverage, 'the export carries the coverage');
    assert.equal(attempt.coverage.kind, 'design');
    assert.equal(attempt.coverage.phases.length, 9);
    const covered = attempt.coverage.phases.filter((p) => p.covered);
    assert.ok(covered.length >= 1);
    for (const p of covered) {
      assert.ok(p.evidence.length > 0, `covered phase ${p.id} quotes evidence`);
      for (const e of p.evidence) assert.ok(STRONG.includes(e), `evidence is the user's own sentence: ${e}`);
    }
    assert.ok(Array.isArray(attempt.coverage.nuances.covered) && Array.isArray(attempt.coverage.nuances.missed));
    assert.ok(attempt.coverage.nuances.covered.length + attempt.coverage.nuances.missed.length > 0, 'the prompt nuances are classified');
    assert.equal(attempt.phaseTimes?.length, 9);
    assert.ok((attempt.phaseTimes?.[0]?.usedMs ?? -1) >= 0);
    assert.deepEqual(attempt.rubric, [{ phase: 'metrics', score: 2, max: 3 }]);

    await vscode.commands.executeCommand('mlprep.stopSession');
    await vscode.commands.executeCommand('mlprep.exportHistory', 'json', out);
    const after = JSON.parse(await fs.readFile(out, 'utf8')) as typeof exported;
    const closed = after.attempts.find((x) => x.id === attemptId);
    assert.ok(closed?.coverage, 'ending the session keeps the coverage');
    assert.deepEqual(closed.rubric, [{ phase: 'metrics', score: 2, max: 3 }], 'and the self-scores');
  });

  it('FBUI a behavioral round: follow-ups are inserted as headings one at a time, matching stories are suggested, the STAR-C coverage is recorded', async () => {
    const a = await api();
    const r = (await vscode.commands.executeCommand('mlprep.startBehavioralRound', 'biggest-technical-mistake')) as { solutionPath: string; suggestedStories: string[] };
    assert.deepEqual(r.suggestedStories, ['rollback.md'], 'the failure story fits a mistake prompt');
    const s = a.getSessionState();
    assert.equal(s?.stages?.round, 'behavioral');
    assert.equal(s?.stages?.ids[0], 'answer');
    const n = s?.stages?.ids.length ?? 0;
    assert.ok(n >= 3);
    await vscode.commands.executeCommand('mlprep.nextPhase');
    const doc = await fs.readFile(r.solutionPath, 'utf8');
    assert.match(doc, /## Follow-up 1: /, 'the first follow-up is a heading of the answer');
    assert.doesNotMatch(doc, /## Follow-up 2: /, 'one question at a time');
    for (let i = 1; i < n; i++) await vscode.commands.executeCommand('mlprep.nextPhase');
    // After the last follow-up the answer is checked.
    const attemptId = await waitFor(() => a.getSessionState()?.attemptId, 'the check after the last follow-up');
    const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'mlprep-export-')), 'history.json');
    await vscode.commands.executeCommand('mlprep.exportHistory', 'json', out);
    const exported = JSON.parse(await fs.readFile(out, 'utf8')) as { attempts: { id: string; coverage?: { kind: string; starc: unknown[]; ownsFailure: boolean; quantifiedResult: boolean }; phaseTimes?: unknown[] }[] };
    const attempt = exported.attempts.find((x) => x.id === attemptId);
    assert.equal(attempt?.coverage?.kind, 'behavioral');
    assert.equal(attempt.coverage.starc.length, 5);
    assert.equal(typeof attempt.coverage.ownsFailure, 'boolean');
    assert.equal(attempt.phaseTimes?.length, n);
  });
});
