import { join } from 'node:path';
import { Duration, Tags } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { mainFields, requireBanner } from '../bundling.ts';
import { timeoutOf, type FunctionSpec } from '../functions.ts';

export const defaultMemoryMb = 512;

/** Tag naming the manifest entry a resource belongs to; template inventories map through it. */
export const functionTag = 'shop:function';


export interface ShopFunctionProps {
  spec: FunctionSpec;
  repoRoot: string;
  environment: Record<string, string>;
}

/** The one place Lambda defaults live: runtime, architecture, bundling, logging and the role. */
export class ShopFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, { spec, repoRoot, environment }: ShopFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });
    // Our own role instead of AWSLambdaBasicExecutionRole: it may write to its log group only.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${spec.name} function`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(repoRoot, spec.entry),
      handler: 'handler',
      projectRoot: repoRoot,
      depsLockFilePath: join(repoRoot, 'package-lock.json'),
      description: spec.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMb ?? defaultMemoryMb,
      timeout: Duration.seconds(timeoutOf(spec)),
      role: this.role,
      logGroup: this.logGroup,
      environment: { ...environment, NODE_OPTIONS: '--enable-source-maps' },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields,
        banner: requireBanner,
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        // Self-contained bundles: the SDK version is the one in our lockfile, not the runtime's.
        bundleAwsSDK: true,
      },
    });
    Tags.of(this).add(functionTag, spec.name);
  }
}
