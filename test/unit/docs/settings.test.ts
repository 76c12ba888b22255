import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

interface SettingSpec {
  default?: unknown;
  scope?: string;
}

/** Rows of the README's settings table: name → [default, scope, description]. */
function readmeSettings(): Map<string, string[]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Settings');
  assert.ok(start >= 0, 'the README has a "## Settings" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const m = /^\|\s*`(mlprep\.[\w.]+)`\s*\|(.*)\|\s*$/.exec(line.trim());
    if (!m) continue;
    rows.set(m[1]!, m[2]!.split('|').map((c) => c.trim()));
  }
  return rows;
}

describe('README settings table', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, SettingSpec> } } };
  const contributed = pkg.contributes.configuration.properties;
  const rows = readmeSettings();

  it('lists every contributed setting, and nothing else', () => {
    assert.deepEqual([...rows.keys()].sort(), Object.keys(contributed).sort());
  });

  it('shows each setting with its default and scope as in package.json', () => {
    for (const [name, spec] of Object.entries(contributed)) {
      const [def, scope, what] = rows.get(name) ?? [];
      assert.equal(def, `\`${JSON.stringify(spec.default ?? null)}\``, `${name}: default`);
      assert.equal(scope, spec.scope ?? 'window', `${name}: scope`);
      assert.ok((what ?? '').length > 20, `${name}: says what it does`);
    }
  });
});
