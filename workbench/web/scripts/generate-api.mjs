// Generates src/api/generated/<service>.ts from each service's build-time OpenAPI document
// (<service>/target/openapi/openapi.json, written by that service's Maven build), so a change in a document that
// breaks a screen breaks this build. The generated files are build output (not committed).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '../../..');
const output = resolve(here, '../src/api/generated');
const services = ['indicator', 'budget', 'scoring', 'report'];

mkdirSync(output, { recursive: true });
for (const service of services) {
  const document = resolve(project, `${service}-service/target/openapi/openapi.json`);
  if (!existsSync(document)) {
    console.error(`generate-api: ${document} is missing; build ${service}-service first (./mvnw -pl ${service}-service -am -DskipTests package)`);
    process.exit(1);
  }
  const ast = await openapiTS(new URL(`file://${document}`));
  const banner = `// Generated from ${service}-service/target/openapi/openapi.json by scripts/generate-api.mjs. Do not edit.\n`;
  writeFileSync(resolve(output, `${service}.ts`), banner + astToString(ast));
  console.log(`generate-api: ${service}-service → src/api/generated/${service}.ts`);
}
