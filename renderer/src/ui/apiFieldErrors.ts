import type { ApiCallError } from '../../../shared/api/errors';

type ApiPath = readonly (string | number)[] | undefined;

/**
 * A failed save's problems by form field: each backend issue goes under the field its path names (`fieldOf`), the
 * first one per field; what names no field stays as the form-level message.
 */
export function fieldErrorsFromApi<F extends string>(
  error: Pick<ApiCallError, 'path' | 'issues' | 'message'>,
  fieldOf: (path: ApiPath) => F | null,
): { fields: Partial<Record<F, string>>; general: string | null } {
  const fields: Partial<Record<F, string>> = {};
  const issues = error.issues?.length ? error.issues : error.path ? [{ path: error.path, message: error.message }] : [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field !== null && fields[field] === undefined) fields[field] = issue.message;
  }
  return { fields, general: Object.keys(fields).length > 0 ? null : error.message };
}

/** The field a path starts with, through a table of API names → form fields (`["productIds", 2]` → products). */
export function fieldByHead<F extends string>(table: Readonly<Record<string, F>>): (path: ApiPath) => F | null {
  return (path) => {
    const head = path?.[0];
    return typeof head === 'string' ? (table[head] ?? null) : null;
  };
}

/** The key of a rule sentence the backend answered with (see COUPON_RULES), or null for any other message. */
export function ruleKeyOf<K extends string>(rules: Readonly<Record<K, string>>, message: string): K | null {
  return (Object.keys(rules) as K[]).find((key) => rules[key] === message) ?? null;
}
