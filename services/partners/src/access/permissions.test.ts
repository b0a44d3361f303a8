import { buildSubgraphSchema } from '@apollo/subgraph';
import { fieldsWithoutRules, type RuleTree, type ShieldRule } from '@mentor/common';
import { TEST_SIGNING_SECRET } from '@mentor/testkit';
import { buildSchema, isObjectType } from 'graphql';
import { printSchema } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { ruleTree } from './permissions.js';
import { createResolvers } from '../resolvers/index.js';
import { typeDefs } from '../server.js';

// The schema as served, federation fields included. Under vitest, @apollo/subgraph builds it with the
// CommonJS graphql while workspace code gets the ES module one, so it crosses over as SDL.
const schema = buildSchema(printSchema(buildSubgraphSchema([{ typeDefs, resolvers: createResolvers({ directory: {}, signingSecret: TEST_SIGNING_SECRET }) }])));

describe('partners permissions: a rule for every field', () => {
  it('has an explicit rule for every field of every object type, federation fields included', () => {
    expect(fieldsWithoutRules(schema, ruleTree)).toEqual([]);
    expect(ruleTree.Query).toHaveProperty('_entities');
    expect(ruleTree.Query).toHaveProperty('_service');
    expect(ruleTree._Service).toHaveProperty('sdl');
    expect(Object.keys(ruleTree)).toEqual(expect.arrayContaining(['AuditLog', 'AuditRecord', 'PageInfo', 'EnrollmentConnection', 'EnrollmentEdge']));
  });

  it('catches a tree that misses a field or a whole type', () => {
    const { Youth: _youth, ...withoutYouth } = ruleTree;
    const { programme: _programme, ...enrollmentWithoutProgramme } = ruleTree.Enrollment as Record<string, ShieldRule>;
    const incomplete: RuleTree = { ...withoutYouth, Enrollment: enrollmentWithoutProgramme };
    expect(fieldsWithoutRules(schema, incomplete).sort()).toEqual(['Enrollment.programme', 'Youth.consents', 'Youth.enrollments', 'Youth.id', 'Youth.youthGuide']);
  });

  it('uses no wildcard and names no type or field the schema lacks', () => {
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
});
