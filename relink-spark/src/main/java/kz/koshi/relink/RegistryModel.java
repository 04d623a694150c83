package kz.koshi.relink;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import kz.koshi.identity.engine.MatchModel;
import kz.koshi.identity.engine.MatchModelFile;

/**
 * The model the registry resolves with now: the newest row of {@code identity_match_model} (Flyway V21, trained by
 * EM on the registry's records and refined by reviewers' decisions), so the night's re-link scores as the day's
 * online resolution does; the engine's shipped model while the registry has trained none.
 */
final class RegistryModel {

    private RegistryModel() {
    }

    static MatchModel current(Registry registry) throws SQLException, IOException {
        try (Connection c = registry.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select model from identity_match_model order by id desc limit 1")) {
            if (!r.next()) {
                System.err.println("relink: the registry has no trained model yet: the shipped model scores");
                return MatchModel.defaults();
            }
            return MatchModelFile.read(new StringReader(r.getString(1)));
        }
    }
}
