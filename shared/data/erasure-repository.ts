/**
 * Applies an erasure plan to the table, phase after phase (the steps of a phase side by side).
 * An update only changes an item that still exists (never recreating one that expired or was
 * deleted meanwhile) and touches only the attributes the step names; deletes of missing items
 * are no-ops. So applying a plan again, or after a run that stopped half-way, is harmless.
 */
import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { ErasurePlan, ErasureStep } from '#shared/domain/privacy/erasure-plan.ts';
import { conditionHolds } from './conditions.ts';

const parallelSteps = 10;

/** The UpdateItem input of an update step (exported for its unit test). */
export const updateInput = (step: Extract<ErasureStep, { action: 'update' }>) => {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const name = (field: string) => {
    const placeholder = `#n${Object.keys(names).length}`;
    names[placeholder] = field;
    return placeholder;
  };
  const sets = Object.entries(step.set).map(([field, value], index) => {
    values[`:s${index}`] = value;
    return `${name(field)} = :s${index}`;
  });
  const removes = step.remove.map(name);
  const adds = Object.entries(step.add ?? {}).map(([field, amount], index) => {
    values[`:a${index}`] = amount;
    return `${name(field)} :a${index}`;
  });
  const clauses = [sets.length ? `SET ${sets.join(', ')}` : '', removes.length ? `REMOVE ${removes.join(', ')}` : '', adds.length ? `ADD ${adds.join(', ')}` : ''];
  return {
    TableName: tableName(),
    Key: step.key,
    UpdateExpression: clauses.filter(Boolean).join(' '),
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeNames: names,
    ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
  };
};

const apply = (step: ErasureStep): Promise<unknown> =>
  step.action === 'delete'
    ? dynamodb.send(new DeleteCommand({ TableName: tableName(), Key: step.key }))
    : // A missing item is already as erased as it gets.
      conditionHolds(() => dynamodb.send(new UpdateCommand(updateInput(step))));

/** Runs every step of the plan, a phase only once the previous one is fully written. */
export const applyErasure = async (plan: ErasurePlan): Promise<void> => {
  for (const phase of plan.phases) {
    for (let start = 0; start < phase.length; start += parallelSteps) await Promise.all(phase.slice(start, start + parallelSteps).map(apply));
  }
};
