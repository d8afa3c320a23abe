package cn.perfeval.indicator.department;

import java.time.OffsetDateTime;

public record DepartmentView(String code, String name, String functions, long version, OffsetDateTime updatedAt) {

    public static DepartmentView of(Department d) {
        return new DepartmentView(d.code, d.name, d.functions, d.version, d.updatedAt);
    }
}
