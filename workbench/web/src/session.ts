import { reactive } from 'vue';

/**
 * Who is signed in: the token, its role and the evaluation being worked on. Kept in sessionStorage (one tab, gone
 * when it closes) and sent only in the Authorization header, never in a URL.
 */
export interface Session {
  token: string;
  role: string;
  department: string;
  year: number;
}

const KEY = 'perfeval.session';

function restore(): Session | null {
  const stored = sessionStorage.getItem(KEY);
  return stored ? (JSON.parse(stored) as Session) : null;
}

export const session = reactive<{ current: Session | null }>({ current: restore() });

export function signedIn(value: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(value));
  session.current = value;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  session.current = null;
}
