// The answer of GET /api/country-links: the whole network by country, countries as nodes and the relations
// between their entities counted per pair.
import { z } from 'zod';

export const CountryLink = z
  .object({
    source: z.string().meta({ description: 'ISO2 code, the first in alphabetical order', example: 'BY' }),
    target: z.string().meta({ description: 'ISO2 code; the same as source for links inside one country', example: 'RU' }),
    links: z.number().int().meta({ description: 'Relations between entities of the two countries', example: 14 }),
  })
  .meta({ id: 'CountryLink' });
export type CountryLink = z.infer<typeof CountryLink>;

export const CountryNode = z
  .object({
    code: z.string().meta({ example: 'RU' }),
    entities: z.number().int().meta({ description: 'Entities of this country at either end of a counted relation', example: 12 }),
    links: z.number().int().meta({ description: 'Counted relations with an end in this country', example: 40 }),
    lat: z.number().nullable().meta({ description: "The mean of its entities' latitudes (where to draw it on a map)", example: 55.1 }),
    lon: z.number().nullable().meta({ example: 61.4 }),
  })
  .meta({ id: 'CountryNode' });
export type CountryNode = z.infer<typeof CountryNode>;

export const CountryLinks = z
  .object({
    countries: z.array(CountryNode).meta({ description: 'Most entities first' }),
    links: z.array(CountryLink).meta({ description: 'Most links first' }),
  })
  .meta({ id: 'CountryLinks' });
export type CountryLinks = z.infer<typeof CountryLinks>;
