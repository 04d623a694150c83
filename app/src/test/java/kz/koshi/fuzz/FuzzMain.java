package kz.koshi.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The long fuzz and authorisation run against a running platform (bench/fuzz.sh):
 * {@code FuzzMain BASE CASES_PER_OPERATION ROUNDS [MATRIX_CSV]}. Prints requests tried, 5xx, refusals by status,
 * the faults found and the authorisation matrix's mismatches; exits 1 when there is any.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int perOperation = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        FuzzTally tally = new FuzzTally();
        FuzzClient client = new FuzzClient(base, tally);
        ApiCatalogue api = ApiCatalogue.of(get(base + "/v3/api-docs"));
        ApiFuzz fuzz = new ApiFuzz(client, api, Map.of(), DemoIdentities.TOKENS);
        // The matrix first: the form fuzz acts as the administrator too, and its revocations (a legitimate act, with
        // a fuzzed reason) would otherwise leave demo tokens revoked before the matrix asks with them.
        FuzzTally matrixTally = new FuzzTally();
        AuthorisationMatrix matrix = new AuthorisationMatrix(new ApiFuzz(new FuzzClient(base, matrixTally), api, Map.of(),
                DemoIdentities.TOKENS));
        Map<String, Map<String, Integer>> statuses = matrix.run(DemoIdentities.matrixIdentities());
        for (int round = 0; round < rounds; round++) {
            fuzz.run(perOperation, round);
        }
        new FormFuzz(client, base, 60).run(DemoIdentities.ACCOUNTS, DemoIdentities.PASSWORD, perOperation);
        List<String> mismatches = args.length > 3
                ? AuthorisationMatrix.mismatches(statuses, AuthorisationMatrix.table(Files.readAllLines(Path.of(args[3]))))
                : new ArrayList<>();
        System.out.println("operations in the API document: " + api.operations().size());
        System.out.println("fuzz: " + tally.summary());
        tally.faults().forEach(f -> System.out.println("  fault: " + f));
        System.out.println("authorisation matrix (" + statuses.size() + " operations x " + DemoIdentities.matrixIdentities().size()
                + " identities): " + matrixTally.summary());
        matrixTally.faults().forEach(f -> System.out.println("  fault: " + f));
        mismatches.forEach(m -> System.out.println("  mismatch: " + m));
        System.out.printf("seconds: %.1f%n", (System.nanoTime() - started) / 1e9);
        System.exit(tally.faults().isEmpty() && matrixTally.faults().isEmpty() && mismatches.isEmpty() ? 0 : 1);
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
