package kz.koshi.recruitment.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A sample contract as a PDF download under a neutral name (the uploaded name is not echoed to the browser). */
final class ContractDownload {

    private ContractDownload() {
    }

    static ResponseEntity<byte[]> of(byte[] pdf, long applicationId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("contract-" + applicationId + ".pdf").build().toString())
                .body(pdf);
    }
}
