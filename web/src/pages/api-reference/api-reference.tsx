import { useMemo, useState } from 'preact/hooks';
import { useAsync } from '../../lib/use-async.ts';
import { usePageTitle } from '../../lib/page-title.ts';
import { refName, schemaText, type Schema } from './schema-text.ts';
import './api-reference.css';

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema: Schema;
}
interface Response {
  $ref?: string;
  description: string;
  headers?: Record<string, { description: string }>;
  content?: Record<string, { schema: Schema }>;
}
interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  security: Array<Record<string, string[]>>;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
}
interface OpenApi {
  info: { title: string; version: string; description: string };
  tags: Array<{ name: string; description: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { description: string }>; responses: Record<string, Response>; schemas: Record<string, Schema> };
}

const authLabels: Record<string, string> = { shopperJwt: 'Shopper token (bearer JWT)', merchantJwt: 'Merchant token (bearer JWT)' };

const loadDocument = async (): Promise<OpenApi> => {
  const response = await fetch('/api/openapi.json');
  if (!response.ok) throw new Error(`The API document could not be loaded (${response.status}).`);
  return (await response.json()) as OpenApi;
};

const anchorOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function Body({ content }: { content: Record<string, { schema: Schema }> }) {
  return (
    <>
      {Object.entries(content).map(([mediaType, { schema }]) => (
        <div key={mediaType}>
          <p class="api-media">{mediaType}</p>
          <pre tabIndex={0}>{schemaText(schema)}</pre>
        </div>
      ))}
    </>
  );
}

function OperationView({ method, path, operation, shared }: { method: string; path: string; operation: Operation; shared: OpenApi['components']['responses'] }) {
  const auth = operation.security.flatMap((requirement) => Object.keys(requirement));
  return (
    <article class="api-operation" id={operation.operationId} aria-labelledby={`${operation.operationId}-title`}>
      <details>
        <summary>
          <h3 id={`${operation.operationId}-title`}>
            <span class={`api-method api-method-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
          </h3>
          <span class="api-summary">{operation.summary}</span>
        </summary>
      {operation.description && <p>{operation.description}</p>}
      <p class="api-auth">
        <strong>Auth:</strong> {auth.length ? auth.map((scheme) => authLabels[scheme] ?? scheme).join(', ') : 'none (public)'}
      </p>
      {operation.parameters?.length ? (
        <table class="api-table">
          <caption>Parameters</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">In</th>
              <th scope="col">Required</th>
              <th scope="col">Type</th>
            </tr>
          </thead>
          <tbody>
            {operation.parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`}>
                <th scope="row">
                  <code>{parameter.name}</code>
                </th>
                <td>{parameter.in}</td>
                <td>{parameter.required ? 'yes' : 'no'}</td>
                <td>
                  <code>{schemaText(parameter.schema)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {operation.requestBody && (
        <section aria-label={`Request body of ${method.toUpperCase()} ${path}`}>
          <h4>Request body</h4>
          <Body content={operation.requestBody.content} />
        </section>
      )}
      <h4>Responses</h4>
      <dl class="api-responses">
        {Object.entries(operation.responses).map(([status, declared]) => {
          const response = declared.$ref ? (shared[refName(declared.$ref)] ?? declared) : declared;
          return (
            <div key={status}>
              <dt>{status}</dt>
              <dd>
                <p>{response.description}</p>
                {response.headers && <p>Headers: {Object.keys(response.headers).map((name) => <code key={name}>{name} </code>)}</p>}
                {response.content && <Body content={response.content} />}
              </dd>
            </div>
          );
        })}
      </dl>
      </details>
    </article>
  );
}

/** The API reference for integrators, rendered from /api/openapi.json (English). */
export default function ApiReference() {
  usePageTitle('API reference', 'Shop API');
  const [state] = useAsync(loadDocument, []);
  const [filter, setFilter] = useState('');
  const document = state.status === 'done' ? state.data : undefined;
  const groups = useMemo(() => {
    if (!document) return [];
    const needle = filter.trim().toLowerCase();
    return document.tags
      .map((tag) => ({
        tag,
        operations: Object.entries(document.paths).flatMap(([path, item]) =>
          Object.entries(item)
            .filter(([method, operation]) => operation.tags.includes(tag.name) && (!needle || `${method} ${path} ${operation.summary}`.toLowerCase().includes(needle)))
            .map(([method, operation]) => ({ method, path, operation })),
        ),
      }))
      .filter((group) => group.operations.length);
  }, [document, filter]);

  if (state.status === 'error') return <p role="alert">{(state.error as Error).message}</p>;
  if (!document) return <p aria-busy="true">Loading the API reference…</p>;
  return (
    <div class="api-reference" lang="en">
      <h1>API reference</h1>
      <p>
        {document.info.title} {document.info.version}. The machine-readable document is at <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
      </p>
      <p class="api-intro">{document.info.description}</p>
      <h2>Authentication</h2>
      <ul>
        {Object.entries(document.components.securitySchemes).map(([name, scheme]) => (
          <li key={name}>
            <strong>{authLabels[name] ?? name}</strong>: {scheme.description} Send it as <code>Authorization: Bearer &lt;token&gt;</code>.
          </li>
        ))}
      </ul>
      <search class="api-filter">
        <label for="api-filter">Filter operations</label>
        <input id="api-filter" type="search" value={filter} onInput={(event) => setFilter(event.currentTarget.value)} placeholder="e.g. carts, POST, refund" />
      </search>
      <nav aria-label="API groups">
        <h2>Groups</h2>
        <ul>
          {groups.map(({ tag, operations }) => (
            <li key={tag.name}>
              <a href={`#group-${anchorOf(tag.name)}`}>{tag.name}</a> ({operations.length})
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ tag, operations }) => (
        <section key={tag.name} aria-labelledby={`group-${anchorOf(tag.name)}`}>
          <h2 id={`group-${anchorOf(tag.name)}`}>{tag.name}</h2>
          <p>{tag.description}</p>
          {operations.map(({ method, path, operation }) => (
            <OperationView key={`${method} ${path}`} method={method} path={path} operation={operation} shared={document.components.responses} />
          ))}
        </section>
      ))}
      <section aria-labelledby="api-schemas">
        <h2 id="api-schemas">Schemas</h2>
        {Object.entries(document.components.schemas).map(([name, schema]) => (
          <details key={name} id={`schema-${name}`}>
            <summary>
              <h3>{name}</h3>
            </summary>
            <pre tabIndex={0}>{schemaText(schema)}</pre>
          </details>
        ))}
      </section>
    </div>
  );
}
