import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { promptCompetencies, suggestStories, summarizeBank } from '../../../src/core/stories/bank';
import { competencyOf, parseStory, storyFileName, storyTemplate, type Story } from '../../../src/core/stories/story';
import { readStoryFolder } from '../../../src/core/stories/storyFolder';

const GOOD = `---
title: Rolled back the ranking model before the peak
competencies: [failure, Technical judgment]
date: 2025-03-14
failure: true
impact: ["false declines -38%", 'p99 120 ms -> 80 ms']
---
## Situation
Text.
`;

function story(title: string, competencies: Story['competencies'], extra: Partial<Story> = {}): Story {
  return { file: `${title}.md`, title, competencies, failure: false, impact: [], ...extra };
}

describe('story bank: parsing a story file', () => {
  it('reads title, competencies (any spelling), date, failure and impact numbers', () => {
    const r = parseStory('a.md', GOOD);
    assert.ok(r.ok);
    assert.deepEqual(r.story, {
      file: 'a.md',
      title: 'Rolled back the ranking model before the peak',
      competencies: ['failure', 'technical-judgment'],
      date: '2025-03-14',
      failure: true,
      impact: ['false declines -38%', 'p99 120 ms -> 80 ms'],
    });
  });

  it('reads block lists and CRLF line ends', () => {
    const r = parseStory('b.md', '---\r\ntitle: "Mentored, then led"\r\ncompetencies:\r\n  - leadership\r\n  - Ethics & safety\r\nimpact:\r\n  - "onboarding 6 weeks -> 3 weeks"\r\n---\r\nbody');
    assert.ok(r.ok);
    assert.deepEqual(r.story.competencies, ['leadership', 'ethics-safety']);
    assert.deepEqual(r.story.impact, ['onboarding 6 weeks -> 3 weeks']);
    assert.equal(r.story.failure, false);
    assert.equal(r.story.date, undefined);
  });

  const broken: [string, string, RegExp, number | undefined][] = [
    ['no front matter', '# Just notes', /no front matter/, 1],
    ['unclosed', '---\ntitle: x\n', /not closed/, 1],
    ['no title', '---\ncompetencies: [failure]\n---\n', /needs a "title/, undefined],
    ['unknown competency', '---\ntitle: x\ncompetencies: [failure, juggling]\n---\n', /unknown competency "juggling"/, 3],
    ['bad date', '---\ntitle: x\ndate: 2025-02-30\n---\n', /not a date/, 3],
    ['bad failure', '---\ntitle: x\nfailure: maybe\n---\n', /true or false/, 3],
    ['unknown field', '---\ntitle: x\nowner: me\n---\n', /unknown field "owner"/, 3],
    ['duplicate field', '---\ntitle: x\ntitle: y\n---\n', /appears twice/, 3],
    ['not key-value', '---\ntitle: x\njust words\n---\n', /expected "key: value"/, 3],
    ['unclosed list', '---\ntitle: x\nimpact: ["a", "b\n---\n', /not closed/, 3],
    ['stray list item', '---\ntitle: x\n- failure\n---\n', /outside of a list/, 3],
  ];
  for (const [name, text, message, line] of broken) {
    it(`a malformed story (${name}) is a diagnostic with its line, never a guess`, () => {
      const r = parseStory('bad.md', text);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.match(r.problem.message, message);
      assert.equal(r.problem.line, line);
      assert.equal(r.problem.file, 'bad.md');
    });
  }

  it('normalises competency names and refuses unknown ones', () => {
    assert.equal(competencyOf('Cross-functional'), 'cross-functional');
    assert.equal(competencyOf('communicating limitations'), 'communicating-limitations');
    assert.equal(competencyOf('technical judgement'), 'technical-judgment');
    assert.equal(competencyOf('cooking'), undefined);
  });

  it('a new story from the template parses, with a file name from its title', () => {
    const r = parseStory(storyFileName('Said "no" to a launch: the LLM & PII'), storyTemplate('Said "no" to a launch: the LLM & PII', '2026-01-05'));
    assert.ok(r.ok);
    assert.equal(r.story.title, 'Said "no" to a launch: the LLM & PII');
    assert.equal(r.story.file, 'said-no-to-a-launch-the-llm-pii.md');
    assert.equal(storyFileName('!!!'), 'story.md');
    assert.equal(storyFileName('../../etc/passwd'), 'etc-passwd.md');
  });
});

describe('story bank: the folder, coverage and suggestions', () => {
  it('BATTERY 85: lists the good stories and reports the broken ones (the rest still listed)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'mlprep-stories-'));
    await fs.writeFile(path.join(dir, 'a.md'), GOOD);
    await fs.writeFile(path.join(dir, 'b.md'), '---\ntitle: b\ncompetencies: [nonsense]\n---\n');
    await fs.writeFile(path.join(dir, 'c.md'), '---\ntitle: c\ncompetencies: [leadership]\n---\n');
    await fs.writeFile(path.join(dir, 'notes.txt'), 'not a story');
    await fs.mkdir(path.join(dir, 'folder.md'));
    await fs.writeFile(path.join(dir, 'huge.md'), `---\ntitle: huge\n---\n${'x'.repeat(300 * 1024)}`);
    const r = await readStoryFolder(dir);
    assert.deepEqual(r.stories.map((s) => s.file), ['a.md', 'c.md']);
    assert.deepEqual(r.problems.map((p) => p.file), ['b.md', 'huge.md']);
    assert.match(r.problems[1]?.message ?? '', /larger than 256 KiB/);
    assert.deepEqual(await readStoryFolder(path.join(dir, 'missing')), { stories: [], problems: [] });
  });

  it('the status says how many stories and whether one is a failure story, against the 5–7 target', () => {
    const none = summarizeBank([]);
    assert.equal(none.status, '0 stories, failure story: no');
    assert.equal(none.onTarget, false);
    const bank = [story('a', ['leadership']), story('b', ['disagreement'], { failure: true }), story('c', []), story('d', ['ambiguity']), story('e', ['ethics-safety'])];
    const s = summarizeBank(bank);
    assert.equal(s.status, '5 stories, failure story: yes');
    assert.ok(s.onTarget);
    assert.deepEqual(s.covered, ['leadership', 'disagreement', 'failure', 'ambiguity', 'ethics-safety']);
    assert.deepEqual(s.missing, ['technical-judgment', 'cross-functional', 'communicating-limitations']);
    assert.equal(summarizeBank([story('one', ['failure'])]).status, '1 story, failure story: yes');
    assert.equal(summarizeBank([...bank, story('f', []), story('g', []), story('h', [])]).onTarget, false, 'eight is over the target');
  });

  it('a prompt asks first for the competencies its tags name, then those of its rubric', () => {
    const wanted = promptCompetencies({ tags: ['mistake', 'learning'], category: 'Ownership', competencies: ['ownership', 'judgment'] });
    assert.deepEqual(wanted, [
      { id: 'failure', weight: 2 },
      { id: 'leadership', weight: 1 },
      { id: 'technical-judgment', weight: 1 },
    ]);
  });

  it('suggests the stories whose competencies match the prompt, best match first, nothing unrelated', () => {
    const prompt = { tags: ['disagreement', 'conflict'], category: 'Influence', competencies: ['influence', 'communication'] };
    const bank = [story('lead', ['leadership']), story('xfn', ['cross-functional'], { date: '2024-01-01' }), story('argue', ['disagreement', 'cross-functional']), story('xfn2', ['cross-functional'], { date: '2025-01-01' })];
    const s = suggestStories(bank, prompt);
    assert.deepEqual(s.map((x) => x.story.title), ['argue', 'xfn2', 'xfn']);
    assert.deepEqual(s[0]?.matches, ['disagreement', 'cross-functional'], 'the most specific competency first');
    assert.deepEqual(suggestStories(bank, prompt, 1).map((x) => x.story.title), ['argue']);
    assert.deepEqual(suggestStories([story('lead', ['leadership'])], prompt), []);
  });

  it('a failure story is suggested for a failure prompt even without the competency listed', () => {
    const s = suggestStories([story('oops', [], { failure: true })], { tags: ['incident'], category: 'Ownership', competencies: [] });
    assert.deepEqual(s.map((x) => x.matches), [['failure']]);
  });
});
