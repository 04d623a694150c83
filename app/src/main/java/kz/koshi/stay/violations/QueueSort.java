package kz.koshi.stay.violations;

/**
 * What the queue is sorted by: the day the violation was found, the violator's name, the violation type or the
 * region. Ties go by the violation's id in the same direction, so pages never overlap or skip a row; a violator
 * whose name or region is not known yet comes last either way.
 */
public enum QueueSort {
    DATE("v.detected_at"), NAME("p.surname", "p.given_name"), TYPE("v.kind"), REGION("p.region_code");

    private final String[] columns;

    QueueSort(String... columns) {
        this.columns = columns;
    }

    String orderBy(SortDirection direction) {
        StringBuilder sql = new StringBuilder(" order by ");
        for (String column : columns) {
            sql.append(column).append(' ').append(direction.name()).append(" nulls last, ");
        }
        return sql.append("v.id ").append(direction.name()).toString();
    }

    /** Newest first for the day found, A to Z for the rest. */
    SortDirection usual() {
        return this == DATE ? SortDirection.DESC : SortDirection.ASC;
    }
}
