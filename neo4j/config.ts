// The one place that reads process.env: parses it with zod once and fails fast with the variable's name.
import { z } from 'zod';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(fallback);

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const EnvSchema = z
  .object({
    NEO4J_URI: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(
          /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/,
          'must be a Bolt URI such as bolt://localhost:7687, neo4j://host or neo4j+s://xxx.databases.neo4j.io',
        )
        .optional(),
    ),
    NEO4J_USER: z.preprocess(blankToUndefined, z.string().optional()),
    NEO4J_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()),
    NEO4J_DATABASE: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[A-Za-z][A-Za-z0-9.\-]{2,62}$/, 'must be a Neo4j database name (letters, digits, dots, dashes)')
        .optional(),
    ),
    PORT: z.preprocess(blankToUndefined, port(3000)),
    HOST: z.preprocess(blankToUndefined, z.string().min(1).default('127.0.0.1')),
    TWINGRAPH_DATA_DIR: z.preprocess(blankToUndefined, z.string().min(1).default('./.twingraph')),
    TWINGRAPH_NEO4J_PORT: z.preprocess(blankToUndefined, port(7687)),
    TWINGRAPH_NEO4J_HEAP: z.preprocess(
      blankToUndefined,
      z.string().regex(/^\d+[kmg]$/i, 'must be a JVM size such as 512m or 2g').default('1g'),
    ),
    // The JDK that runs the embedded Neo4j; unset, the `java` on PATH.
    JAVA_HOME: z.preprocess(blankToUndefined, z.string().optional()),
    TWINGRAPH_API_TOKEN: z.preprocess(blankToUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
    LOG_LEVEL: z.preprocess(
      blankToUndefined,
      // `warn`: a start and a page load stay quiet (Fastify logs every request at `info`).
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
    ),
  })
  .superRefine((env, ctx) => {
    // A password without a user (or the reverse) is almost always a copy-paste slip.
    if (env.NEO4J_URI && (env.NEO4J_USER === undefined) !== (env.NEO4J_PASSWORD === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.NEO4J_USER === undefined ? 'NEO4J_USER' : 'NEO4J_PASSWORD'],
        message: 'NEO4J_USER and NEO4J_PASSWORD must be set together',
      });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  /** Where the graph lives; `embedded` means the project starts its own Neo4j. */
  neo4j:
    | { mode: 'external'; uri: string; user?: string; password?: string; database?: string }
    | { mode: 'embedded'; dataDir: string; port: number; heap: string; javaHome?: string; database?: string };
  /** Where the embedded Neo4j keeps its data and listens (used by `npm run db:*` even when NEO4J_URI is set). */
  embedded: { dataDir: string; port: number; heap: string; javaHome?: string };
  http: { port: number; host: string };
  apiToken?: string;
  logLevel: Env['LOG_LEVEL'];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default); throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    neo4j: e.NEO4J_URI
      ? {
          mode: 'external',
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER,
          password: e.NEO4J_PASSWORD,
          database: e.NEO4J_DATABASE,
        }
      : {
          mode: 'embedded',
          dataDir: e.TWINGRAPH_DATA_DIR,
          port: e.TWINGRAPH_NEO4J_PORT,
          heap: e.TWINGRAPH_NEO4J_HEAP,
          javaHome: e.JAVA_HOME,
          database: e.NEO4J_DATABASE,
        },
    embedded: { dataDir: e.TWINGRAPH_DATA_DIR, port: e.TWINGRAPH_NEO4J_PORT, heap: e.TWINGRAPH_NEO4J_HEAP, javaHome: e.JAVA_HOME },
    http: { port: e.PORT, host: e.HOST },
    apiToken: e.TWINGRAPH_API_TOKEN,
    logLevel: e.LOG_LEVEL,
  };
}
