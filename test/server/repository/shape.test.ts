// Evidence JSON as API DTOs (server/repository/shape.ts): every quote names the file it comes from.
import { describe, expect, it } from 'vitest';
import { toEvidence } from '../../../server/repository/shape.js';

describe('shape: evidence', () => {
  it("names a report's file from the report id, and a twin list's file and row from its source", () => {
    const [fromReport, fromList] = toEvidence(
      [
        JSON.stringify({ report: 'r-0a1b2c3d4e5f', source: 'report', quote: 'Подписано соглашение.', start: 10, end: 31, confidence: 0.9 }),
        JSON.stringify({ source: 'csv:sister-towns.csv', quote: 'Lyon,France,Kazan,Russia', line: 42, confidence: 1 }),
      ],
      { 'r-0a1b2c3d4e5f': 'kazan-2024.txt' },
    );
    expect(fromReport).toMatchObject({ report: 'r-0a1b2c3d4e5f', file: 'kazan-2024.txt', start: 10, end: 31, line: null });
    expect(fromList).toMatchObject({ report: null, file: 'sister-towns.csv', source: 'csv:sister-towns.csv', quote: 'Lyon,France,Kazan,Russia', line: 42, start: null });
  });
});
