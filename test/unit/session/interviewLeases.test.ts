// Battery rows 50 and 53 (docs: the fault battery): interview mode in several windows that share
// one state folder; windows that end, crash or reload in any order.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BACKUP_FILE, InterviewFolder, LEASES_DIR } from '../../../src/core/session/interviewFolder';
import type { InterviewSetting, UserSettingsIo, UserValue } from '../../../src/core/session/interviewLeases';
import { InterviewLeases } from '../../../src/core/session/interviewLeases';

const AIDS: readonly InterviewSetting[] = [
  { section: 'editor', key: 'inlineSuggest.enabled', value: false },
  { section: 'editor', key: 'parameterHints.enabled', value: false },
  { section: 'editor', key: 'quickSuggestions', value: { other: 'off' } },
  { section: 'github.copilot', key: 'enable', value: { '*': false } },
];

/** The user-level settings of one machine, shared by its windows; `delayMs` makes writes yield. */
class FakeSettings implements UserSettingsIo {
  readonly values = new Map<string, unknown>();
  readonly writes: string[] = [];
  delayMs = 0;
  constructor(private readonly registered: ReadonlySet<string>) {}

  read(section: string, key: string): UserValue | undefined {
    const id = `${section}.${key}`;
    if (!this.registered.has(id)) return undefined;
    return this.values.has(id) ? { had: true, value: this.values.get(id) } : { had: false };
  }

  async write(section: string, key: string, value: unknown): Promise<void> {
    const id = `${section}.${key}`;
    if (!this.registered.has(id)) throw new Error(`${id} is not a registered configuration`);
    this.writes.push(id);
    if (this.delayMs) await new Promise((r) => setTimeout(r, Math.random() * this.delayMs));
    if (value === undefined) this.values.delete(id);
    else this.values.set(id, value);
  }

