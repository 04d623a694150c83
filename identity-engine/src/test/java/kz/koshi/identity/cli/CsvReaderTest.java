package kz.koshi.identity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsRfc4180QuotingDoubledQuotesAndLineBreaksInsideQuotes() throws IOException {
        CsvReader csv = new CsvReader(new StringReader(
                "\uFEFFa,b,c\r\n1,\"Алматы, ул. Абая\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n"));
        assertThat(csv.next()).containsExactly("a", "b", "c");
        assertThat(csv.next()).containsExactly("1", "Алматы, ул. Абая", "say \"hi\"");
        assertThat(csv.next()).containsExactly("2", "two\nlines", "");
        assertThat(csv.next()).isNull();
    }

    @Test
    void lastLineWithoutNewlineIsARow() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("a,b\n1,2"));
        csv.next();
        assertThat(csv.next()).containsExactly("1", "2");
        assertThat(csv.next()).isNull();
    }
}
