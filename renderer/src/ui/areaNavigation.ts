import { createContext, useContext } from 'react';
import type { AreaId } from './areas';

/** Lets an area send the operator to another (the end of a session opens its review); provided by the shell. */
export const AreaNavigation = createContext<(area: AreaId) => void>(() => {});

export function useGoToArea(): (area: AreaId) => void {
  return useContext(AreaNavigation);
}
