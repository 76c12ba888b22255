import * as assert from 'node:assert/strict';
import { CSV_COLUMNS, csvCell, formatDuration, markdownCell, toCsv, toJsonExport, toMarkdownReport } from '../../../src/core/history/exportFormats';
import type { AttemptSummary } from '../../../src/core/history/model';
import { ATTEMPT_SCHEMA_VERSION } from '../../../src/core/history/model';

function summary(over: Partial<AttemptSummary> = {}): AttemptSummary {
  return {
    id: '01JNXYZ0000000000000000000',
    problemId: 'stable-softmax',
    kind: 'coding',
    round: 'concepts',
    title: 'Numerically stable softmax',
    difficulty: 'easy',
    language: 'python',
    startedAt: '2025-03-10T09:00:00.000Z',
    endedAt: '2025-03-10T09:10:00.000Z',
    budgetMs: 900_000,
    timeUsedMs: 600_000,
    pausedMs: 0,
    overtime: false,
    overtimeMs: 0,
    verdict: 'pass',
    passed: 7,
    total: 7,
    score: 100,
    hintsUsed: 0,
    interviewMode: false,
    selfRating: null,
    note: null,
    runCount: 2,
    submitCount: 1,
    snapshotRuns: [1],
    clarificationsAsked: null,
    keyQuestionsAsked: null,
    ...over,
  };
}

/** A minimal RFC 4180 parser, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('history export', () => {
  describe('CSV', () => {
    it('has the documented header and one CRLF-terminated row per attempt', () => {
      const csv = toCsv([summary(), summary({ id: 'B', endedAt: null, selfRating: 3, clarificationsAsked: 3, keyQuestionsAsked: '2/4' })]);
      assert.ok(csv.endsWith('\r\n'));
      const rows = parseCsv(csv);
      assert.deepEqual(rows[0], [
        'id', 'problemId', 'title', 'kind', 'round', 'language', 'startedAt', 'endedAt', 'verdict', 'passed', 'total', 'score',
        'timeUsedMs', 'budgetMs', 'overtime', 'hintsUsed', 'selfRating', 'note', 'clarificationsAsked', 'keyQuestionsAsked',
      ]);
      assert.deepEqual(rows[0], [...CSV_COLUMNS]);
      assert.deepEqual(rows[1], ['01JNXYZ0000000000000000000', 'stable-softmax', 'Numerically stable softmax', 'coding', 'concepts', 'python', '2025-03-10T09:00:00.000Z', '2025-03-10T09:10:00.000Z', 'pass', '7', '7', '100', '600000', '900000', 'false', '0', '', '', '', '']);
      assert.equal(rows[2]?.[7], '');
      assert.equal(rows[2]?.[16], '3');
      // The clarifying questions asked in a brief, and the key ones of all key questions.
      assert.deepEqual(rows[2]?.slice(18), ['3', '2/4']);
    });

    it('quotes commas, quotes and line breaks (RFC 4180) and reads back exactly', () => {
      assert.equal(csvCell('a,b'), '"a,b"');
      assert.equal(csvCell('say "hi"'), '"say ""hi"""');
      assert.equal(csvCell('line1\nline2'), '"line1\nline2"');
      assert.equal(csvCell('plain'), 'plain');
      const note = 'forgot "empty", again\r\nnext time: check n = 0';
      const rows = parseCsv(toCsv([summary({ note, title: 'K-means, Lloyd' })]));
      assert.equal(rows[1]?.[17], note);
      assert.equal(rows[1]?.[2], 'K-means, Lloyd');
    });

    it('neutralises spreadsheet formulas: cells starting with = + - @ (or tab/CR) get a leading quote', () => {
      for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
        const cell = csvCell(evil);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        assert.equal(unquoted, `'${evil}`, evil);
      }
      const rows = parseCsv(toCsv([summary({ note: '=cmd|"/c calc"!A1', title: '@title' })]));
      assert.equal(rows[1]?.[17], `'=cmd|"/c calc"!A1`);
      assert.equal(rows[1]?.[2], "'@title");
      assert.equal(csvCell(-1), '-1', 'numbers are ours, not text');
    });
  });

  describe('Markdown', () => {
    it('escapes pipes, backslashes, angle brackets and line breaks in cells', () => {
      assert.equal(markdownCell('a | b'), 'a \\| b');
      assert.equal(markdownCell('x\\|y'), 'x\\\\\\|y');
      assert.equal(markdownCell('<script>'), '&lt;script&gt;');
      assert.equal(markdownCell('one\ntwo'), 'one two');
    });

    it('has a summary per round and a table row per attempt, with a fixed column count', () => {
      const md = toMarkdownReport([summary({ note: 'pipe | inside\nand a newline', title: 'A | B' }), summary({ round: 'data', verdict: 'fail', score: 40, overtime: true, timeUsedMs: 3_723_000 })], {
        now: new Date('2025-03-12T08:00:00Z'),
        utcOffset: 60,
      });
      assert.match(md, /Exported 2025-03-12 09:00 · 2 attempts · 1 solved \(50 %\) · average score 70/);
      assert.match(md, /\| concepts \| 1 \| 1 \| 100 % \| 100 \| 67 % \| – \|/);
      assert.match(md, /\| data \| 1 \| 0 \| 0 % \| 40 \|/);
      assert.match(md, /\| 2025-03-10 10:00 \| A \\\| B \|/);
      assert.match(md, /1:02:03 \(over\)/);
      const table = md.split('## Attempts')[1] ?? '';
      const rows = table.split('\n').filter((l) => l.startsWith('|'));
      assert.equal(rows.length, 4);
      // Unescaped pipes delimit cells: every row has the same number of them.
      const cells = rows.map((r) => r.replace(/\\\|/g, '').split('|').length);
      assert.ok(cells.every((c) => c === cells[0]), String(cells));
    });

    it('formats durations as m:ss or h:mm:ss', () => {
      assert.equal(formatDuration(0), '0:00');
      assert.equal(formatDuration(65_000), '1:05');
      assert.equal(formatDuration(3_723_000), '1:02:03');
    });
  });

  it('JSON export is {schemaVersion, attempts, loops}', () => {
    assert.deepEqual(JSON.parse(toJsonExport([])), { schemaVersion: ATTEMPT_SCHEMA_VERSION, attempts: [], loops: [] });
  });
});
