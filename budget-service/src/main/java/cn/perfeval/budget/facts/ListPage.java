package cn.perfeval.budget.facts;

import java.util.List;

/** One page of a list, in the list's order, and how long the whole list is (indicator-service's IndicatorPage shape). */
public record ListPage<T>(List<T> items, int page, int size, long total) {
}
