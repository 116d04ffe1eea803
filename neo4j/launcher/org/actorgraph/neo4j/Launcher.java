package org.actorgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Neo4j Community in this JVM, with Bolt on 127.0.0.1 and authentication on.
 *
 * <p>Options (each also read from the environment variable in brackets):
 * <ul>
 *   <li>{@code --port N} [NEO4J_PORT]: Bolt port, 0 picks a free one (default 7687)</li>
 *   <li>{@code --password P} [NEO4J_PASSWORD]: the neo4j user's password, 8+ characters</li>
 *   <li>{@code --data DIR} [NEO4J_DATA]: keep the database there across starts; without it a
 *       temporary folder is used and deleted on exit</li>
 *   <li>{@code --read-only}: the neo4j database refuses writes (start it once without this flag
 *       on the same {@code --data} folder first: a read-only database cannot be created)</li>
 *   <li>{@code --exit-with-stdin}: stop when standard input closes, i.e. when the parent dies</li>
 * </ul>
 * Prints {@code NEO4J_URI=bolt://127.0.0.1:N} once Bolt answers, then {@code READY}.
 * SIGTERM and SIGINT shut the database down cleanly.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable error) {
      // Neo4j's own threads would keep the JVM alive after a failure in main.
      System.err.println("neo4j launcher: " + error);
      error.printStackTrace(System.err);
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    int port = Integer.parseInt(option(args, "--port", "NEO4J_PORT", "7687"));
    String password = option(args, "--password", "NEO4J_PASSWORD", null);
    String data = option(args, "--data", "NEO4J_DATA", null);
    boolean readOnly = flag(args, "--read-only");
    if (password == null || password.length() < 8) {
      throw new IllegalArgumentException("a password of 8 or more characters is required (--password or NEO4J_PASSWORD)");
    }
    if (port == 0) port = freePort();

    boolean temporary = data == null;
    Path home = temporary ? Files.createTempDirectory("actor-graph-neo4j-") : Path.of(data).toAbsolutePath();
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.read_only_databases, readOnly ? java.util.Set.of(GraphDatabaseSettings.DEFAULT_DATABASE_NAME) : java.util.Set.of())
        .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      if (temporary) deleteTree(home);
    }, "neo4j-shutdown"));

    setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(60_000)) throw new IllegalStateException("database neo4j did not come online within 60 s");

    System.out.println("NEO4J_URI=bolt://127.0.0.1:" + port);
    System.out.println("NEO4J_DATA=" + home + (temporary ? " (deleted on exit)" : ""));
    System.out.println("READY");
    System.out.flush();
    if (flag(args, "--exit-with-stdin")) exitWhenClosed(System.in);
  }

  /** The initial password must change before Bolt accepts it; on a kept folder it is already set. */
  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          java.util.Map.of("password", password));
    } catch (RuntimeException error) {
      // "Old password and new password cannot be the same" on a folder started before.
      if (!String.valueOf(error.getMessage()).contains("cannot be the same")) throw error;
    }
  }

  private static void exitWhenClosed(InputStream in) {
    Thread watcher = new Thread(() -> {
      try {
        while (in.read() >= 0) { /* discard */ }
      } catch (IOException ignored) {
        // closed
      }
      System.exit(0);
    }, "parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String option(String[] args, String name, String env, String fallback) {
    for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
    String value = System.getenv(env);
    return value != null && !value.isEmpty() ? value : fallback;
  }

  private static boolean flag(String[] args, String name) {
    for (String arg : args) if (arg.equals(name)) return true;
    return false;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // best effort: it is a temporary folder
    }
  }
}
