import { buildSchema as buildSubgraphSchema, fieldsWithoutRules, type RuleTree, type ShieldRule } from '@mentor/common';
import { TEST_SIGNING_SECRET } from '@mentor/testkit';
import { buildSchema, isObjectType, printSchema, type GraphQLSchema } from 'graphql';
import { describe, expect, test } from 'vitest';
import { ruleTree } from './permissions.js';
import { createResolvers } from '../resolvers/index.js';
import { typeDefs } from '../server.js';

// The schema as served (without the rules), federation fields included. @apollo/subgraph may build it with
// the CommonJS graphql while this file gets the ES module one, so it crosses over as SDL.
const schema: GraphQLSchema = buildSchema(printSchema(buildSubgraphSchema({ typeDefs, resolvers: createResolvers({ directory: {}, signingSecret: TEST_SIGNING_SECRET }) })));

describe('orders permissions: a rule for every field', () => {
  test('every field of every object type has an explicit rule, federation fields included', () => {
    expect(fieldsWithoutRules(schema, ruleTree)).toEqual([]);
    expect(Object.keys(ruleTree.Query!)).toEqual(expect.arrayContaining(['_entities', '_service']));
    expect(Object.keys(ruleTree._Service!)).toEqual(['sdl']);
    expect(Object.keys(ruleTree)).toEqual(
      expect.arrayContaining(['AuditLog', 'AuditRecord', 'PageInfo', 'YouthConnection', 'YouthEdge', 'OrderConnection', 'OrderEdge', 'MentorSessionConnection', 'MentorSessionEdge']),
    );
  });

  test('catches a tree that misses a field or a whole type', () => {
    const { Outcome: _outcome, ...withoutOutcome } = ruleTree;
    // Both types have a rule per field here, not one rule for the whole type.
    const { cpr: _cpr, ...youthWithoutCpr } = ruleTree.Youth as Record<string, ShieldRule>;
    const { _service: _service, ...queryWithoutService } = ruleTree.Query as Record<string, ShieldRule>;
    const incomplete: RuleTree = { ...withoutOutcome, Youth: youthWithoutCpr, Query: queryWithoutService };
    expect(fieldsWithoutRules(schema, incomplete).sort()).toEqual(['Outcome.kind', 'Outcome.note', 'Outcome.recordedAt', 'Outcome.youthSatisfaction', 'Query._service', 'Youth.cpr']);
    expect(fieldsWithoutRules(schema, {})).toHaveLength(Object.values(ruleTree).reduce((total, rules) => total + Object.keys(rules).length, 0));
  });

  test('uses no wildcard and names no type or field the schema lacks', () => {
    const stray: string[] = [];
    for (const [typeName, rules] of Object.entries(ruleTree)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) {
        stray.push(typeName);
        continue;
      }
      for (const field of Object.keys(rules)) if (!(field in type.getFields())) stray.push(`${typeName}.${field}`);
    }
    expect(stray).toEqual([]);
  });

  test('a field a role may be refused is nullable, so a refusal nulls only that field', () => {
    const nonNull = (typeName: string) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(typeName);
      return Object.values(type.getFields())
        .filter((field) => field.type.toString().endsWith('!'))
        .map((field) => field.name);
    };
    expect(nonNull('Youth')).toEqual(['id']);
    expect(nonNull('MentorSession')).not.toContain('journalNote');
    for (const field of ['youth', 'goal', 'tasks', 'agreement', 'targetGroup', 'legalBasis', 'schedules', 'sessions', 'followUps', 'effectAssessments']) {
      expect(nonNull('Order')).not.toContain(field);
    }
    for (const field of ['youths', 'orders', 'youth', 'order', 'auditLog']) expect(nonNull('Query')).not.toContain(field);
  });
});
