import { describe, expect, it } from 'vitest';
import { Progress, formatSecs } from '../src/cli/io.js';

function fakeStderr(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let buf = '';
  const stream = { isTTY, write: (s: string) => ((buf += s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => buf };
}

describe('progress on standard error', () => {
  it('draws records/s, percentage and ETA on a terminal, and clears the line when done', () => {
    const f = fakeStderr(true);
    const p = new Progress('records', 1000, f.stream);
    p.update(50, 250);
    expect(f.text()).toMatch(/zhnorm: 50 records, [\d.]+ records\/s, 25%, ETA \d+ s/);
    p.done();
    expect(f.text().endsWith('\r\x1b[K')).toBe(true);
  });

  it('writes nothing when standard error is not a terminal', () => {
    const f = fakeStderr(false);
    const p = new Progress('records', 1000, f.stream);
    p.update(50, 250);
    p.done();
    expect(f.text()).toBe('');
  });

  it('formats ETAs for people', () => {
    expect(formatSecs(42)).toBe('42 s');
    expect(formatSecs(125)).toBe('2 min 5 s');
    expect(formatSecs(7260)).toBe('2 h 1 min');
  });
});
