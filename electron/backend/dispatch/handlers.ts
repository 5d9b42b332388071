import type { MethodName, MethodOutput, MethodParsedInput } from '../../../shared/api/contract';

/** One handler per method, typed from the contract. Handlers receive already-validated input. */
export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};
