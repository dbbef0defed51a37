import { describe, expect, it } from 'vitest';
import { annotateLine, fixesByLine, replayFixes } from '../docs/playground/annotate.js';

// Hand-built fixes shaped like the seeds' damage (see the corruption model: `網(wǎng)易首頁(yè)`).
describe('playground: placing fixes in the repaired line', () => {
  const input = '網(wǎng)易首頁(yè) > 網(wǎng)易號(hào)';
  const repaired = '網易首頁 > 網易號';
  const fixes = [
    { line: 0, kind: 'pinyin-annotation', before: '(wǎng)', after: '', column: 1 },
    { line: 0, kind: 'pinyin-annotation', before: '(yè)', after: '', column: 10 },
    { line: 0, kind: 'pinyin-annotation', before: '(wǎng)', after: '', column: 18 },
    { line: 0, kind: 'pinyin-annotation', before: '(hào)', after: '', column: 26 },
  ];

  it('uses the columns when replaying them rebuilds the repaired line', () => {
    // Columns counted by hand: 網=0, (wǎng)=1..6, 易=7, 首=8, 頁=9, (yè)=10..13, ' > '=14..16, 網=17, (wǎng)=18..23, 易=24, 號=25, (hào)=26..30.
    expect(input.slice(10, 14)).toBe('(yè)');
    expect(input.slice(26)).toBe('(hào)');
    const { segments, unplaced } = annotateLine(input, repaired, fixes, [0, 1, 2, 3]);
    expect(unplaced).toEqual([]);
    expect(segments.map((s) => s.text).join('')).toBe(repaired);
    expect(segments).toEqual([
      { text: '網' }, { text: '', fix: 0 }, { text: '易首頁' }, { text: '', fix: 1 },
      { text: ' > 網' }, { text: '', fix: 2 }, { text: '易號' }, { text: '', fix: 3 },
    ]);
  });

  it('places a replacement (not only a deletion) at its column', () => {
    // The corruption model's split example: 們?cè)谑澜绶秶鷥?nèi) → 們在世界範圍內 (one fix for the run).
    const inLine = '我們?cè)谑澜绶秶鷥?nèi)的';
    const fix = { before: '?cè)谑澜绶秶鷥?nèi)', after: '在世界範圍內', column: 2 };
    const { segments, unplaced } = annotateLine(inLine, '我們在世界範圍內的', [fix], [0]);
    expect(unplaced).toEqual([]);
    expect(segments).toEqual([{ text: '我們' }, { text: '在世界範圍內', fix: 0 }, { text: '的' }]);
  });

  it('falls back to finding `after` when columns are missing or wrong, and never loses a fix', () => {
    const noCols = [
      { before: '?cè)', after: '在', column: 99 },
      { before: '(wǎng)', after: '' },
    ];
    const { segments, unplaced } = annotateLine('們?cè)', '們在', noCols, [0, 1]);
    expect(segments).toEqual([{ text: '們' }, { text: '在', fix: 0 }]);
    expect(unplaced).toEqual([1]); // a deletion without a column is still shown (at the line end)
  });

  it('groups fixes by line, keeping their indices in the full list', () => {
    const m = fixesByLine([{ line: 3 }, { line: 0 }, { line: 3 }]);
    expect([...m.entries()]).toEqual([[3, [0, 2]], [0, [1]]]);
  });

  it('rebuilds the repaired lines from fixes with columns, and refuses what it cannot replay exactly', () => {
    const lines = [input, '正文', '我們?cè)谑澜绶秶鷥?nèi)的'];
    const all = [...fixes, { line: 2, kind: 'gbk-split', before: '?cè)谑澜绶秶鷥?nèi)', after: '在世界範圍內', column: 2 }];
    expect(replayFixes(lines, all)).toEqual([repaired, '正文', '我們在世界範圍內的']);
    // A wrong column (its `before` is not there), a missing one, overlapping fixes, a line out of range.
    expect(replayFixes(lines, [{ line: 0, before: '(wǎng)', after: '', column: 2 }])).toBeNull();
    expect(replayFixes(lines, [{ line: 0, before: '(wǎng)', after: '' }])).toBeNull();
    expect(replayFixes(lines, [{ line: 0, before: '網(wǎng)', after: '網', column: 0 }, { line: 0, before: '(wǎng)', after: '', column: 1 }])).toBeNull();
    expect(replayFixes(lines, [{ line: 5, before: 'x', after: '', column: 0 }])).toBeNull();
  });
});
