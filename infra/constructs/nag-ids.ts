import { Token, type Stack } from 'aws-cdk-lib';

const shown = (value: string, pseudo: string): string => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);

/**
 * A stack's partition, region and account as cdk-nag prints them inside finding ids (the literal
 * when synth knows it, `<AWS::Region>` and the like otherwise), to acknowledge the exact finding.
 */
export const nagEnvironment = (stack: Stack): { partition: string; region: string; account: string } => ({
  partition: shown(stack.partition, 'Partition'),
  region: shown(stack.region, 'Region'),
  account: shown(stack.account, 'AccountId'),
});
