package kz.koshi.relink;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A registry database the job reaches over JDBC: the URL, and the user and password as connection properties
 * (from {@code KOSHI_REGISTRY_USER} and {@code KOSHI_REGISTRY_PASSWORD}, so they need not stand on the command
 * line; parameters in the URL win). Never printed: the URL may carry a password.
 */
record Registry(String url, Properties properties) implements Serializable {

    static Registry of(String url) {
        Properties properties = new Properties();
        put(properties, "user", System.getenv("KOSHI_REGISTRY_USER"));
        put(properties, "password", System.getenv("KOSHI_REGISTRY_PASSWORD"));
        return new Registry(url, properties);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    /** The options Spark's JDBC source and writer take (the writer's batches go as multi-row inserts). */
    Map<String, String> sparkOptions() {
        Map<String, String> options = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> options.put(name, properties.getProperty(name)));
        options.put("url", url);
        options.put("driver", "org.postgresql.Driver");
        options.putIfAbsent("reWriteBatchedInserts", "true");
        return options;
    }

    private static void put(Properties properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.setProperty(name, value);
        }
    }
}
