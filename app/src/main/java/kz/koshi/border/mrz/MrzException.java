package kz.koshi.border.mrz;

/** The text is not a machine-readable zone of any ICAO 9303 layout (wrong length, characters or dates). */
public class MrzException extends RuntimeException {

    public MrzException(String message) {
        super(message);
    }
}
