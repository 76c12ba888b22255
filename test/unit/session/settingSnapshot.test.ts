// Battery row 52 (docs: the fault battery): the practice folder and interpreter stay what the
// window started with when the editor stops showing their user-level value without a change.
import * as assert from 'node:assert/strict';
import { SettingSnapshot } from '../../../src/core/session/settingSnapshot';
import type { SettingLayers } from '../../../src/core/session/trust';

describe('setting snapshot', () => {
  it('BATTERY 52: a user-level value the editor stops showing without a change event is kept', () => {
    // What code-server reports for a machine-scoped setting of the local user settings file:
    // present at the window's start, gone after the next write to that file.
    let shown: SettingLayers<string> = { defaultValue: '', globalValue: '/home/me/prep' };
    const folder = new SettingSnapshot(() => shown);
    assert.equal(folder.value(true), '/home/me/prep');
    shown = { defaultValue: '' };
    assert.equal(folder.value(true), '/home/me/prep');
    assert.equal(folder.value(false), '/home/me/prep');
  });

  it('BATTERY 52: a reported change is read at the next use', () => {
    let shown: SettingLayers<string> = { defaultValue: '', globalValue: '/a' };
    const folder = new SettingSnapshot(() => shown);
    shown = { defaultValue: '', globalValue: '/b' };
    folder.refresh();
    assert.equal(folder.value(true), '/b');
    shown = { defaultValue: '' };
    folder.refresh();
    assert.equal(folder.value(true), '');
  });

  it('BATTERY 25: in Restricted Mode only the user-level value counts', () => {
    const python = new SettingSnapshot<string>(() => ({ defaultValue: '', globalValue: '/usr/bin/python3', workspaceValue: './evil' }));
    assert.equal(python.value(true), './evil');
    assert.equal(python.value(false), '/usr/bin/python3');
    assert.equal(new SettingSnapshot<string>(() => undefined).value(true), undefined);
  });
});
