// Starts an embedded Neo4j Community DBMS, locked down (auth on, Bolt on 127.0.0.1 only, no HTTP, no LOAD CSV
// from files or URLs), and reports READY/FAILED on stdout.
package twingraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import inet.ipaddr.IPAddressString;

public final class Launcher {
  private static final String HOST = "127.0.0.1";
  /** The generated password of the `neo4j` user, in the data folder, readable by its owner only. */
  static final String PASSWORD_FILE = "neo4j-password";
  private static final String USER = "neo4j";

  /** Usage: Launcher <dataDir> <port> <pageCache e.g. 256m> [txTimeoutSeconds=60] [--watch-stdin] */
  public static void main(String[] args) {
    // Keep stdout for the protocol line only; anything else a library prints goes to stderr.
    PrintStream protocol = System.out;
    System.setOut(System.err);
    try {
      if (args.length < 3) throw new IllegalArgumentException("usage: Launcher <dataDir> <port> <pageCache> [txTimeoutSeconds] [--watch-stdin]");
      Path home = Path.of(args[0]).toAbsolutePath().normalize();
      int port = Integer.parseInt(args[1]);
      long pageCache = ByteUnit.parse(args[2]);
      long txTimeout = args.length > 3 && !args[3].startsWith("--") ? Long.parseLong(args[3]) : 60;
      boolean watchStdin = java.util.Arrays.asList(args).contains("--watch-stdin");

      ensurePortFree(port);
      Files.createDirectories(home);
      ensureNotLocked(home);

      ensurePassword(home, pageCache);
      DatabaseManagementService dbms = lockedDown(home, pageCache)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
          .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout))
          // Defaults of 5 s each make every clean shutdown idle ~10 s in Bolt.
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
          .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
          .build();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        dbms.shutdown();
        stopped.countDown();
      }, "twingraph-shutdown"));

      if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(TimeUnit.MINUTES.toMillis(2))) {
        throw new IllegalStateException("database 'neo4j' did not become available, see " + home.resolve("logs/debug.log"));
      }
      waitForBolt(port);
      protocol.println("READY bolt://" + HOST + ":" + port);
      protocol.flush();

      if (watchStdin) exitOnStdinEof();
      stopped.await();
    } catch (Throwable t) {
      protocol.println("FAILED " + reason(t, args));
      protocol.flush();
      // halt: a half-started DBMS may hold non-daemon threads and a shutdown hook.
      Runtime.getRuntime().halt(1);
    }
  }

  /** Settings every start shares: authentication on, no HTTP(S) connector, LOAD CSV reaches neither files nor URLs. */
  private static DatabaseManagementServiceBuilder lockedDown(Path home, long pageCache) {
    return new DatabaseManagementServiceBuilder(home)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        // Community has no switch for URLs in LOAD CSV; blocking every address refuses all of them.
        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache);
  }

  /**
   * Gives the `neo4j` user the password in <home>/neo4j-password, generating it on first start. Runs with Bolt off,
   * so nobody can log in with the default password meanwhile. Needed when the file is missing (a new folder, or one
   * from before authentication) or the system database is (a folder whose data was deleted).
   */
  private static void ensurePassword(Path home, long pageCache) throws IOException {
    Path file = home.resolve(PASSWORD_FILE);
    boolean haveFile = Files.exists(file);
    if (haveFile && Files.exists(home.resolve("data/databases/system"))) return;
    String password = haveFile ? Files.readString(file).trim() : generatePassword();
    DatabaseManagementService bootstrap = lockedDown(home, pageCache).setConfig(BoltConnector.enabled, false).build();
    try {
      bootstrap.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } finally {
      bootstrap.shutdown();
    }
    if (!haveFile) writeOwnerOnly(file, password);
  }

  private static String generatePassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Created 0600 before the password is written, then moved into place, so no reader ever sees it half-written. */
  private static void writeOwnerOnly(Path file, String content) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(tmp, content + "\n");
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void ensurePortFree(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(HOST, port));
    } catch (IOException e) {
      throw new IllegalStateException("port " + port + " is already in use");
    }
  }

  /** Neo4j would find the lock too, but only after ~15 s of startup; this answers at once. */
  private static void ensureNotLocked(Path home) throws IOException {
    Path lockFile = home.resolve("data/databases/store_lock");
    if (!Files.exists(lockFile)) return;
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = ch.tryLock();
      if (lock == null) throw new IllegalStateException("data folder " + home + " is locked by another Neo4j process");
      lock.release();
    }
  }

  private static void waitForBolt(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(HOST, port), 1000);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) throw new IllegalStateException("bolt did not accept connections on port " + port);
        Thread.sleep(100);
      }
    }
  }

  /** Tied mode: the parent holds our stdin; when it dies the pipe closes and we shut down cleanly. */
  private static void exitOnStdinEof() {
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() >= 0) { /* ignore input */ }
      } catch (IOException ignored) {
        // treat a broken pipe like EOF
      }
      System.exit(0);
    }, "twingraph-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static String reason(Throwable t, String[] args) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c.getClass().getSimpleName().equals("FileLockException")) {
        return "data folder " + (args.length > 0 ? args[0] : "") + " is locked by another Neo4j process";
      }
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String msg = t == root ? String.valueOf(t.getMessage()) : t.getMessage() + ": " + root.getMessage();
    return msg.replaceAll("\\s+", " ").trim();
  }
}
