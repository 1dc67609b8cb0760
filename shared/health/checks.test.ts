import { describe, expect, it } from 'vitest';
import { runChecks } from './checks.ts';

describe('runChecks', () => {
  it('is healthy when every probe answers', async () => {
    const report = await runChecks({ table: async () => 'ok', auth: async () => 'ok' }, 100);
    expect(report.healthy).toBe(true);
    expect(report.checks.table).toMatchObject({ status: 'up' });
  });

  it('reports a failing or silent dependency as down, by error name only', async () => {
    class ResourceNotFoundException extends Error {
      override name = 'ResourceNotFoundException';
    }
    const report = await runChecks(
      {
        table: async () => {
          throw new ResourceNotFoundException('arn:aws:dynamodb:secret-table');
        },
        queue: () => new Promise(() => undefined),
        email: async () => 'ok',
      },
      50,
    );
    expect(report.healthy).toBe(false);
    expect(report.checks.table).toMatchObject({ status: 'down', error: 'ResourceNotFoundException' });
    expect(report.checks.queue).toMatchObject({ status: 'down', error: 'no answer within 50 ms' });
    expect(report.checks.email).toMatchObject({ status: 'up' });
  });
});
