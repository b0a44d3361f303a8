import { GraphQLScalarType } from 'graphql';
import { DateResolver, DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';

const toIsoDate = (value: unknown): string => (value as Date).toISOString().slice(0, 10);

/** graphql-scalars' Date, handing resolvers the YYYY-MM-DD string the database and the rules use instead of a Date at UTC midnight. */
export const DateScalar = new GraphQLScalarType({
  ...DateResolver.toConfig(),
  parseValue: (value) => toIsoDate(DateResolver.parseValue(value)),
  parseLiteral: (ast, variables) => toIsoDate(DateResolver.parseLiteral(ast, variables)),
});

export const scalarResolvers = {
  Date: DateScalar,
  DateTime: DateTimeResolver,
  JSONObject: JSONObjectResolver,
};
