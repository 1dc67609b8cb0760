/** The SES v2 call behind `sendEmail`, in its own module so it loads only when an email goes out. */
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';

const ses = new SESv2Client({});

export const send = (input: ConstructorParameters<typeof SendEmailCommand>[0]) => ses.send(new SendEmailCommand(input));
