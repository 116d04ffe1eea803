import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';

describe('structured log lines', () => {
  it('write an error with its code and its causes, so a masked failure can be classified from the log', () => {
    const lines: string[] = [];
    const logger = createLogger('info', (line) => lines.push(line));
    const driverError = Object.assign(new Error('The database is not currently available'), { code: 'Neo.TransientError.General.DatabaseUnavailable' });
    logger.error('resolver error', { requestId: 'r1', error: new Error('Neo4j at bolt://x is unavailable', { cause: driverError }) });
    logger.debug('not written at info', {});
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as { level: string; msg: string; requestId: string; error: { message: string; code?: string; cause?: { message: string; code: string } } };
    expect(entry).toMatchObject({ level: 'error', msg: 'resolver error', requestId: 'r1' });
    expect(entry.error.message).toBe('Neo4j at bolt://x is unavailable');
    expect(entry.error.code).toBeUndefined();
    expect(entry.error.cause).toMatchObject({ message: 'The database is not currently available', code: 'Neo.TransientError.General.DatabaseUnavailable' });
  });
});
