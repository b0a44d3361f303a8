import { buildSubgraphSchema } from '@apollo/subgraph';
import { fieldsWithoutRules, type RuleTree, type ShieldRule } from '@mentor/common';
import { buildSchema } from 'graphql';
import { printSchema } from 'graphql/index.js';
import { describe, expect, it } from 'vitest';
import { ruleTree } from './permissions.js';
import { resolvers } from '../resolvers/index.js';
import { typeDefs } from '../server.js';

// The schema as served, federation fields included. Under vitest, @apollo/subgraph builds it with the
// CommonJS graphql while workspace code gets the ES module one, so it crosses over as SDL.
const schema = buildSchema(printSchema(buildSubgraphSchema([{ typeDefs, resolvers }])));

describe('the rule tree', () => {
  it('has an explicit rule for every field of every object type, federation fields included', () => {
    expect(fieldsWithoutRules(schema, ruleTree)).toEqual([]);
    // The federation fields are part of what the coverage check sees, not skipped by it.
    expect(ruleTree.Query).toHaveProperty('_entities');
    expect(ruleTree.Query).toHaveProperty('_service');
    expect(ruleTree._Service).toHaveProperty('sdl');
  });

  it('catches a tree that misses a field or a whole type', () => {
    const { screenings: _screenings, ...mentorWithoutScreenings } = ruleTree.Mentor as Record<string, ShieldRule>;
    const { ProviderCatalogue: _catalogue, ...withoutCatalogue } = ruleTree;
    const incomplete: RuleTree = { ...withoutCatalogue, Mentor: mentorWithoutScreenings };
    expect(fieldsWithoutRules(schema, incomplete)).toEqual(['Mentor.screenings', 'ProviderCatalogue.activities', 'ProviderCatalogue.municipalityCodes', 'ProviderCatalogue.agreementEndDate']);
  });

  it('uses no wildcard and names no field the schema lacks', () => {
    for (const [typeName, fields] of Object.entries(ruleTree)) {
      expect(Object.keys(fields)).not.toContain('*');
      const type = schema.getType(typeName);
      expect(type, typeName).toBeDefined();
      const known = Object.keys((type as { getFields(): Record<string, unknown> }).getFields());
      for (const field of Object.keys(fields)) expect(known, `${typeName}.${field}`).toContain(field);
    }
  });
});
