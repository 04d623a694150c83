package kz.koshi.reporting.annual;

import org.springframework.http.MediaType;

/** A generated report: its bytes, what they are and the file name it is saved under. */
record ReportDownload(byte[] bytes, MediaType mediaType, String fileName) {
}
