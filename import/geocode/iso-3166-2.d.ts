// Types for iso-3166-2, which ships none: the one lookup the geocoder uses.
declare module 'iso-3166-2' {
  interface Subdivision {
    type: string;
    name: string;
    countryName: string;
    countryCode: string;
    code: string;
    regionCode: string;
  }
  const iso31662: { subdivision(country: string, nameOrCode: string): Subdivision | null | undefined };
  export default iso31662;
}