  snapshot(): Record<string, unknown> {
    return Object.fromEntries([...this.values.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

const ALL = new Set(AIDS.map((s) => `${s.section}.${s.key}`));

describe('interview mode across windows', () => {
  let dir: string;
  let settings: FakeSettings;
  const dead = new Set<number>();
  const logs: string[] = [];
  let nextPid = 1000;

  /** A window: its own process id and InterviewFolder over the shared folder. */
  const window = (pid = nextPid++): InterviewLeases =>
    new InterviewLeases({
      state: new InterviewFolder(dir, { pid, isAlive: (p) => !dead.has(p), log: (m) => logs.push(m) }),
      settings,
      aids: AIDS,
      me: { id: `w${pid}`, pid },
      isAlive: (p) => !dead.has(p),
      now: Date.now,
      log: (m) => logs.push(m),
    });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-interview-'));
    settings = new FakeSettings(ALL);
    // The user's own values: one set, the others never set.
    settings.values.set('editor.inlineSuggest.enabled', true);
    settings.values.set('editor.quickSuggestions', { other: 'on', comments: 'off', strings: 'off' });
    dead.clear();
    logs.length = 0;
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const USER = (): Record<string, unknown> => ({
    'editor.inlineSuggest.enabled': true,
    'editor.quickSuggestions': { other: 'on', comments: 'off', strings: 'off' },
  });
  const INTERVIEW = {
    'editor.inlineSuggest.enabled': false,
    'editor.parameterHints.enabled': false,
    'editor.quickSuggestions': { other: 'off' },
    'github.copilot.enable': { '*': false },
  };

  it('BATTERY 50: A on, B on, A ends, B ends: the exact previous values are back, "not set" included', async () => {
    const a = window();
    const b = window();
    await a.enable();
    assert.deepEqual(settings.snapshot(), INTERVIEW);
    await b.enable();
    const saved = JSON.parse(fs.readFileSync(path.join(dir, BACKUP_FILE), 'utf8')) as unknown;
    assert.deepEqual(saved, [
      { section: 'editor', key: 'inlineSuggest.enabled', had: true, value: true },
      { section: 'editor', key: 'parameterHints.enabled', had: false },
      { section: 'editor', key: 'quickSuggestions', had: true, value: { other: 'on', comments: 'off', strings: 'off' } },
      { section: 'github.copilot', key: 'enable', had: false },
    ], 'the second window leaves the first one\'s backup as it is');
    await a.restore();
    assert.deepEqual(settings.snapshot(), INTERVIEW, 'B is still in interview mode');
    assert.equal(a.isOn(), false);
    assert.equal(b.isOn(), true);
    await b.restore();
    assert.deepEqual(settings.snapshot(), USER());
    assert.equal(fs.existsSync(path.join(dir, BACKUP_FILE)), false);
    assert.deepEqual(fs.readdirSync(path.join(dir, LEASES_DIR)), []);
  });

  it('BATTERY 50: the windows may end in the order they started, too, and sessions may follow each other', async () => {
    const a = window();
    const b = window();
    for (let round = 0; round < 3; round++) {
      await a.enable();
      await b.enable();
      await b.restore();
      assert.deepEqual(settings.snapshot(), INTERVIEW);
      await a.restore();
      assert.deepEqual(settings.snapshot(), USER(), `round ${round}`);
    }
  });

  it('BATTERY 50: a window activating without a session (crash restore) leaves a live window\'s interview mode alone', async () => {
    const a = window();
    await a.enable();
    await window().restore();
    assert.deepEqual(settings.snapshot(), INTERVIEW);
    assert.ok(fs.existsSync(path.join(dir, BACKUP_FILE)));
    await a.restore();
    assert.deepEqual(settings.snapshot(), USER());
  });

  it('BATTERY 50: a window turning interview mode on while another one ends never saves interview values as the user\'s', async () => {
    settings.delayMs = 5;
    const a = window();
    const b = window();
    for (let round = 0; round < 15; round++) {
      await a.enable();
      await Promise.all([a.restore(), b.enable()]);
      await b.restore();
      assert.deepEqual(settings.snapshot(), USER(), `round ${round}`);
    }
  });

  it('BATTERY 50: enabling twice in one window and restoring once puts the values back', async () => {
    const a = window();
    await a.enable();
    await a.enable();
    await a.restore();
    assert.deepEqual(settings.snapshot(), USER());
  });

  it('BATTERY 50: a setting no installed extension declares is neither saved nor changed', async () => {
    settings = new FakeSettings(new Set([...ALL].filter((k) => !k.startsWith('github.'))));
    settings.values.set('editor.inlineSuggest.enabled', true);
    const a = window();
    await a.enable();
    assert.equal(settings.writes.includes('github.copilot.enable'), false);
    await a.restore();
    assert.deepEqual(settings.snapshot(), { 'editor.inlineSuggest.enabled': true });
    assert.equal(logs.some((l) => /copilot/.test(l)), false);
  });

  it('a window activating with nothing saved takes no lock and writes nothing', async () => {
    fs.writeFileSync(path.join(dir, 'interviewMode.lock'), JSON.stringify({ token: 'busy', pid: process.pid, at: 0 }));
    const fresh = new InterviewLeases({
      state: new InterviewFolder(dir, { sleep: () => Promise.reject(new Error('waited for the lock')) }),
      settings,
      aids: AIDS,
      me: { id: 'fresh', pid: process.pid },
      isAlive: () => true,
      now: Date.now,
      log: (m) => logs.push(m),
    });
    await fresh.restore();
    assert.deepEqual(settings.writes, []);
    assert.deepEqual(fs.readdirSync(dir), ['interviewMode.lock']);
  });

  it('BATTERY 53: the lease of a window whose process ended is ignored and removed; the last live window restores', async () => {
    const crashedPid = nextPid;
    const a = window();
    const b = window();
    await a.enable();
    await b.enable();
    dead.add(crashedPid);
    await b.restore();
    assert.deepEqual(settings.snapshot(), USER());
    assert.deepEqual(fs.readdirSync(path.join(dir, LEASES_DIR)), []);
    assert.ok(logs.some((l) => l.includes(`process ${crashedPid}`)));
  });

  it('BATTERY 53: after a crash of the only window, its next activation restores (also a backup saved before leases existed)', async () => {
    const crashedPid = nextPid;
    await window().enable();
    dead.add(crashedPid);
    await window().restore();
    assert.deepEqual(settings.snapshot(), USER());

    fs.writeFileSync(path.join(dir, BACKUP_FILE), JSON.stringify([{ section: 'editor', key: 'parameterHints.enabled', had: true, value: true }]));
    await window().restore();
    assert.equal(settings.values.get('editor.parameterHints.enabled'), true);
    assert.equal(fs.existsSync(path.join(dir, BACKUP_FILE)), false);
  });

  it('BATTERY 53: a window reloaded mid-session takes a new lease; another window ending then restores nothing', async () => {
    const oldPid = nextPid;
    const a = window();
    await a.enable();
    dead.add(oldPid);
    const reloaded = window();
    await reloaded.enable();
    assert.deepEqual(settings.snapshot(), INTERVIEW, 'values re-applied, backup kept');
    await window().restore();
    assert.deepEqual(settings.snapshot(), INTERVIEW);
    await reloaded.restore();
    assert.deepEqual(settings.snapshot(), USER());
  });
});
