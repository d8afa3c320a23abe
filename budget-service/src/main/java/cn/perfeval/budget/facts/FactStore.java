package cn.perfeval.budget.facts;

import cn.perfeval.platform.concurrency.IfMatch;
import cn.perfeval.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Stores an evaluation's input records as JSON rows, keeping a version per record (bumped only when its content
 * changes) and per kind (bumped when anything of the kind changes). Lists are replaced as a whole, as an ERP
 * synchronises them; records are read back with the same types they were written with. Every change of a kind
 * is recorded in the audit trail ({@link SectionAudit}) here, where all the writes of the inputs meet.
 */
@ApplicationScoped
public class FactStore {

    /** {@link #contents}: every record of the kind, not one. */
    private static final String ANY_RECORD = "";

    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final SectionAudit audit;

    public FactStore(ObjectMapper mapper, EntityManager entityManager, SectionAudit audit) {
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    public <T> List<T> list(String dept, int year, FactKind kind, Class<T> type) {
        return contents(dept, year, kind, ANY_RECORD).stream().map(content -> read(content, type)).toList();
    }

    public <T> Optional<T> document(String dept, int year, FactKind kind, Class<T> type) {
        return contents(dept, year, kind, FactKind.SINGLETON_ID).stream().findFirst()
                .map(content -> read(content, type));
    }

    /**
     * The stored JSON of a kind's records in list order, read as text rather than as managed entities: every write
     * rebuilds the evaluation's snapshots, which read every kind (profiled under a province load, BENCHMARKS.md "Scale
     * (issue 18)": as entities these reads were a quarter of budget-service's CPU, most of it Hibernate loading,
     * tracking and dirty-checking rows that are only read).
     */
    @SuppressWarnings("unchecked")
    private List<String> contents(String dept, int year, FactKind kind, String recordId) {
        return entityManager.createNativeQuery("""
                SELECT content FROM fact_record
                 WHERE department_code = :dept AND fiscal_year = :year AND kind = :kind
                   AND (:record = '' OR record_id = :record)
                 ORDER BY ordinal
                """).setParameter("dept", dept).setParameter("year", year).setParameter("kind", kind.name())
                .setParameter("record", recordId).getResultList();
    }

    /** The records of a list kind with the kind's version (0: never reported), read in one statement. */
    public <T> Versioned<List<T>> versionedList(String dept, int year, FactKind kind, Class<T> type) {
        List<Object[]> rows = sectionWithRecords(dept, year, kind);
        long version = rows.isEmpty() ? 0 : ((Number) rows.get(0)[0]).longValue();
        return new Versioned<>(rows.stream().filter(row -> row[1] != null).map(row -> read((String) row[1], type)).toList(),
                version);
    }

    /**
     * One page of the records of a list kind, the length of the whole list and the kind's version (0: never
     * reported), read in one statement so that the three agree.
     */
    public <T> Versioned<ListPage<T>> versionedPage(String dept, int year, FactKind kind, Class<T> type, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT s.version,
                       (SELECT count(*) FROM fact_record c WHERE c.department_code = s.department_code
                           AND c.fiscal_year = s.fiscal_year AND c.kind = s.kind),
                       p.content
                  FROM fact_section s
                  LEFT JOIN LATERAL (
                       SELECT r.content, r.ordinal FROM fact_record r
                        WHERE r.department_code = s.department_code AND r.fiscal_year = s.fiscal_year AND r.kind = s.kind
                        ORDER BY r.ordinal LIMIT :size OFFSET :offset) p ON true
                 WHERE s.department_code = :dept AND s.fiscal_year = :year AND s.kind = :kind
                 ORDER BY p.ordinal
                """).setParameter("dept", dept).setParameter("year", year).setParameter("kind", kind.name())
                .setParameter("size", size).setParameter("offset", (long) page * size).getResultList();
        if (rows.isEmpty()) {
            return new Versioned<>(new ListPage<>(List.of(), page, size, 0), 0);
        }
        List<T> items = rows.stream().filter(row -> row[2] != null).map(row -> read((String) row[2], type)).toList();
        return new Versioned<>(new ListPage<>(items, page, size, ((Number) rows.get(0)[1]).longValue()),
                ((Number) rows.get(0)[0]).longValue());
    }

    /** The document of a singleton kind with the kind's version; empty when never reported. */
    public <T> Optional<Versioned<T>> versionedDocument(String dept, int year, FactKind kind, Class<T> type) {
        // A singleton kind's only record is its document.
        return sectionWithRecords(dept, year, kind).stream()
                .filter(row -> row[1] != null).findFirst()
                .map(row -> new Versioned<>(read((String) row[1], type), ((Number) row[0]).longValue()));
    }

    /**
     * For writes, under the evaluation's lock (see Evaluations).
     *
     * @throws ProblemException 412 when the caller read another version of the kind than the current one
     */
    public void requireSectionVersion(String dept, int year, FactKind kind, Long expected) {
        IfMatch.require(expected, sectionVersion(dept, year, kind).orElse(0L), kind.entityType() + " of " + dept + " " + year);
    }

    /** Versions of the records of a kind, by record id. */
    public Map<String, Long> recordVersions(String dept, int year, FactKind kind) {
        Map<String, Long> versions = new HashMap<>();
        FactRecord.<FactRecord>list("departmentCode = ?1 and fiscalYear = ?2 and kind = ?3", dept, year, kind)
                .forEach(row -> versions.put(row.recordId, row.version));
        return versions;
    }

    /** The kind's change count; empty when it was never reported (missing, which is not "none"). */
    public Optional<Long> sectionVersion(String dept, int year, FactKind kind) {
        return FactSection.<FactSection>find("departmentCode = ?1 and fiscalYear = ?2 and kind = ?3", dept, year, kind)
                .firstResultOptional().map(section -> section.version);
    }

    /**
     * Replaces the whole list of a kind. Records whose content is unchanged keep their version.
     *
     * @return whether anything changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> boolean replaceAll(String dept, int year, FactKind kind, List<T> lines, Function<T, String> id,
                                  String actor) {
        JsonNode before = audit.state(dept, year, kind);
        Map<String, T> byId = new LinkedHashMap<>();
        for (T line : lines) {
            if (byId.put(id.apply(line), line) != null) {
                throw ProblemException.validation(kind.entityType() + "[" + id.apply(line) + "]", "given twice");
            }
        }
        Map<String, FactRecord> existing = new HashMap<>();
        FactRecord.<FactRecord>list("departmentCode = ?1 and fiscalYear = ?2 and kind = ?3", dept, year, kind)
                .forEach(row -> existing.put(row.recordId, row));
        boolean changed = false;
        int ordinal = 0;
        Set<String> kept = new HashSet<>();
        for (Map.Entry<String, T> entry : byId.entrySet()) {
            changed |= store(dept, year, kind, entry.getKey(), ordinal++, entry.getValue(), existing.get(entry.getKey()), actor);
            kept.add(entry.getKey());
        }
        for (FactRecord row : existing.values()) {
            if (!kept.contains(row.recordId)) {
                row.delete();
                changed = true;
            }
        }
        return audited(dept, year, kind, before, bumpSection(dept, year, kind, changed));
    }

    /** Adds or replaces the given records of a kind and leaves the others alone (imports). */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> boolean upsert(String dept, int year, FactKind kind, List<T> lines, Function<T, String> id, String actor) {
        JsonNode before = audit.state(dept, year, kind);
        Map<String, FactRecord> existing = new HashMap<>();
        FactRecord.<FactRecord>list("departmentCode = ?1 and fiscalYear = ?2 and kind = ?3", dept, year, kind)
                .forEach(row -> existing.put(row.recordId, row));
        boolean changed = false;
        int ordinal = existing.size();
        for (T line : lines) {
            FactRecord current = existing.get(id.apply(line));
            changed |= store(dept, year, kind, id.apply(line), current == null ? ordinal++ : current.ordinal, line,
                    current, actor);
        }
        return audited(dept, year, kind, before, bumpSection(dept, year, kind, changed));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean putDocument(String dept, int year, FactKind kind, Object document, String actor) {
        JsonNode before = audit.state(dept, year, kind);
        FactRecord current = FactRecord.findById(key(dept, year, kind, FactKind.SINGLETON_ID));
        boolean changed = store(dept, year, kind, FactKind.SINGLETON_ID, 0, document, current, actor);
        return audited(dept, year, kind, before, bumpSection(dept, year, kind, changed));
    }

    /** Removes the document of a singleton kind: the kind is then reported as "none" (e.g. no bureau rate). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean removeDocument(String dept, int year, FactKind kind) {
        JsonNode before = audit.state(dept, year, kind);
        FactRecord current = FactRecord.findById(key(dept, year, kind, FactKind.SINGLETON_ID));
        if (current != null) {
            current.delete();
        }
        return audited(dept, year, kind, before, bumpSection(dept, year, kind, current != null));
    }

    /** Every accepted write is recorded, also one that changed nothing (the caller did send it). */
    private boolean audited(String dept, int year, FactKind kind, JsonNode before, boolean changed) {
        audit.record(dept, year, kind, before);
        return changed;
    }

    /** Records that a kind kept outside {@code fact_record} (the expenditure ledger) changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void touch(String dept, int year, FactKind kind) {
        bumpSection(dept, year, kind, true);
    }

    private boolean store(String dept, int year, FactKind kind, String recordId, int ordinal, Object value,
                          FactRecord current, String actor) {
        String content = write(value);
        if (current != null && current.content.equals(content)) {
            current.ordinal = ordinal;
            return false;
        }
        FactRecord row = current == null ? new FactRecord() : current;
        row.departmentCode = dept;
        row.fiscalYear = year;
        row.kind = kind;
        row.recordId = recordId;
        row.ordinal = ordinal;
        row.content = content;
        row.version = current == null ? 1 : current.version + 1;
        row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.updatedBy = actor;
        if (current == null) {
            row.persist();
        }
        return true;
    }

    /** A first report of a kind counts as a change even when the list is empty: "none" is now known. */
    private boolean bumpSection(String dept, int year, FactKind kind, boolean changed) {
        FactSection section = FactSection.findById(sectionKey(dept, year, kind));
        if (section == null) {
            section = new FactSection();
            section.departmentCode = dept;
            section.fiscalYear = year;
            section.kind = kind;
            section.version = 1;
            section.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            section.persist();
            return true;
        }
        if (changed) {
            section.version++;
            section.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        return changed;
    }

    private List<Object[]> sectionWithRecords(String dept, int year, FactKind kind) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT s.version, r.content FROM fact_section s
                  LEFT JOIN fact_record r ON r.department_code = s.department_code AND r.fiscal_year = s.fiscal_year
                        AND r.kind = s.kind
                 WHERE s.department_code = :dept AND s.fiscal_year = :year AND s.kind = :kind
                 ORDER BY r.ordinal
                """)
                .setParameter("dept", dept).setParameter("year", year).setParameter("kind", kind.name()).getResultList();
        return rows;
    }

    private static FactRecord.Key key(String dept, int year, FactKind kind, String recordId) {
        FactRecord.Key key = new FactRecord.Key();
        key.departmentCode = dept;
        key.fiscalYear = year;
        key.kind = kind;
        key.recordId = recordId;
        return key;
    }

    private static FactSection.Key sectionKey(String dept, int year, FactKind kind) {
        FactSection.Key key = new FactSection.Key();
        key.departmentCode = dept;
        key.fiscalYear = year;
        key.kind = kind;
        return key;
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an accepted record always serialises", e);
        }
    }

    private <T> T read(String content, Class<T> type) {
        try {
            return mapper.readValue(content, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record no longer reads as " + type.getSimpleName(), e);
        }
    }
}
