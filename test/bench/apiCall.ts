import type { ApiResult } from '../../shared/api/errors';

/** The value of an API call, or an error naming its code and message. */
export async function call<T>(pending: Promise<ApiResult<unknown>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
