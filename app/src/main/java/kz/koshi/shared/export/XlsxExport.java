package kz.koshi.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table as an Excel workbook, streamed (Apache POI SXSSF): only the last {@value #WINDOW} rows are in memory,
 * the rest are flushed to a temporary file that is deleted once the workbook is written. Cells are text, as the
 * page shows them, except the columns a row names as numbers.
 */
public final class XlsxExport implements AutoCloseable {

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final OutputStream out;
    private int next;

    public XlsxExport(OutputStream out, String title) {
        this.out = out;
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
    }

    /** A row of text cells (headers, notes). */
    public void line(List<String> cells) {
        line(cells, Set.of());
    }

    /** A row whose {@code numbers} columns hold whole numbers (written as numbers where not empty). */
    public void line(List<String> cells, Set<Integer> numbers) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (numbers.contains(i) && value.matches("-?\\d{1,18}")) {
                row.createCell(i).setCellValue(Long.parseLong(value));
            } else {
                row.createCell(i).setCellValue(value);
            }
        }
    }

    @Override
    public void close() {
        try (workbook) {
            workbook.write(out);
            out.flush();
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        } finally {
            workbook.dispose();
        }
    }
}
