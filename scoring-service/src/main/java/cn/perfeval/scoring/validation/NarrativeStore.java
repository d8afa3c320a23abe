package cn.perfeval.scoring.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The narrative's sections per evaluation, as report-service's newest narrative.changed event lists them. */
@ApplicationScoped
public class NarrativeStore {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public NarrativeStore(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /**
     * Keeps the sections unless a revision at least as new is already kept (a redelivered or late event).
     *
     * @return true when they were kept
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(String dept, int year, long revision, List<NarrativeSection> sections) {
        return entityManager.createNativeQuery("""
                INSERT INTO narrative_sections (department_code, fiscal_year, revision, sections)
                VALUES (:dept, :year, :revision, CAST(:sections AS jsonb))
                ON CONFLICT (department_code, fiscal_year) DO UPDATE
                   SET revision = EXCLUDED.revision, sections = EXCLUDED.sections
                 WHERE narrative_sections.revision < EXCLUDED.revision
                """).setParameter("dept", dept).setParameter("year", year).setParameter("revision", revision)
                .setParameter("sections", toJson(sections)).executeUpdate() > 0;
    }

    Optional<List<NarrativeSection>> sections(String dept, int year) {
        @SuppressWarnings("unchecked")
        List<String> rows = entityManager.createNativeQuery("""
                SELECT CAST(sections AS text) FROM narrative_sections WHERE department_code = :dept AND fiscal_year = :year
                """).setParameter("dept", dept).setParameter("year", year).getResultList();
        return rows.stream().findFirst().map(this::fromJson);
    }

    private String toJson(List<NarrativeSection> sections) {
        try {
            return mapper.writeValueAsString(sections);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<NarrativeSection> fromJson(String json) {
        try {
            return mapper.readValue(json, new TypeReference<List<NarrativeSection>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt narrative sections", e);
        }
    }
}
