import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as IndicatorPaths } from './generated/indicator';
import type { paths as BudgetPaths } from './generated/budget';
import type { paths as ScoringPaths } from './generated/scoring';
import type { paths as ReportPaths } from './generated/report';
import { session } from '../session';

/**
 * One typed client per service, generated from its OpenAPI document and reached through the gateway at
 * /services/<name>; the paths are the documents' own.
 */
const credentials: Middleware = {
  onRequest({ request }) {
    if (session.current) {
      request.headers.set('Authorization', `Bearer ${session.current.token}`);
    }
    request.headers.set('X-Correlation-Id', correlationId());
    request.headers.set('Accept-Language', 'zh-CN');
    return request;
  },
};

/** A fresh id per request, quoted by the services in their problems and logs (getRandomValues works over plain http too). */
function correlationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return 'wb-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function clientOf<Paths extends {}>(service: string) {
  const client = createClient<Paths>({ baseUrl: `/services/${service}` });
  client.use(credentials);
  return client;
}

export const indicatorApi = clientOf<IndicatorPaths>('indicator');
export const budgetApi = clientOf<BudgetPaths>('budget');
export const scoringApi = clientOf<ScoringPaths>('scoring');
export const reportApi = clientOf<ReportPaths>('report');
