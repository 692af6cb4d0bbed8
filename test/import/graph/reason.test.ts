// Why an import failed, in one line (import/graph/reason.ts).
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../../../neo4j/db/errors.js';
import { ReportError } from '../../../import/extract/errors.js';
import { reasonOf } from '../../../import/graph/reason.js';

describe('reason of', () => {
  it('gives a report error’s bare reason', () => {
    expect(reasonOf(new ReportError('/x/empty.txt', 'EMPTY', 'the file is empty'))).toBe('the file is empty');
  });

  it('cuts the driver’s connection paragraph to its cause', () => {
    const driver = new Error(
      'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
    );
    expect(reasonOf(new DatabaseUnavailableError(undefined, { cause: driver }))).toBe(
      'The graph database is unreachable; try again shortly: Failed to connect to server (connect ECONNREFUSED 127.0.0.1:7687)',
    );
  });

  it('keeps any other message on one line', () => {
    expect(reasonOf(new Error('two\n  lines'))).toBe('two lines');
  });
});
