package kz.koshi.kandas.engine;

import java.util.Objects;

/** A region's code, as an explanation's argument: the host shows it as the region's name in the reader's language. */
public record RegionCode(String code) {

    public RegionCode {
        Objects.requireNonNull(code, "code");
    }
}
