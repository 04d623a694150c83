package kz.koshi.stay.violations;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The queue as an Excel workbook, streamed (Apache POI SXSSF): only the last {@value #WINDOW} rows are in memory,
 * the rest are flushed to a temporary file that is deleted once the workbook is written. All cells are text, as
 * the page shows them, except the days and the fine, which are numbers.
 */
final class XlsxExport implements AutoCloseable {

    private static final int WINDOW = 200;
    private static final java.util.Set<Integer> NUMBERS = java.util.Set.of(6, 12);

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final OutputStream out;
    private int next;

    XlsxExport(OutputStream out, String title, List<String> headers) {
        this.out = out;
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
        line(headers);
    }

    void line(List<String> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (next > 1 && NUMBERS.contains(i) && !value.isEmpty()) {
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
