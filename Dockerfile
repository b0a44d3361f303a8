# One image for every process of the system; the command chooses which one runs (compose.yaml):
#   node packages/stack/dist/migrate.js      the migration step, before the services start
#   node services/orders/dist/index.js       the orders subgraph (mentors, partners alike)
#   node gateway/dist/index.js               the gateway and the web view (the default)

# Build: every workspace with its development dependencies, compiled, the web view bundled.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc tsconfig.base.json tsconfig.json ./
COPY packages ./packages
COPY services ./services
COPY gateway ./gateway
COPY clients ./clients
COPY bench ./bench
COPY test ./test
RUN npm ci --no-audit --no-fund && npm run build

# The development OpenID provider with the demo users (compose.yaml's `demo` profile): built from
# the development dependencies, so it is never part of the runtime image below.
FROM build AS identity-provider
ENV NODE_ENV=development DATA_DIR=/app/.data DEV_IDENTITY_PROVIDER_HOST=0.0.0.0
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4005
CMD ["node", "packages/stack/dist/identity-provider-main.js"]

# Run: the production dependencies of the running workspaces only, the compiled output, no sources,
# as the unprivileged user the base image provides.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-semi-space-size=64 \
    GATEWAY_HOST=0.0.0.0 ORDERS_HOST=0.0.0.0 MENTORS_HOST=0.0.0.0 PARTNERS_HOST=0.0.0.0
WORKDIR /app
# npm needs every workspace's package.json to read the lock file, also of workspaces not installed here.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/packages/common/package.json packages/common/
COPY --from=build /app/packages/testkit/package.json packages/testkit/
COPY --from=build /app/packages/stack/package.json packages/stack/
COPY --from=build /app/services/orders/package.json services/orders/
COPY --from=build /app/services/mentors/package.json services/mentors/
COPY --from=build /app/services/partners/package.json services/partners/
COPY --from=build /app/gateway/package.json gateway/
COPY --from=build /app/bench/package.json bench/
COPY --from=build /app/clients/operations/package.json clients/operations/
COPY --from=build /app/clients/caseworker-client/package.json clients/caseworker-client/
COPY --from=build /app/clients/web/package.json clients/web/
COPY --from=build /app/test/package.json test/
RUN npm ci --omit=dev --no-audit --no-fund \
      -w packages/common -w packages/testkit -w packages/stack -w services/orders -w services/mentors -w services/partners -w gateway \
    && npm cache clean --force
COPY --from=build /app/packages/common/dist packages/common/dist
# The demo world, which the services' demo seeders and the development stack read; production code never imports it.
COPY --from=build /app/packages/testkit/dist packages/testkit/dist
COPY --from=build /app/packages/stack/dist packages/stack/dist
COPY --from=build /app/services/orders/dist services/orders/dist
COPY --from=build /app/services/orders/schema.graphql services/orders/
COPY --from=build /app/services/mentors/dist services/mentors/dist
COPY --from=build /app/services/mentors/schema.graphql services/mentors/
COPY --from=build /app/services/partners/dist services/partners/dist
COPY --from=build /app/services/partners/schema.graphql services/partners/
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/gateway/supergraph.graphql gateway/
COPY --from=build /app/clients/web/dist clients/web/dist
COPY --from=build /app/clients/operations/src/generated/persisted-documents.json clients/operations/src/generated/
USER node
EXPOSE 4000 4001 4002 4003
CMD ["node", "gateway/dist/index.js"]
