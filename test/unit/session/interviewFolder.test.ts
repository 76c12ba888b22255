// The files interview mode shares between windows (battery rows 50 and 53): exclusive backup,
// leases, and the lock taken over from dead or hung holders.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RESTORE_FILES } from '../../../src/ui/contributionIds';
import { BACKUP_FILE, InterviewFolder, LEASES_DIR, LOCK_FILE, createExclusive, processIsAlive } from '../../../src/core/session/interviewFolder';

describe('interview mode state folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlprep-interview-folder-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const visible = (): string[] => fs.readdirSync(dir).filter((n) => !n.startsWith('.')).sort();

  it('the activation entry loads the services at once when the backup is there (its file is one of RESTORE_FILES)', () => {
    assert.ok((RESTORE_FILES as readonly string[]).includes(BACKUP_FILE), `${BACKUP_FILE} in ${RESTORE_FILES.join(', ')}`);
  });

  it('BATTERY 50: the backup is created exclusively: a second create leaves the first one as it is', async () => {
    const folder = new InterviewFolder(dir);
    assert.equal(await folder.readBackup(), undefined);
    assert.equal(await folder.createBackup([{ section: 'editor', key: 'a', had: true, value: 1 }]), true);
    assert.equal(await folder.createBackup([{ section: 'editor', key: 'a', had: true, value: 2 }]), false);
    assert.deepEqual(await folder.readBackup(), [{ section: 'editor', key: 'a', had: true, value: 1 }]);
    assert.deepEqual(fs.readdirSync(dir), [BACKUP_FILE], 'no temporary file left behind');
    await folder.removeBackup();
    await folder.removeBackup();
    assert.equal(await folder.readBackup(), undefined);
  });

  it('BATTERY 50: of many windows creating the backup at once, exactly one succeeds', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => createExclusive(dir, 'x.json', JSON.stringify(i), { pid: 100 + i })));
    assert.equal(results.filter(Boolean).length, 1);
    const winner = results.indexOf(true);
    assert.equal(fs.readFileSync(path.join(dir, 'x.json'), 'utf8'), JSON.stringify(winner));
  });

  it('BATTERY 50: the backup is read from disk every time (another window may have written or removed it)', async () => {
    const mine = new InterviewFolder(dir);
    const other = new InterviewFolder(dir);
    assert.equal(await mine.readBackup(), undefined);
    await other.createBackup([{ section: 's', key: 'k', had: false }]);
    assert.deepEqual(await mine.readBackup(), [{ section: 's', key: 'k', had: false }]);
    await other.removeBackup();
    assert.equal(await mine.readBackup(), undefined);
  });

  it('an unreadable backup is moved aside and reported, so that a new one can be created', async () => {
    const logs: string[] = [];
    const folder = new InterviewFolder(dir, { log: (m) => logs.push(m), now: () => 42 });
    fs.writeFileSync(path.join(dir, BACKUP_FILE), '[{"section":');
    assert.equal(await folder.readBackup(), undefined);
    assert.deepEqual(visible(), [`${BACKUP_FILE}.corrupt-42`]);
    assert.match(logs.join('\n'), /could not be read/);
    assert.equal(await folder.createBackup([]), true);
  });

  it('leases: written, listed, removed; unreadable ones are removed as debris', async () => {
    const folder = new InterviewFolder(dir, { log: () => undefined });
    assert.deepEqual(await folder.readLeases(), []);
    await folder.writeLease({ id: 'a/b', pid: 7, since: 1 });
    await folder.writeLease({ id: 'c', pid: 8, since: 2 });
    fs.writeFileSync(path.join(dir, LEASES_DIR, 'broken.json'), '{');
    const leases = [...(await folder.readLeases())].sort((x, y) => x.pid - y.pid);
    assert.deepEqual(leases, [{ id: 'a/b', pid: 7, since: 1 }, { id: 'c', pid: 8, since: 2 }]);
    assert.equal(fs.existsSync(path.join(dir, LEASES_DIR, 'broken.json')), false);
    await folder.removeLease('a/b');
    await folder.removeLease('missing');
    assert.deepEqual(await folder.readLeases(), [{ id: 'c', pid: 8, since: 2 }]);
  });

  it('the lock serialises windows and is released after an error', async () => {
    const a = new InterviewFolder(dir, { pid: 1 });
    const b = new InterviewFolder(dir, { pid: 2 });
    const trace: string[] = [];
    const step = (who: string) => async (): Promise<void> => {
      trace.push(`${who} in`);
      await new Promise((r) => setTimeout(r, 20));
      trace.push(`${who} out`);
    };
    await Promise.all([a.exclusive(step('a')), b.exclusive(step('b')), a.exclusive(step('c'))]);
    for (let i = 0; i < trace.length; i += 2) assert.equal(trace[i]?.replace(' in', ''), trace[i + 1]?.replace(' out', ''), trace.join(', '));
    await assert.rejects(a.exclusive(async () => Promise.reject(new Error('boom'))), /boom/);
    assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false);
  });

  it('BATTERY 53: the lock of a process that has ended is taken over at once', async () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ token: 'old', pid: 999_999, at: 0 }));
    const logs: string[] = [];
    const folder = new InterviewFolder(dir, { isAlive: (pid) => pid !== 999_999, log: (m) => logs.push(m), sleep: () => Promise.reject(new Error('must not wait')) });
    assert.equal(await folder.exclusive(async () => 'ran'), 'ran');
    assert.match(logs.join('\n'), /process 999999, which has ended/);
    assert.equal(fs.existsSync(path.join(dir, LOCK_FILE)), false);
  });

  it('BATTERY 53: a live holder is waited for, then its lock is taken over after the timeout', async () => {
    fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ token: 'hung', pid: 4242, at: 0 }));
    let clock = 0;
    let waits = 0;
    const logs: string[] = [];
    const folder = new InterviewFolder(dir, {
      isAlive: () => true,
      now: () => clock,
      sleep: async (ms) => {
        waits++;
        clock += ms;
      },
      lockTimeoutMs: 1000,
      log: (m) => logs.push(m),
    });
    assert.equal(await folder.exclusive(async () => 'ran'), 'ran');
    assert.equal(waits, 40);
    assert.match(logs.join('\n'), /held by process 4242 for more than 1000 ms/);
  });

  it('a lock holder that released meanwhile does not lose a lock another window took over', async () => {
    const a = new InterviewFolder(dir, { pid: process.pid });
    await a.exclusive(async () => {
      // Another window took the lock over (e.g. after a timeout) while this one still ran.
      fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ token: 'theirs', pid: process.pid, at: 0 }));
    });
    assert.ok(fs.existsSync(path.join(dir, LOCK_FILE)), 'their lock stays');
  });

  it('processIsAlive: this process is, a process that exited is not', async () => {
    assert.equal(processIsAlive(process.pid), true);
    const { spawnSync } = await import('node:child_process');
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    assert.equal(processIsAlive(Number(child.stdout)), false);
  });
});
