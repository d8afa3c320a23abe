package cn.perfeval.indicator.department;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A budget department (部门), e.g. GZHPF, with its statutory functions (部门职能) as the report quotes them. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    public String functions;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
