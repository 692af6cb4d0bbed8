// The one map projection of the geographic layout: node positions and the basemap's borders both go through it,
// so they stay in register. Natural Earth (a compromise projection that keeps high latitudes from the
// equirectangular stretch), centred on the nodes' longitudes and scaled so their spread fills about one view.
import { geoNaturalEarth1, type GeoProjection } from 'd3-geo';

export type LonLat = { lon: number; lat: number };

/** Pixels at zoom 1 between the placed nodes' extremes: at most the view's size, and never absurdly small. */
const MIN_SCALE = 120;
const MAX_SCALE = 8000;
const DEFAULT_SCALE = 700;

/** The mean of longitudes on the circle (so 170° and -170° average to 180°, not 0°). */
export function centreLongitude(points: readonly LonLat[]): number {
  if (points.length === 0) return 0;
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += Math.cos((p.lon * Math.PI) / 180);
    y += Math.sin((p.lon * Math.PI) / 180);
  }
  return x === 0 && y === 0 ? 0 : (Math.atan2(y, x) * 180) / Math.PI;
}

/** A projection in the graph's model coordinates (origin at the centre meridian and the equator, y down). */
export function geoProjection(points: readonly LonLat[], viewport = { width: 800, height: 600 }): GeoProjection {
  const projection = geoNaturalEarth1().rotate([-centreLongitude(points), 0]).translate([0, 0]).scale(1);
  if (points.length < 2) return projection.scale(DEFAULT_SCALE);
  const xy = points.map((p) => projection([p.lon, p.lat])!);
  const spanX = Math.max(...xy.map((p) => p[0])) - Math.min(...xy.map((p) => p[0])) || 1e-3;
  const spanY = Math.max(...xy.map((p) => p[1])) - Math.min(...xy.map((p) => p[1])) || 1e-3;
  const scale = Math.min((viewport.width * 0.9) / spanX, (viewport.height * 0.9) / spanY);
  return projection.scale(Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale)));
}
