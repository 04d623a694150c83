package kz.koshi.recruitment;

/** The sample contract as uploaded: its file name and content (checked to be a PDF within the size limit). */
public record ContractFile(String name, byte[] content) {
}
