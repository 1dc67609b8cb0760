import { Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CfnRoute, CfnStage, HttpApi, HttpMethod, HttpRoute, HttpRouteKey, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { FunctionSpec, HttpRoute as RouteSpec } from '../functions.ts';
import { pascalCase } from './names.ts';

export const throttling = { rateLimit: 100, burstLimit: 200 };

const accessLogFields = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  ip: '$context.identity.sourceIp',
  routeKey: '$context.routeKey',
  status: '$context.status',
  latency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  responseLength: '$context.responseLength',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  userAgent: '$context.identity.userAgent',
};

export interface ShopApiProps {
  userPool: IUserPool;
  client: IUserPoolClient;
  /** The merchants' pool and the admin pages' client: the only tokens merchant routes accept. */
  merchantPool: IUserPool;
  merchantClient: IUserPoolClient;
}

/** The HTTP API: one route per manifest route, JWT-checked unless the route is public. */
export class ShopApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  private readonly authorizer: HttpUserPoolAuthorizer;
  private readonly merchantAuthorizer: HttpUserPoolAuthorizer;
  /** The stage's per-route throttles, from the manifest's `throttle` fields. */
  private readonly routeSettings: Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }> = {};

  constructor(scope: Construct, id: string, { userPool, client, merchantPool, merchantClient }: ShopApiProps) {
    super(scope, id);
    // Browsers reach the API through CloudFront on the shop's own origin: no CORS.
    this.api = new HttpApi(this, 'HttpApi', {
      description: 'Serverless shop API, served under /api by CloudFront',
      createDefaultStage: false,
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      autoDeploy: true,
      throttle: throttling,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });

    // The authorizer proves the token; the `merchants` group is checked by the handler, since
    // API Gateway cannot match a Cognito group claim.
    this.authorizer = new HttpUserPoolAuthorizer('UserPoolAuthorizer', userPool, { userPoolClients: [client] });
    this.merchantAuthorizer = new HttpUserPoolAuthorizer('MerchantPoolAuthorizer', merchantPool, { userPoolClients: [merchantClient] });
  }

  /** Routes a manifest entry's HTTP routes to its function. */
  addRoutes(spec: FunctionSpec, fn: IFunction): void {
    if (!spec.routes?.length) return;
    const integration = new HttpLambdaIntegration(`${pascalCase(spec.name)}Integration`, fn);
    for (const route of spec.routes) {
      const created = new HttpRoute(this, routeId(route), {
        httpApi: this.api,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration,
        ...(route.auth === 'public' ? {} : { authorizer: route.auth === 'merchant' ? this.merchantAuthorizer : this.authorizer }),
      });
      if (route.throttle) this.throttleRoute(created, `${route.method} ${route.path}`, route.throttle);
      if (route.auth === 'public') {
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.method} ${route.path} is public by design (storefront, health or a signature-verified webhook).`,
        });
      }
    }
  }

  /** A stage route setting names its route by key: the route must exist before the stage refers to it. */
  private throttleRoute(route: HttpRoute, routeKey: string, throttle: { rateLimit: number; burstLimit: number }): void {
    const stage = this.stage.node.defaultChild as CfnStage;
    this.routeSettings[routeKey] = { ThrottlingRateLimit: throttle.rateLimit, ThrottlingBurstLimit: throttle.burstLimit };
    stage.addPropertyOverride('RouteSettings', this.routeSettings);
    stage.addDependency(route.node.defaultChild as CfnRoute);
  }
}

// Stable and readable: `GET /api/products/{slug}` → `GetApiProductsSlug`.
const routeId = (route: RouteSpec): string =>
  pascalCase(`${route.method.toLowerCase()}-${route.path.replace(/[^a-zA-Z0-9]+/g, '-').toLowerCase()}`).replaceAll('-', '');
