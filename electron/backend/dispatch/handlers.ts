import type { MethodName, MethodOutput, MethodParsedInput } from '../../../shared/api/contract';

/** One handler per method, typed from the contract. Handlers receive already-validated input. */
export type Handlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

/** The handlers for one domain's methods table (e.g. `typeof settingsMethods`). */
export type DomainHandlers<Table> = Pick<Handlers, keyof Table & MethodName>;
