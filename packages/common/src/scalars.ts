import { GraphQLScalarType } from 'graphql';
import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

const toIsoDate = (value: unknown): string => (value as Date).toISOString().slice(0, 10);

/**
 * The one Date scalar of every subgraph: graphql-scalars' validation, handing resolvers the
 * YYYY-MM-DD string the database columns and the rules use (never a Date at UTC midnight).
 */
export const DateScalar = new GraphQLScalarType({
  ...DateResolver.toConfig(),
  parseValue: (value) => toIsoDate(DateResolver.parseValue(value)),
  parseLiteral: (ast, variables) => toIsoDate(DateResolver.parseLiteral(ast, variables)),
});

/** The scalars every subgraph declares. */
export const scalarResolvers = {
  Date: DateScalar,
  DateTime: DateTimeResolver,
  JSONObject: JSONObjectResolver,
};
