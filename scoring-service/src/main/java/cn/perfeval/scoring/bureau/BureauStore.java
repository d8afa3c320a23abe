package cn.perfeval.scoring.bureau;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bureau's list from latest_scorecard and latest_item_score: the page, the count and the distributions are
 * each one SQL statement over the matching evaluations, so no scorecard document is read or parsed.
 */
@ApplicationScoped
class BureauStore {

    private static final List<BigDecimal> BAND_EDGES = List.of(new BigDecimal("60"), new BigDecimal("70"),
            new BigDecimal("80"), new BigDecimal("90"));
    private static final BigDecimal HIGHEST = new BigDecimal("100");
    private static final TypeReference<List<BureauOverview.DimensionScore>> DIMENSIONS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    BureauStore(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    List<BureauOverview.DepartmentScore> page(BureauQuery.Checked query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filtered(query, "SELECT department_code, version, total, grade, complete, "
                + "CAST(dimensions AS text) FROM latest_scorecard l WHERE ", " ORDER BY " + query.sort().orderBy()
                + " LIMIT " + query.size() + " OFFSET " + (long) query.page() * query.size()).getResultList();
        return rows.stream().map(row -> new BureauOverview.DepartmentScore((String) row[0], ((Number) row[1]).intValue(),
                (BigDecimal) row[2], (String) row[3], (Boolean) row[4], dimensions((String) row[5]))).toList();
    }

    /** How many evaluations match, then how many of them fall in each score band, lowest band first. */
    List<Long> countAndBands(BureauQuery.Checked query) {
        StringBuilder select = new StringBuilder("SELECT count(*), count(*) FILTER (WHERE total < 60)");
        for (int i = 0; i < BAND_EDGES.size(); i++) {
            select.append(", count(*) FILTER (WHERE total >= ").append(BAND_EDGES.get(i).toPlainString())
                    .append(i + 1 < BAND_EDGES.size() ? " AND total < " + BAND_EDGES.get(i + 1).toPlainString() : "")
                    .append(')');
        }
        Object[] counts = (Object[]) filtered(query, select + " FROM latest_scorecard l WHERE ", "").getSingleResult();
        return java.util.Arrays.stream(counts).map(count -> ((Number) count).longValue()).toList();
    }

    static List<BureauOverview.ScoreBand> bands(List<Long> counts) {
        List<BureauOverview.ScoreBand> bands = new java.util.ArrayList<>();
        for (int band = 0; band <= BAND_EDGES.size(); band++) {
            bands.add(new BureauOverview.ScoreBand(band == 0 ? BigDecimal.ZERO : BAND_EDGES.get(band - 1),
                    band == BAND_EDGES.size() ? HIGHEST : BAND_EDGES.get(band), counts.get(band + 1)));
        }
        return bands;
    }

    List<ItemDistribution> items(BureauQuery.Checked query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filtered(query, """
                SELECT i.item_code, min(i.name), max(i.max), count(*), min(i.score), round(avg(i.score), 2),
                       max(i.score), count(*) FILTER (WHERE i.score = i.max)
                  FROM latest_item_score i JOIN latest_scorecard l USING (fiscal_year, department_code) WHERE """,
                " GROUP BY i.item_code ORDER BY min(i.position), i.item_code").getResultList();
        return rows.stream().map(row -> new ItemDistribution((String) row[0], (String) row[1], (BigDecimal) row[2],
                ((Number) row[3]).intValue(), (BigDecimal) row[4], (BigDecimal) row[5], (BigDecimal) row[6],
                ((Number) row[7]).intValue())).toList();
    }

    /** The statement with the query's filter between its two parts (the filter's values are parameters). */
    private Query filtered(BureauQuery.Checked query, String before, String after) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("year", query.year());
        StringBuilder where = new StringBuilder("l.fiscal_year = :year");
        if (query.grade() != null) {
            where.append(" AND l.grade = :grade");
            parameters.put("grade", query.grade().name());
        }
        if (query.minTotal() != null) {
            where.append(" AND l.total >= :minTotal");
            parameters.put("minTotal", query.minTotal());
        }
        if (query.maxTotal() != null) {
            where.append(" AND l.total <= :maxTotal");
            parameters.put("maxTotal", query.maxTotal());
        }
        Query statement = entityManager.createNativeQuery(before + " " + where + after);
        parameters.forEach(statement::setParameter);
        return statement;
    }

    private List<BureauOverview.DimensionScore> dimensions(String json) {
        try {
            return mapper.readValue(json, DIMENSIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
