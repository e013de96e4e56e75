import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;

/**
 * How long a change written to the database takes to show on running public-site instances: changes a treatment's
 * summary with plain SQL (as another app or instance would), polls each instance's page until it shows the new text,
 * prints the time for each, and puts the old summary back. Run through bench/content-change.
 */
public class ContentChange {

    public static void main(String[] args) throws Exception {
        String database = args[0];
        String path = args[1];
        var http = HttpClient.newHttpClient();
        String marker = "Changed for a measurement at " + System.currentTimeMillis();
        try (var connection = DriverManager.getConnection(database, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) {
            var read = connection.prepareStatement("select summary from treatment where slug = ?");
            String slug = path.substring(path.lastIndexOf('/') + 1);
            read.setString(1, slug);
            var row = read.executeQuery();
            if (!row.next()) {
                throw new IllegalArgumentException("No treatment " + slug);
            }
            String summary = row.getString(1);
            var write = connection.prepareStatement("update treatment set summary = ? where slug = ?");
            write.setString(2, slug);
            for (int i = 2; i < args.length; i++) {
                send(http, args[i] + path);  // the page is in each instance's cache before the change
            }
            write.setString(1, marker);
            write.executeUpdate();
            long changed = System.nanoTime();
            try {
                for (int i = 2; i < args.length; i++) {
                    while (!send(http, args[i] + path).contains(marker)) {
                        if (System.nanoTime() - changed > 30_000_000_000L) {
                            throw new IllegalStateException(args[i] + " did not show the change within 30 s");
                        }
                    }
                    System.out.printf("%s shows the change %.0f ms after it was committed%n", args[i],
                            (System.nanoTime() - changed) / 1e6);
                }
            } finally {
                write.setString(1, summary);
                write.executeUpdate();
            }
        }
    }

    private static String send(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
