import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import { processRegularResult } from 'graphql-yoga';
import type { GraphContext } from './context.ts';
import type { OperationLimits } from './operation-limits.ts';
import { operationCost } from './plugins/use-cost-limit.ts';
import { declaredBodySize } from './plugins/use-operation-limits.ts';
import { requestIdFrom } from './plugins/use-request-id.ts';
import { executeWithin } from './plugins/use-request-timeout.ts';
import type { PreparedOperation, PreparedOperations } from './prepared-operations.ts';

export interface RequestListenerOptions {
  /** The full pipeline: every request the prepared path does not take, and every first sight of a document. */
  yoga: YogaServerInstance<Record<string, unknown>, GraphContext>;
  schema: GraphQLSchema;
  prepared: PreparedOperations;
  limits: OperationLimits;
  /** A fresh context per request, as the full pipeline builds it. */
  contextFor(requestId: string): GraphContext;
  /** Masks one error as the full pipeline does. */
  maskError(error: unknown, message: string): Error;
  /** Metrics and the log line of an executed operation. */
  observe(requestId: string, operationName: string | undefined, document: PreparedDocument, durationMs: number, result: ExecutionResult): void;
}

type PreparedDocument = PreparedOperation['document'];

interface Params {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

const JSON_TYPES = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);
const JSON_ACCEPTS = new Set([undefined, '*/*', 'application/json']);
const MASKED_MESSAGE = 'Unexpected error.';
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade']);

/**
 * The HTTP entry point. A plain JSON POST of a document the full pipeline has
 * already validated takes the prepared path: no re-parse, no re-validation, no
 * Fetch-API request objects; only the per-request checks (cost, which depends
 * on the variables), the time budget, masking, metrics and the log line run
 * again, the same functions the pipeline's plugins use. Everything else —
 * first sight of a document, GET, GraphiQL, CORS, other content types, request
 * errors, limits exceeded — goes to the full pipeline, which answers it.
 */
export function createRequestListener(options: RequestListenerOptions): RequestListener {
  const { yoga, prepared, limits } = options;

  const takesPreparedPath = (request: IncomingMessage): boolean => {
    const { headers } = request;
    if (request.method !== 'POST' || request.url !== '/graphql' || headers.origin !== undefined) return false;
    if (!JSON_TYPES.has(headers['content-type']?.toLowerCase() ?? '') || !JSON_ACCEPTS.has(headers.accept)) return false;
    return declaredBodySize(headers['content-length'], limits.maxBodyBytes) === 'within' && headers['transfer-encoding'] === undefined;
  };

  return (request, response) => {
    if (!takesPreparedPath(request)) {
      void yoga(request, response);
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      answer(request, response, body).catch(() => {
        // Execution and masking do not throw; only writing to a broken socket can land here.
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ errors: [{ message: MASKED_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      });
    });
  };

  async function answer(request: IncomingMessage, response: ServerResponse, body: string): Promise<void> {
    const params = readParams(body);
    const operation = params && prepared.get(params.query);
    if (!params || !operation || overCost(params, operation.document)) return replay(request, response, body);

    const requestId = requestIdFrom(firstHeader(request.headers['x-request-id']));
    const context = options.contextFor(requestId);
    const started = performance.now();
    const run = operation.executor(params.operationName);
    const result = await executeWithin(limits.requestTimeoutMs, context, () => run(context, params.variables));
    // No data: a request error (variables, operation name) before anything ran; the pipeline words those.
    if (!('data' in result)) return replay(request, response, body);
    prepared.served();

    const masked = result.errors ? { ...result, errors: result.errors.map((error) => options.maskError(error, MASKED_MESSAGE)) } : result;
    options.observe(requestId, params.operationName, operation.document, performance.now() - started, masked as ExecutionResult);
    if (!masked.errors) {
      const json = JSON.stringify(masked);
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(json),
        'x-request-id': requestId,
      });
      response.end(json);
      return;
    }
    const answered = processRegularResult(masked as ExecutionResult, yoga.fetchAPI, 'application/json');
    answered.headers.set('x-request-id', requestId);
    return send(answered, response);
  }

  function overCost(params: Params, document: PreparedDocument): boolean {
    try {
      return operationCost(options.schema, document, params.variables, params.operationName) > limits.maxCost;
    } catch {
      return false; // a value the estimate cannot read is left to execution, which reports it
    }
  }

  /** Hands a request whose body has been read to the full pipeline. */
  async function replay(request: IncomingMessage, response: ServerResponse, body: string): Promise<void> {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined && !HOP_BY_HOP.has(name)) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const answered = await yoga.fetch(`http://${request.headers.host ?? 'localhost'}${request.url ?? '/'}`, { method: 'POST', headers, body });
    return send(answered, response);
  }
}

/** The GraphQL parameters of a plain JSON body, or undefined for anything the pipeline should judge. */
function readParams(body: string): Params | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const { query, variables, operationName, ...rest } = parsed as Record<string, unknown>;
  if (typeof query !== 'string' || Object.keys(rest).length > 0) return undefined;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  return { query, variables: (variables ?? {}) as Record<string, unknown>, operationName: operationName ?? undefined };
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function send(answered: Response, response: ServerResponse): Promise<void> {
  const bytes = Buffer.from(await answered.arrayBuffer());
  const headers: Record<string, string> = {};
  answered.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['content-length'] = String(bytes.length);
  response.writeHead(answered.status, headers);
  response.end(bytes);
}
