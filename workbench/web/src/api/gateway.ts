import type { Problem } from './problem';

/**
 * The gateway's own development sign-in (not a service API, so not in the services' documents): on the local stack it
 * mints a token for a role and department; elsewhere it does not exist and production signs in through OIDC.
 */
export interface DevToken {
  token: string;
  expiresInSeconds: number;
  role: string;
  departments: string[];
}

export async function devSignInAvailable(): Promise<boolean> {
  const response = await fetch('/auth/config');
  return response.ok && ((await response.json()) as { devSignIn: boolean }).devSignIn;
}

export async function devSignIn(role: string, department: string): Promise<DevToken | Problem> {
  const response = await fetch('/auth/dev/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role, department }),
  });
  return (await response.json()) as DevToken | Problem;
}
