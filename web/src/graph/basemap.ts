// The map under the geographic layout: land, coastlines and country borders from Natural Earth (world-atlas,
// loaded on first use), drawn as SVG in the graph's model coordinates with the layout's projection, and moved
// with Cytoscape's pan and zoom by one transform (so a zoom frame costs no redraw of the paths).
import type { Core } from 'cytoscape';
import { geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const SVG = 'http://www.w3.org/2000/svg';
type World = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

let world: Promise<World> | null = null;
/** The 1:110m atlas (about 100 kB) is enough at the zooms a network view uses, and keeps the bundle split. */
const loadWorld = () => (world ??= import('world-atlas/countries-110m.json').then((m) => (m.default ?? m) as unknown as World));

export class Basemap {
  private readonly svg: SVGSVGElement;
  private readonly layer: SVGGElement;
  private drawn = 0;

  /** `host` holds the graph's container; it gets the class `with-map` while the map shows. */
  constructor(
    private readonly cy: Core,
    private readonly host: HTMLElement,
  ) {
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('class', 'basemap');
    this.svg.setAttribute('aria-hidden', 'true');
    this.layer = document.createElementNS(SVG, 'g');
    this.svg.append(this.layer);
    host.prepend(this.svg);
    this.svg.style.display = 'none';
    cy.on('viewport', () => this.follow());
  }

  /** Draws the map for a projection; a later call wins over an earlier one still loading. */
  async show(projection: GeoProjection): Promise<void> {
    const ticket = ++this.drawn;
    const w = await loadWorld();
    if (ticket !== this.drawn) return;
    const path = geoPath(projection);
    const land = feature(w, w.objects.land);
    const borders = mesh(w, w.objects.countries, (a, b) => a !== b);
    const coast = mesh(w, w.objects.countries, (a, b) => a === b);
    const p = (cls: string, d: string | null) => {
      const el = document.createElementNS(SVG, 'path');
      el.setAttribute('class', cls);
      el.setAttribute('d', d ?? '');
      return el;
    };
    const outline = p('sphere', path({ type: 'Sphere' }));
    this.layer.replaceChildren(outline, p('land', path(land)), p('borders', path(borders)), p('coast', path(coast)));
    this.svg.style.display = '';
    this.host.classList.add('with-map');
    this.follow();
  }

  hide(): void {
    this.drawn++;
    this.svg.style.display = 'none';
    this.host.classList.remove('with-map');
  }

  get visible(): boolean {
    return this.svg.style.display !== 'none';
  }

  private follow(): void {
    if (!this.visible) return;
    const { x, y } = this.cy.pan();
    this.layer.setAttribute('transform', `translate(${x} ${y}) scale(${this.cy.zoom()})`);
  }
}
