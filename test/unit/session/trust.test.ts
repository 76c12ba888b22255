import * as assert from 'node:assert/strict';
import { RESTRICTED_MODE_REASON, runBlockedReason, trustedSettingValue } from '../../../src/core/session/trust';

describe('workspace trust', () => {
  it('BATTERY 25: in Restricted Mode a workspace-level interpreter path is ignored; only the user-level value counts', () => {
    const layers = { defaultValue: '', globalValue: '/usr/bin/python3', workspaceValue: './evil/python', workspaceFolderValue: './evil2/python' };
    assert.equal(trustedSettingValue(false, layers), '/usr/bin/python3');
    assert.equal(trustedSettingValue(false, { defaultValue: '', workspaceValue: './evil/python' }), '');
    assert.equal(trustedSettingValue(true, layers), './evil2/python', 'a trusted workspace may choose');
    assert.equal(trustedSettingValue(true, undefined), undefined);
  });

  it('BATTERY 25: running is disabled in Restricted Mode with a reason', () => {
    assert.equal(runBlockedReason('coding', false), RESTRICTED_MODE_REASON);
    assert.equal(runBlockedReason('coding', true), undefined);
    assert.equal(runBlockedReason('design', false), undefined, 'a discussion answer is checked, not run');
  });
});
