package kz.koshi;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * {@code test} always; with {@code -Dkoshi.test.database=postgres} (the build's second test run, when
 * KOSHI_TEST_POSTGRES is set) also {@code pgtest}, which points the same tests at PostgreSQL.
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("koshi.test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        if (onPostgres() && (System.getenv("KOSHI_TEST_POSTGRES") == null || System.getenv("KOSHI_TEST_POSTGRES").isBlank())) {
            throw new IllegalStateException("koshi.test.database=postgres needs KOSHI_TEST_POSTGRES");
        }
        return onPostgres() ? new String[] {"test", "pgtest"} : new String[] {"test"};
    }
}
