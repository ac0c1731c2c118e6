import * as React from 'react';
import type { IPmoServices } from '../../services/types';

const Ctx = React.createContext<IPmoServices | undefined>(undefined);

/** Provides the data services to every PMO Hub component below it; the composition root builds them. */
export const ServicesProvider: React.FC<{ services: IPmoServices }> = ({ services, children }) => (
  <Ctx.Provider value={services}>{children}</Ctx.Provider>
);

/** The services provided by the nearest ServicesProvider. */
export function useServices(): IPmoServices {
  const services = React.useContext(Ctx);
  if (!services) throw new Error('useServices() needs a ServicesProvider above it');
  return services;
}

/** The services when a ServicesProvider is above, else undefined (for hooks that also run without one). */
export function useOptionalServices(): IPmoServices | undefined {
  return React.useContext(Ctx);
}
