import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDb } from '../../../neo4j/db/graph-db.js';
import { applySchema } from '../../../neo4j/db/schema.js';
import { QueryRefusedError } from '../../../neo4j/db/errors.js';
import { clearGraph, openTestDb } from '../../support/graph.js';

describe('graph database', () => {
  let db: GraphDb;
  beforeAll(async () => {
    db = await openTestDb();
    await clearGraph(db);
  });
  afterAll(async () => {
    await clearGraph(db);
    await db.close();
  });

  it('applies the schema twice without error and holds the constraints and the full-text index', async () => {
    await applySchema(db);
    await applySchema(db);
    const constraints = await db.readText<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(['city_id', 'country_id', 'institution_id', 'event_id', 'report_id', 'region_id', 'person_id']),
    );
    const indexes = await db.readText<{ name: string; type: string }>('SHOW INDEXES YIELD name, type RETURN name, type');
    expect(indexes).toContainEqual({ name: 'entity_names', type: 'FULLTEXT' });
  });

  it('moves an older data folder\'s full-text index from the six entity labels onto :Entity, leaving only that one', async () => {
    // The index as twingraph created it before the shared label.
    await db.driver.executeQuery('DROP INDEX entity_names');
    await db.driver.executeQuery(
      'CREATE FULLTEXT INDEX entity_names FOR (n:City|Region|Country|Institution|Event|Person) ON EACH [n.name, n.nameEn, n.searchText]',
    );
    await db.writeTx((tx) => tx.run("CREATE (:Institution:Entity {id: 'inst:fulltext-probe', name: 'Старгородский клуб', searchText: 'старгородский клуб'})"));
    await applySchema(db);
    const fulltext = await db.readText('SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, state RETURN name, labelsOrTypes, properties, state');
    expect(fulltext).toEqual([{ name: 'entity_names', labelsOrTypes: ['Entity'], properties: ['name', 'nameEn', 'searchText'], state: 'ONLINE' }]);
    const hits = await db.readText<{ id: string }>("CALL db.index.fulltext.queryNodes('entity_names', 'старгородский') YIELD node RETURN node.id AS id");
    expect(hits).toEqual([{ id: 'inst:fulltext-probe' }]);
    await applySchema(db);
    expect(await db.readText('SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes RETURN name, labelsOrTypes')).toEqual([{ name: 'entity_names', labelsOrTypes: ['Entity'] }]);
  });

  it('writes in a transaction and reads it back with plain numbers', async () => {
    await db.writeTx((tx) => tx.run('MERGE (c:City {id: $id}) SET c.name = $name, c.population = $pop', { id: 'city:test', name: 'Тест', pop: 1200 }));
    const rows = await db.readText<{ name: string; population: number }>(
      'MATCH (c:City {id: $id}) RETURN c.name AS name, c.population AS population',
      { id: 'city:test' },
    );
    expect(rows).toEqual([{ name: 'Тест', population: 1200 }]);
  });

  it('refuses a duplicate id through the uniqueness constraint', async () => {
    await expect(db.writeTx((tx) => tx.run('CREATE (:City {id: $id})', { id: 'city:test' }))).rejects.toThrow(/already exists/);
  });

  it('rolls back a failed transaction whole', async () => {
    await expect(
      db.writeTx(async (tx) => {
        await tx.run('CREATE (:City {id: $id})', { id: 'city:rolled-back' });
        await tx.run('CREATE (:City {id: $id})', { id: 'city:test' });
      }),
    ).rejects.toThrow();
    expect(await db.readText('MATCH (c:City {id: $id}) RETURN c', { id: 'city:rolled-back' })).toEqual([]);
  });

  it('refuses a write in a read session', async () => {
    await expect(db.readText('CREATE (:City {id: "city:sneaky"})')).rejects.toBeInstanceOf(QueryRefusedError);
  });

  it('reports a ping', async () => {
    expect(await db.ping()).toMatchObject({ up: true });
  });
});
