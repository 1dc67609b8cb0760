/**
 * Runs the Node-based AWS emulators (SQS, SES, S3) in a child process of their own, so that their
 * work never competes with the local API gateway's event loop.
 */
import S3rver from 's3rver';
import { createSqsServer } from 'local-aws-sqs';
import sesModule from 'aws-ses-v2-local';

const sqsPort = Number(process.env.SQS_PORT);
const sesPort = Number(process.env.SES_PORT);
const s3Port = Number(process.env.S3_PORT);
const s3Directory = process.env.S3_DIR!;

// aws-ses-v2-local is CommonJS: depending on the loader its factory is the default import or sits on it.
const startSes = ((sesModule as unknown as { default?: unknown }).default ?? sesModule) as (config: {
  host: string;
  port: number;
}) => Promise<unknown>;

// The SES emulator answers GetAccount from this variable: a sandboxed account with sending enabled.
process.env.AWS_SES_ACCOUNT ??= JSON.stringify({
  DedicatedIpAutoWarmupEnabled: false,
  Details: {
    AdditionalContactEmailAddresses: [],
    ContactLanguage: 'EN',
    MailType: 'TRANSACTIONAL',
    ReviewDetails: { CaseId: 'local', Status: 'GRANTED' },
    UseCaseDescription: 'Local development of the shop',
    WebsiteURL: 'http://localhost:3000',
  },
  EnforcementStatus: 'HEALTHY',
  ProductionAccessEnabled: false,
  SendingEnabled: true,
  SendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 0 },
  SuppressionAttributes: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
});

await createSqsServer({ port: sqsPort, hostname: '127.0.0.1', emulateQueueCreationLifecycle: false });
await startSes({ host: '127.0.0.1', port: sesPort });
// Signatures are checked for shape only: presigned URLs are built by the real SDK either way.
await new S3rver({ address: '127.0.0.1', port: s3Port, directory: s3Directory, silent: true, allowMismatchedSignatures: true }).run();
process.send?.('ready');
