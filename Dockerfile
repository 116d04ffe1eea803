# syntax=docker/dockerfile:1

# The embedded engine (@grafeo-db/js) ships a native build for linux-x64-gnu only: run the
# image with GRAPH_STORE=embedded on linux/amd64 (glibc, hence Debian bookworm). With
# GRAPH_STORE=neo4j the engine is never loaded, and any platform works.

# ---- dependencies: production packages only (Node strips the types: no build step) ----
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
    && npm cache clean --force

# ---- runtime ----
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app

COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY schema ./schema
COPY web/dist ./web/dist

# The embedded database lives in /app/data (GRAFEO_PATH defaults to data/graph.grafeo,
# relative to /app); mount a volume there to keep it. A new named volume takes this
# folder's owner, so the node user can write to it.
RUN mkdir -p /app/data && chown node:node /app/data

USER node
EXPOSE 4000

# No curl in slim images: node's fetch asks /ready (200 once the store answers).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/ready', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# node as PID 1 (not npm) so SIGTERM reaches the graceful shutdown in src/main.ts.
CMD ["node", "src/main.ts"]
