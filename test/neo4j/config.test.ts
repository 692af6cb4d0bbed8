import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../neo4j/config.js';

describe('config', () => {
  it('defaults to the embedded Neo4j with no variables set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({ mode: 'embedded', dataDir: './.twingraph', port: 7687, heap: '1g', database: undefined });
    expect(config.http).toEqual({ port: 3000, host: '127.0.0.1' });
    expect(config.logLevel).toBe('warn');
    expect(config.apiToken).toBeUndefined();
  });

  it.each([
    ['bolt://localhost:7687'],
    ['neo4j://cluster.example.org'],
    ['neo4j+s://abcd1234.databases.neo4j.io'],
    ['bolt+ssc://10.0.0.5:7687'],
  ])('uses an external server for NEO4J_URI=%s and never the embedded one', (uri) => {
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(config.neo4j).toEqual({ mode: 'external', uri, user: 'neo4j', password: 'pw', database: 'graph' });
  });

  it('reads ports, host and data folder', () => {
    const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', TWINGRAPH_DATA_DIR: '/srv/tg', TWINGRAPH_NEO4J_PORT: '17687' });
    expect(config.http).toEqual({ port: 8080, host: '0.0.0.0' });
    expect(config.neo4j).toMatchObject({ mode: 'embedded', dataDir: '/srv/tg', port: 17687 });
  });

  it('gives the embedded settings to the db:* commands even when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://db:7687', TWINGRAPH_DATA_DIR: '/srv/tg', TWINGRAPH_NEO4J_HEAP: '2g' });
    expect(config.embedded).toEqual({ dataDir: '/srv/tg', port: 7687, heap: '2g' });
  });

  it('takes the JDK for the embedded Neo4j from JAVA_HOME, else leaves it to the java on PATH', () => {
    expect(loadConfig({ JAVA_HOME: '/opt/jdk-17' }).embedded.javaHome).toBe('/opt/jdk-17');
    expect(loadConfig({ JAVA_HOME: '/opt/jdk-17' }).neo4j).toMatchObject({ mode: 'embedded', javaHome: '/opt/jdk-17' });
    expect(loadConfig({}).embedded.javaHome).toBeUndefined();
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: '  ', PORT: '' }).neo4j.mode).toBe('embedded');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '3.5' }, 'PORT'],
    [{ TWINGRAPH_NEO4J_PORT: '0' }, 'TWINGRAPH_NEO4J_PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'bolt://localhost', NEO4J_USER: 'neo4j' }, 'NEO4J_PASSWORD'],
    [{ NEO4J_DATABASE: 'no spaces allowed' }, 'NEO4J_DATABASE'],
    [{ TWINGRAPH_NEO4J_HEAP: 'lots' }, 'TWINGRAPH_NEO4J_HEAP'],
    [{ TWINGRAPH_API_TOKEN: 'short' }, 'TWINGRAPH_API_TOKEN'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('rejects %o with a message naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(variable);
    expect((error as ConfigError).problems.some((p) => p.startsWith(`${variable}:`))).toBe(true);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', TWINGRAPH_NEO4J_PORT: 'y' })).toThrow(/PORT[\s\S]*TWINGRAPH_NEO4J_PORT/);
  });
});
