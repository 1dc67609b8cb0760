import { GetSuppressedDestinationCommand, NotFoundException, SESv2Client } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { isSuppressedBySes } from './ses-suppression.ts';

const ses = mockClient(SESv2Client);

afterEach(() => ses.reset());

describe('SES suppression check', () => {
  it('is true for an address on the account suppression list', async () => {
    ses.on(GetSuppressedDestinationCommand, { EmailAddress: 'bounced@example.com' }).resolves({ SuppressedDestination: { EmailAddress: 'bounced@example.com', Reason: 'BOUNCE', LastUpdateTime: new Date() } });
    await expect(isSuppressedBySes('bounced@example.com')).resolves.toBe(true);
  });

  it('is false when SES does not know the address', async () => {
    ses.on(GetSuppressedDestinationCommand).rejects(new NotFoundException({ message: 'not suppressed', $metadata: {} }));
    await expect(isSuppressedBySes('fine@example.com')).resolves.toBe(false);
  });

  it('lets any other failure through, so the message is retried rather than sent blindly', async () => {
    ses.on(GetSuppressedDestinationCommand).rejects(new Error('throttled'));
    await expect(isSuppressedBySes('fine@example.com')).rejects.toThrow('throttled');
  });
});
