// The entities one report names, one per id, with what the text tells about each merged in.
import { inLatin } from './lexicon/name-key.js';
import type { Entity } from './types.js';

export class EntityRegistry {
  private readonly byId = new Map<string, Entity>();

  /** Adds an entity or fills in fields the known one lacks; returns the stored entity. */
  add(entity: Entity): Entity {
    const known = this.byId.get(entity.id);
    if (!known) {
      const copy = { ...entity, aliases: entity.aliases ? [...entity.aliases] : undefined };
      this.byId.set(entity.id, copy);
      return copy;
    }
    // for…in over a plain object: its own fields in Object.entries' order, without an array of pairs per call.
    const fields = entity as unknown as Record<string, unknown>;
    const target = known as unknown as Record<string, unknown>;
    for (const key in fields) {
      if (key === 'aliases') continue;
      const value = fields[key];
      if ((target[key] === undefined || target[key] === null) && value !== undefined && value !== null) target[key] = value;
    }
    for (const alias of entity.aliases ?? []) this.addAlias(entity.id, alias);
    // "Künstler aus Tikhvin" in a heading, "города Тихвина" in the text: the Russian text's own spelling is the name.
    if (inLatin(known.name) && !inLatin(entity.name)) {
      const latin = known.name;
      known.name = entity.name;
      this.addAlias(entity.id, latin);
    } else if (entity.name !== known.name) this.addAlias(entity.id, entity.name);
    return known;
  }

  addAlias(id: string, alias: string): void {
    const known = this.byId.get(id);
    if (!known || alias === known.name) return;
    known.aliases ??= [];
    if (!known.aliases.includes(alias)) known.aliases.push(alias);
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Only the entities that some relation uses or that the text names as places, in a stable order. */
  list(keep: (e: Entity) => boolean = () => true): Entity[] {
    return [...this.byId.values()].filter(keep).sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
  }
}
